import { describe, expect, it } from "vitest";
import { transition, type SubmissionStatusCode, type WorkflowEvent } from "@/lib/workflow";
import { VersionConflictError, StatusConflictError } from "@/db/errors";
import { addAttachment } from "@/db/mutations/attachments";
import { createCycle } from "@/db/mutations/cycles";
import { replaceSubmissions, saveExplanations } from "@/db/mutations/submissions";
import { createUser } from "@/db/mutations/users";
import { applyTransition, WorkflowStatusConflictError, type TransitionWrite } from "@/db/mutations/workflow-transition";
import { getAttachment, listAttachments } from "@/db/queries/attachments";
import { listCorrectionRequests } from "@/db/queries/correction-requests";
import { listSignoffs } from "@/db/queries/signoffs";
import { listComments } from "@/db/queries/submission-comments";
import { getSubmission, listSubmissionVersions } from "@/db/queries/submissions";
import { getWorkflowState } from "@/db/queries/workflow-state";
import { count, dbWithTree } from "../db/helpers";

const T0 = Date.parse("2019-01-20T02:00:00Z");

function setup(status: SubmissionStatusCode = "ready") {
  const t = dbWithTree();
  const cycleId = createCycle(t.db, { year: 2018, templateId: "gov-disclosure-2018" }).id;
  const org = t.id("D1");
  const filler = createUser(t.db, { username: "f", displayName: "王填报", passwordHash: "x", orgId: org });
  const signer = createUser(t.db, { username: "s", displayName: "李签发", passwordHash: "x", orgId: org });
  const reviewer = createUser(t.db, { username: "r", displayName: "赵审核", passwordHash: "x", orgId: t.id("R") });
  const [saved] = replaceSubmissions(t.db, cycleId, [{ orgId: org, status, values: { A1: 10n } }], filler.id, Date.now());
  const state = () => getWorkflowState(t.db, cycleId, org)!;
  /** Runs the state machine on the stored state and writes its result (what a command does). */
  const step = (event: WorkflowEvent, userId: number, at: number, extra: Partial<TransitionWrite> = {}, version?: number) => {
    const s = state();
    const next = transition(s.status, event, { correctionRequested: s.openCorrection !== null });
    if (!next.ok) throw new Error(next.reason);
    return applyTransition(t.db, { submissionId: s.submissionId, expectedVersion: version ?? s.version, expectedStatus: s.status, status: next.status, at, userId, ...extra });
  };
  return { ...t, cycleId, org, submissionId: saved!.submissionId, filler, signer, reviewer, state, step };
}

describe("applyTransition writes a status change and its record together", () => {
  it("sign-off: status 已报送, submittedAt and the signoff row (name, time, version, deadline)", () => {
    const t = setup();
    const out = t.step({ type: "sign-off", signerName: "李签发" }, t.signer.id, T0, { signoff: { signerName: "李签发", kind: "stats", deadline: "2019-01-31", late: false } });
    expect(out).toEqual({ submissionId: t.submissionId, version: 1, status: "submitted", keptVersion: null });
    expect(t.state()).toMatchObject({ status: "submitted", version: 1, submittedAt: T0, approvedAt: null });
    expect(listSignoffs(t.db, t.submissionId)).toEqual([
      { id: 1, submissionId: t.submissionId, version: 1, signerUserId: t.signer.id, signerName: "李签发", at: T0, kind: "stats", deadline: "2019-01-31", late: false, keptVersion: null },
    ]);
    t.close();
  });

  it("return: comments on a cell and on the whole submission, on the version returned", () => {
    const t = setup("submitted");
    t.step({ type: "return", comments: [{ text: "x" }] }, t.reviewer.id, T0, { comments: [{ cellCode: "A1", text: "请核实" }, { cellCode: null, text: "整体偏低" }] });
    expect(t.state().status).toBe("returned");
    expect(listComments(t.db, t.submissionId, 1).map((c) => [c.cellCode, c.text, c.authorUserId, c.resolvedAt])).toEqual([
      ["A1", "请核实", t.reviewer.id, null],
      [null, "整体偏低", t.reviewer.id, null],
    ]);
    t.close();
  });

  it("approve stamps approvedAt; a correction request keeps it; reopen clears it and closes the request", () => {
    const t = setup("submitted");
    t.step({ type: "approve" }, t.reviewer.id, T0);
    expect(t.state()).toMatchObject({ status: "approved", approvedAt: T0, openCorrection: null });
    t.step({ type: "request-correction", reason: "网络申请数填错" }, t.filler.id, T0 + 1000, { correctionRequest: { reason: "网络申请数填错" } });
    expect(t.state()).toMatchObject({ status: "approved", approvedAt: T0, openCorrection: { reason: "网络申请数填错", requestedBy: t.filler.id, at: T0 + 1000 } });
    t.step({ type: "reopen" }, t.reviewer.id, T0 + 2000, { reopenCorrection: true });
    expect(t.state()).toMatchObject({ status: "returned", approvedAt: null, openCorrection: null });
    expect(listCorrectionRequests(t.db, t.submissionId)).toMatchObject([{ reopenedBy: t.reviewer.id, reopenedAt: T0 + 2000 }]);
    t.close();
  });
});

describe("a stale or refused step writes nothing", () => {
  it("a stale version: VersionConflictError, status and records unchanged", () => {
    const t = setup();
    replaceSubmissions(t.db, t.cycleId, [{ orgId: t.org, status: "ready", values: { A1: 11n } }], null, Date.now()); // someone saved: version 2
    expect(() =>
      t.step({ type: "sign-off", signerName: "李签发" }, t.signer.id, T0, { signoff: { signerName: "李签发", kind: "stats", deadline: null, late: false } }, 1),
    ).toThrow(VersionConflictError);
    expect(t.state()).toMatchObject({ status: "ready", version: 2, submittedAt: null });
    expect(count(t, "signoffs")).toBe(0);
    t.close();
  });

  it("a stale status (another reviewer acted first): WorkflowStatusConflictError, no comment written", () => {
    const t = setup("submitted");
    const seen = t.state();
    t.step({ type: "approve" }, t.reviewer.id, T0);
    expect(() =>
      applyTransition(t.db, { submissionId: seen.submissionId, expectedVersion: 1, expectedStatus: "submitted", status: "returned", at: T0, userId: t.reviewer.id, comments: [{ cellCode: null, text: "退回" }] }),
    ).toThrow(WorkflowStatusConflictError);
    expect(t.state().status).toBe("approved");
    expect(count(t, "submission_comments")).toBe(0);
    t.close();
  });

  it("a failing record rolls the status change back (reopen without an open request)", () => {
    const t = setup("submitted");
    t.step({ type: "approve" }, t.reviewer.id, T0);
    expect(() => applyTransition(t.db, { submissionId: t.submissionId, expectedVersion: 1, expectedStatus: "approved", status: "returned", at: T0, userId: t.reviewer.id, reopenCorrection: true })).toThrow(/没有待处理的更正申请/);
    expect(t.state()).toMatchObject({ status: "approved", approvedAt: T0 });
    t.close();
  });

  it("a second open correction request is refused and writes nothing", () => {
    const t = setup("approved");
    t.step({ type: "request-correction", reason: "甲" }, t.filler.id, T0, { correctionRequest: { reason: "甲" } });
    expect(() => applyTransition(t.db, { submissionId: t.submissionId, expectedVersion: 1, expectedStatus: "approved", status: "approved", at: T0, userId: t.filler.id, correctionRequest: { reason: "乙" } })).toThrow(/已提出更正申请/);
    expect(listCorrectionRequests(t.db, t.submissionId).map((r) => r.reason)).toEqual(["甲"]);
    t.close();
  });
});

describe("the whole way round, with a correction", () => {
  it("草稿 → 待签发 → 已报送 → 已通过 → 更正 → 已退回 → 草稿 (drafts overwrite, the points keep) → … → 已通过", () => {
    const t = setup("draft");
    const ready: WorkflowEvent = { type: "mark-ready", readiness: { missing: [], hard: [], unexplained: [] } };
    const signoff = { signoff: { signerName: "李签发", kind: "stats" as const, deadline: "2019-01-31", late: false } };
    t.step(ready, t.filler.id, T0, { keep: "ready" });
    t.step({ type: "sign-off", signerName: "李签发" }, t.signer.id, T0 + 1, { ...signoff, keep: "signoff" });
    t.step({ type: "approve" }, t.reviewer.id, T0 + 2, { keep: "approve" });
    t.step({ type: "request-correction", reason: "填错" }, t.filler.id, T0 + 3, { correctionRequest: { reason: "填错" } });
    t.step({ type: "reopen" }, t.reviewer.id, T0 + 4, { reopenCorrection: true, keep: "correction" });
    // The unit edits twice (save-draft): the state machine says 草稿; the draft overwrites itself.
    const edit = transition(t.state().status, { type: "edit" });
    expect(edit).toMatchObject({ ok: true, status: "draft" });
    const editable = ["draft", "ready", "returned"] as const;
    replaceSubmissions(t.db, t.cycleId, [{ orgId: t.org, status: "draft", values: { A1: 1n }, expectedVersion: 1, onlyFrom: editable }], t.filler.id, Date.now());
    replaceSubmissions(t.db, t.cycleId, [{ orgId: t.org, status: "draft", values: { A1: 12n }, expectedVersion: 2, onlyFrom: editable }], t.filler.id, Date.now());
    expect(count(t, "submission_versions")).toBe(4);
    expect(t.step(ready, t.filler.id, T0 + 5, { keep: "ready" }).keptVersion).toBe(5);
    const late = Date.parse("2019-02-01T00:00:00+08:00");
    expect(t.step({ type: "sign-off", signerName: "李签发" }, t.signer.id, late, { signoff: { ...signoff.signoff, late: true }, keep: "signoff" }).keptVersion).toBe(6);
    t.step({ type: "approve" }, t.reviewer.id, late + 1, { keep: "approve" });

    expect(t.state()).toMatchObject({ status: "approved", version: 3, submittedAt: late, approvedAt: late + 1 });
    expect(getSubmission(t.db, t.cycleId, t.org)!.values).toEqual({ A1: 12n });
    expect(listSubmissionVersions(t.db, t.cycleId, t.org).map((v) => [v.kept, v.point, v.version, v.status, v.values.A1])).toEqual([
      [1, "ready", 1, "ready", 10n],
      [2, "signoff", 1, "submitted", 10n],
      [3, "approve", 1, "approved", 10n],
      [4, "correction", 1, "returned", 10n],
      // the half-way draft (A1 = 1) left no trace
      [5, "ready", 3, "ready", 12n],
      [6, "signoff", 3, "submitted", 12n],
      [7, "approve", 3, "approved", 12n],
    ]);
    // Each 签发 names the kept version it made (the 报送单 prints it).
    expect(listSignoffs(t.db, t.submissionId).map((s) => [s.version, s.keptVersion, s.late])).toEqual([
      [1, 2, false],
      [3, 6, true],
    ]);
    t.close();
  });
});

describe("saveExplanations", () => {
  it("checks the version and status and may move 待签发 back to 草稿, in one transaction", () => {
    const t = setup("ready");
    expect(() => saveExplanations(t.db, t.cycleId, t.org, [{ ruleKey: "k", text: "说明" }], { expectedVersion: 2, onlyFrom: ["draft", "ready", "returned"], at: T0, userId: t.filler.id })).toThrow(VersionConflictError);
    expect(count(t, "warning_explanations")).toBe(0);
    expect(saveExplanations(t.db, t.cycleId, t.org, [{ ruleKey: "k", text: "说明" }], { expectedVersion: 1, onlyFrom: ["draft", "ready", "returned"], status: "draft", at: T0, userId: t.filler.id })).toBe(true);
    expect(getSubmission(t.db, t.cycleId, t.org)).toMatchObject({ status: "draft", version: 1, explanations: [{ ruleKey: "k", text: "说明", createdAt: T0, createdBy: t.filler.id }] });
    t.close();
  });

  it("refuses a submitted submission and writes nothing", () => {
    const t = setup("submitted");
    expect(() => saveExplanations(t.db, t.cycleId, t.org, [{ ruleKey: "k", text: "说明" }], { expectedVersion: 1, onlyFrom: ["draft", "ready", "returned"], at: T0, userId: null })).toThrow(StatusConflictError);
    expect(count(t, "warning_explanations")).toBe(0);
    t.close();
  });
});

describe("attachments", () => {
  it("keeps the bytes with their SHA-256; lists without the bytes", () => {
    const t = setup("submitted");
    const bytes = Buffer.from("%PDF-1.7 盖章扫描件");
    const { id, sha256 } = addAttachment(t.db, { submissionId: t.submissionId, version: 1, fileName: "签发页.pdf", mime: "application/pdf", bytes, uploadedBy: t.signer.id, at: T0 });
    expect(sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(listAttachments(t.db, t.submissionId)).toEqual([{ id, submissionId: t.submissionId, version: 1, fileName: "签发页.pdf", mime: "application/pdf", sha256, uploadedBy: t.signer.id, at: T0, size: bytes.length }]);
    expect(Buffer.compare(getAttachment(t.db, id)!.bytes, bytes)).toBe(0);
    t.close();
  });
});
