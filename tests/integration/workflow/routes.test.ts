/**
 * The workflow's JSON route handlers (issue 5 item 8) run in-process against an in-memory
 * database: a whole round trip through save, 待签发, 签发, 退回, 审核通过, 更正 and 重新打开, then every
 * refusal (bad data, a missing 签发, another unit, a stale version, the wrong role, no login, not
 * JSON) answered with its status and Chinese message while nothing in the database changes.
 */
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getTemplate } from "@/lib/templates";
import type { CurrentUser } from "@/server/kernel/caller";
import { getWorkflowState } from "@/db/queries/workflow-state";
import { harness } from "../review/harness";

vi.mock("server-only", () => ({}));
vi.mock("@/server/next/current-user", async () => {
  const { session: s } = await import("../review/harness");
  return { lookupSession: async () => (s.user ? { user: s.user } : { user: null, expired: false }) };
});
vi.mock("@/server/next/request-info", () => ({ requestInfo: async () => ({ ip: "127.0.0.1", userAgent: null }) }));

const routes = {
  save: (await import("@/app/api/stats/[year]/[orgCode]/route")).PUT,
  ready: (await import("@/app/api/stats/[year]/[orgCode]/ready/route")).POST,
  signoff: (await import("@/app/api/stats/[year]/[orgCode]/signoff/route")).POST,
  return: (await import("@/app/api/stats/[year]/[orgCode]/return/route")).POST,
  approve: (await import("@/app/api/stats/[year]/[orgCode]/approve/route")).POST,
  correction: (await import("@/app/api/stats/[year]/[orgCode]/correction/route")).POST,
  reopen: (await import("@/app/api/stats/[year]/[orgCode]/reopen/route")).POST,
};
type RouteName = keyof typeof routes;

const YEAR = 2032;
/** A complete 2018 table as typed: 主动公开 5 (A1), all on the website (A2.2), every other cell 0: no rule fires. */
const TABLE: Record<string, string> = {
  ...Object.fromEntries(
    getTemplate("gov-disclosure-2018")
      .cells.filter((c) => !c.computed)
      .map((c) => [c.code, "0"]),
  ),
  A1: "5",
  "A2.2": "5",
};

/** Every row the workflow writes, in a stable order: what "nothing changed" compares. */
const WORKFLOW_TABLES = ["submissions", "cell_values", "submission_versions", "warning_explanations", "signoffs", "submission_comments", "correction_requests", "audit_log"];

function setup() {
  const h = harness({ year: YEAR });
  const people = {
    filler: h.user("f1", "王填报", "D1", "filler"),
    signer: h.user("s1", "李签发", "D1", "signer"),
    reviewer: h.user("r", "赵审核", "R", "reviewer"),
    otherFiller: h.user("f2", "周填报", "D2", "filler"),
    leagueReviewer: h.user("lr", "孙审核", "L1", "reviewer"),
    leagueFiller: h.user("lf", "郑填报", "L1", "filler"),
    countyFiller: h.user("cf", "钱填报", "L1C1", "filler"),
    countySigner: h.user("cs", "吴签发", "L1C1", "signer"),
  };
  const call = async (who: CurrentUser | null, route: RouteName, code: string, body: unknown, contentType = "application/json") => {
    h.as(who);
    const request = new Request(`http://localhost/api/stats/${YEAR}/${code}/${route}`, {
      method: route === "save" ? "PUT" : "POST",
      headers: { "content-type": contentType },
      body: typeof body === "string" ? body : JSON.stringify(body),
    });
    const res = await routes[route](request, h.params({ year: String(YEAR), orgCode: code }));
    return { status: res.status, body: (await res.json()) as Record<string, unknown> & { error?: string } };
  };
  const state = (code: string) => getWorkflowState(h.db, h.cycle.id, h.id(code));
  const snapshot = () =>
    Object.fromEntries(WORKFLOW_TABLES.map((table) => [table, h.sqlite.prepare(`select * from ${table}`).all().map((row) => JSON.stringify(row)).sort()]));
  return { ...h, people, call, state, snapshot };
}

let t: ReturnType<typeof setup>;
beforeEach(() => {
  t?.close();
  t = setup();
});
afterAll(() => t?.close());

/** Drives D1 (or L1C1) to a status through the routes themselves, checking each step ("partial": a draft of one cell). */
async function bring(to: "partial" | "draft" | "ready" | "submitted" | "approved", code = "D1"): Promise<number> {
  const [filler, signer] = code === "L1C1" ? [t.people.countyFiller, t.people.countySigner] : [t.people.filler, t.people.signer];
  const reviewer = code === "L1C1" ? t.people.leagueReviewer : t.people.reviewer;
  const values = to === "partial" ? { A1: "5" } : TABLE;
  const saved = await t.call(filler, "save", code, { values, version: t.state(code)?.version ?? 0 });
  expect(saved.status, saved.body.error).toBe(200);
  const version = saved.body.version as number;
  const steps: [CurrentUser, RouteName][] = [
    [filler, "ready"],
    [signer, "signoff"],
    [reviewer, "approve"],
  ];
  for (const [who, route] of steps.slice(0, Math.max(0, ["draft", "ready", "submitted", "approved"].indexOf(to)))) {
    const r = await t.call(who, route, code, { version });
    expect(r.status, `${route}: ${r.body.error}`).toBe(200);
  }
  return version;
}

describe("the routes take a unit the whole way round", () => {
  it("save → 待签发 → 签发 → 退回 → save → 待签发 → 签发 → 通过 → 更正 → 重新打开, each by its role", async () => {
    const { filler, signer, reviewer } = t.people;
    const v1 = await bring("submitted");
    expect(t.state("D1")).toMatchObject({ status: "submitted", version: v1 });
    const signoff = t.sqlite.prepare("select signer_name, version from signoffs").get();
    expect(signoff).toEqual({ signer_name: "李签发", version: v1 });

    const returned = await t.call(reviewer, "return", "D1", { version: v1, comments: [{ text: "请核对" }, { cell: "A1", text: "主动公开数偏少" }] });
    expect(returned.status, returned.body.error).toBe(200);
    expect(t.state("D1")!.status).toBe("returned");
    expect(t.sqlite.prepare("select cell_code, text from submission_comments order by id").all()).toEqual([
      { cell_code: null, text: "请核对" },
      { cell_code: "A1", text: "主动公开数偏少" },
    ]);

    const saved = await t.call(filler, "save", "D1", { values: { ...TABLE, A1: "7", "A2.2": "7" }, version: v1 });
    expect(saved.status).toBe(200);
    const v2 = saved.body.version as number;
    expect(v2).toBe(v1 + 1);
    for (const [who, route] of [
      [filler, "ready"],
      [signer, "signoff"],
      [reviewer, "approve"],
    ] as const) {
      expect((await t.call(who, route, "D1", { version: v2 })).status).toBe(200);
    }
    expect(t.state("D1")).toMatchObject({ status: "approved", version: v2 });

    const asked = await t.call(filler, "correction", "D1", { version: v2, reason: "A1 漏报 2 条" });
    expect(asked.status, asked.body.error).toBe(200);
    expect(t.state("D1")!.openCorrection).not.toBeNull();
    const reopened = await t.call(reviewer, "reopen", "D1", { version: v2 });
    expect(reopened.status, reopened.body.error).toBe(200);
    expect(t.state("D1")!.status).toBe("returned");
    // Every step is in the audit log, by its action.
    const actions = (t.sqlite.prepare("select action from audit_log order by id").pluck().all() as string[]).filter((a) => a !== "stats.save");
    expect(actions).toEqual(["stats.ready", "stats.signoff", "stats.return", "stats.ready", "stats.signoff", "stats.approve", "stats.correct.request", "stats.correct.reopen"]);
  });
});

type Refusal = {
  label: string;
  /** Where D1 (or `code`) stands before the call. */
  from: "none" | "partial" | "draft" | "ready" | "submitted" | "approved";
  who: keyof ReturnType<typeof setup>["people"] | null;
  route: RouteName;
  code?: string;
  /** The body; `version` is filled with the current version unless given. */
  body?: Record<string, unknown>;
  contentType?: string;
  status: number;
  error: RegExp;
};

const refusals: Refusal[] = [
  // Invalid data
  { label: "a value that is not a number", from: "none", who: "filler", route: "save", body: { values: { ...TABLE, A1: "十二" } }, status: 422, error: /有单元格填写不正确/ },
  { label: "a negative count", from: "draft", who: "filler", route: "save", body: { values: { ...TABLE, C1: "-3" } }, status: 422, error: /有单元格填写不正确/ },
  { label: "no version number", from: "ready", who: "signer", route: "signoff", body: { version: undefined }, status: 422, error: /缺少数据版本号/ },
  { label: "a return without a comment", from: "submitted", who: "reviewer", route: "return", body: { comments: [] }, status: 422, error: /退回时须填写退回意见/ },
  { label: "a return commenting a cell that does not exist", from: "submitted", who: "reviewer", route: "return", body: { comments: [{ cell: "Z9", text: "?" }] }, status: 422, error: /单元格不存在：Z9/ },
  { label: "a correction without a reason", from: "approved", who: "filler", route: "correction", body: { reason: "  " }, status: 422, error: /请填写更正理由/ },
  { label: "待签发 with blank cells", from: "partial", who: "filler", route: "ready", status: 422, error: /不能标记为待签发/ },
  { label: "待签发 with nothing filled", from: "none", who: "filler", route: "ready", status: 404, error: /D1 的填报数据/ },
  { label: "a compiling unit's figures typed in", from: "none", who: "leagueFiller", route: "save", code: "L1", body: { values: TABLE }, status: 422, error: /汇总单位的数据由下级单位汇总生成/ },
  { label: "a form post (not JSON)", from: "draft", who: "filler", route: "save", contentType: "application/x-www-form-urlencoded", status: 415, error: /JSON 格式/ },
  // A missing 签发
  { label: "approving what was never signed (待签发)", from: "ready", who: "reviewer", route: "approve", status: 409, error: /只有已报送的数据才能审核通过（当前状态：待签发）/ },
  { label: "approving a draft", from: "draft", who: "reviewer", route: "approve", status: 409, error: /只有已报送的数据才能审核通过（当前状态：草稿）/ },
  { label: "signing a draft not marked 待签发", from: "draft", who: "signer", route: "signoff", status: 409, error: /只有待签发的数据才能签发（当前状态：草稿）/ },
  { label: "the filler signing in the 负责人's place", from: "ready", who: "filler", route: "signoff", status: 403, error: /权限/ },
  // Another unit's submission
  { label: "saving another unit's table", from: "draft", who: "otherFiller", route: "save", body: { values: TABLE }, status: 403, error: /权限/ },
  { label: "marking another unit 待签发", from: "draft", who: "otherFiller", route: "ready", status: 403, error: /权限/ },
  { label: "a 负责人 signing another unit", from: "ready", who: "signer", route: "signoff", code: "L1C1", status: 403, error: /权限/ },
  { label: "a reviewer of another node approving", from: "submitted", who: "leagueReviewer", route: "approve", status: 403, error: /权限/ },
  { label: "the region approving a 旗县 (it may read, not decide)", from: "submitted", who: "reviewer", route: "approve", code: "L1C1", status: 403, error: /权限/ },
  { label: "a filler returning its own unit", from: "submitted", who: "filler", route: "return", body: { comments: [{ text: "x" }] }, status: 403, error: /权限/ },
  { label: "another unit asking for a correction", from: "approved", who: "otherFiller", route: "correction", body: { reason: "x" }, status: 403, error: /权限/ },
  // A stale version
  { label: "a save over a newer version", from: "draft", who: "filler", route: "save", body: { values: TABLE, version: 0 }, status: 409, error: /数据已被他人修改（您打开后又有 1 次保存）/ },
  { label: "signing a version other than the current", from: "ready", who: "signer", route: "signoff", body: { version: 7 }, status: 409, error: /数据已被他人修改（您看到的不是当前的数据）/ },
  { label: "approving a version other than the current", from: "submitted", who: "reviewer", route: "approve", body: { version: 0 }, status: 409, error: /数据已被他人修改（您打开后又有 1 次保存）/ },
  // The state forbids it
  { label: "saving after 签发", from: "submitted", who: "filler", route: "save", body: { values: TABLE }, status: 409, error: /当前状态（已报送）下不能修改数据/ },
  { label: "a correction before approval", from: "submitted", who: "filler", route: "correction", body: { reason: "x" }, status: 409, error: /只有已通过的数据才能申请更正/ },
  { label: "reopening without a correction request", from: "approved", who: "reviewer", route: "reopen", status: 409, error: /没有待处理的更正申请/ },
  // Nobody logged in
  { label: "no session", from: "ready", who: null, route: "signoff", status: 401, error: /登录/ },
];

describe("refused with the right status and message, and nothing changes", () => {
  it.each(refusals)("$label → $status", async ({ from, who, route, code = "D1", body = {}, contentType, status, error }) => {
    if (from !== "none") await bring(from, code);
    const before = t.snapshot();
    const version = t.state(code)?.version ?? 0;
    const res = await t.call(who ? t.people[who] : null, route, code, contentType ? "values=1" : { version, ...body }, contentType);
    expect(res.status).toBe(status);
    expect(res.body.error).toMatch(error);
    expect(t.snapshot()).toEqual(before);
  });
});
