import { describe, expect, it } from "vitest";
import { transition, type SubmissionStatusCode, type WorkflowEvent } from "@/lib/workflow";

const READY_INPUTS = { missing: [], hard: [], unexplained: [] };

/** One valid instance of each event. */
const EVENTS: Record<WorkflowEvent["type"], WorkflowEvent> = {
  edit: { type: "edit" },
  "mark-ready": { type: "mark-ready", readiness: READY_INPUTS },
  "sign-off": { type: "sign-off", signerName: "张三" },
  return: { type: "return", comments: [{ text: "C1 与分项不符" }] },
  approve: { type: "approve" },
  "request-correction": { type: "request-correction", reason: "网络申请数填错" },
  reopen: { type: "reopen" },
};

type State = { status: SubmissionStatusCode | null; correction: boolean };
const STATES: State[] = [
  { status: null, correction: false },
  { status: "draft", correction: false },
  { status: "ready", correction: false },
  { status: "submitted", correction: false },
  { status: "returned", correction: false },
  { status: "approved", correction: false },
  { status: "approved", correction: true },
];

const key = (s: State) => `${s.status ?? "none"}${s.correction ? "+correction" : ""}`;

/** The whole state table: every (state, event) pair not listed here is refused. */
const ALLOWED: Record<string, { status: SubmissionStatusCode; correction: boolean }> = {
  "none/edit": { status: "draft", correction: false },
  "draft/edit": { status: "draft", correction: false },
  "ready/edit": { status: "draft", correction: false },
  "returned/edit": { status: "draft", correction: false },
  "draft/mark-ready": { status: "ready", correction: false },
  "returned/mark-ready": { status: "ready", correction: false },
  "ready/sign-off": { status: "submitted", correction: false },
  "submitted/return": { status: "returned", correction: false },
  "submitted/approve": { status: "approved", correction: false },
  "approved/request-correction": { status: "approved", correction: true },
  "approved+correction/reopen": { status: "returned", correction: false },
};

const cases = STATES.flatMap((s) => Object.values(EVENTS).map((e) => ({ state: s, event: e, id: `${key(s)}/${e.type}` })));

describe("transition: the state table", () => {
  it.each(cases)("$id", ({ state, event, id }) => {
    const result = transition(state.status, event, { correctionRequested: state.correction });
    const expected = ALLOWED[id];
    if (expected) expect(result).toEqual({ ok: true, status: expected.status, correctionRequested: expected.correction });
    else {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("lists only pairs that exist", () => {
    const ids = new Set(cases.map((c) => c.id));
    for (const id of Object.keys(ALLOWED)) expect(ids.has(id), id).toBe(true);
  });
});

describe("transition: the inputs an allowed move still needs", () => {
  it.each([
    { name: "a missing cell", readiness: { ...READY_INPUTS, missing: ["x"] }, text: /未填写/ },
    { name: "a hard issue", readiness: { ...READY_INPUTS, hard: [{ key: "k", ruleId: "r", severity: "hard" as const, label: "l", cells: [], message: "甲为1，但乙为2，相差1。" }] }, text: /未通过审核规则/ },
    { name: "an unexplained warning", readiness: { ...READY_INPUTS, unexplained: [{ key: "w", ruleId: "r", severity: "warning" as const, label: "l", cells: [], message: "m" }] }, text: /尚未说明/ },
  ])("mark-ready refuses $name", ({ readiness, text }) => {
    const r = transition("draft", { type: "mark-ready", readiness });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(text);
  });

  it("mark-ready and sign-off refuse a compiled result while a child is not approved", () => {
    const r1 = transition("draft", { type: "mark-ready", readiness: READY_INPUTS, unapprovedChildren: ["呼和浩特市"] });
    const r2 = transition("ready", { type: "sign-off", signerName: "张三", unapprovedChildren: ["呼和浩特市"] });
    for (const r of [r1, r2]) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.reason).toContain("呼和浩特市");
    }
  });

  it("sign-off needs the signer's name", () => {
    expect(transition("ready", { type: "sign-off", signerName: "  " }).ok).toBe(false);
  });

  it("return needs a non-blank comment", () => {
    expect(transition("submitted", { type: "return", comments: [] }).ok).toBe(false);
    expect(transition("submitted", { type: "return", comments: [{ text: " " }] }).ok).toBe(false);
  });

  it("request-correction needs a reason, and only one may be open", () => {
    expect(transition("approved", { type: "request-correction", reason: "" }).ok).toBe(false);
    const again = transition("approved", EVENTS["request-correction"], { correctionRequested: true });
    expect(again).toEqual({ ok: false, reason: "已提出更正申请，正在等待审核员处理" });
  });

  it("reopen may send the data back to 草稿 instead of 已退回", () => {
    expect(transition("approved", { type: "reopen", to: "draft" }, { correctionRequested: true })).toEqual({ ok: true, status: "draft", correctionRequested: false });
  });
});
