import { afterAll, beforeEach, describe, expect, test, vi } from "vitest";
import type { CurrentUser } from "@/server/kernel/caller";
import { dbWithTree } from "../db/helpers";

/**
 * The narrative save route end to end (route handler → command → db → audit) on an in-memory
 * database: only the request's session and address are stubbed (they come from next-auth and
 * next/headers).
 */
const t = dbWithTree();
const session: { user: CurrentUser | null } = { user: null };

vi.mock("server-only", () => ({}));
vi.mock("@/db/client", async (importOriginal) => ({ ...(await importOriginal<typeof import("@/db/client")>()), getDb: () => t.db }));
vi.mock("@/server/next/current-user", () => ({ lookupSession: async () => session }));
vi.mock("@/server/next/request-info", () => ({ requestInfo: async () => ({ ip: "127.0.0.1", userAgent: "vitest" }) }));

const { PUT } = await import("@/app/api/reports/[year]/[orgCode]/draft/route");
const { createCycle } = await import("@/db/mutations/cycles");
const { replaceSubmissions } = await import("@/db/mutations/submissions");
const { createUser } = await import("@/db/mutations/users");
const { getReportDraft } = await import("@/db/queries/report-drafts");
const { loadReportDocument } = await import("@/server/reports/report-document");
const { runsText } = await import("@/lib/report");

const cycle = createCycle(t.db, { year: 2018, templateId: "gov-disclosure-2018" });
const D1 = t.id("D1");
replaceSubmissions(t.db, cycle.id, [{ orgId: D1, status: "approved", values: { A1: 4223174n, C1: 1485n } }], null, Date.now());
const fillerRow = createUser(t.db, { username: "f", displayName: "王填报", passwordHash: "x", orgId: D1 });

function userOf(id: number, orgId: number, sid: string, role: "filler" | "reviewer" = "filler"): CurrentUser {
  const grants = [{ role, orgId }] as const;
  return { id, username: `u${id}`, displayName: "测试", orgId, orgName: "", sid, mustChangePassword: false, totpEnabled: false, grants: [...grants], actor: { userId: id, orgId, grants: [...grants] } };
}

const doc = (text: string) => ({ prose: { proactive: [[{ text }, { token: { kind: "figure", figure: "published", part: "value" }, format: "wan" }]] }, headings: {} });

async function put(orgCode: string, body: unknown, contentType = "application/json") {
  const res = await PUT(new Request(`http://x/api/reports/2018/${orgCode}/draft`, { method: "PUT", headers: { "content-type": contentType }, body: JSON.stringify(body) }), {
    params: Promise.resolve({ year: "2018", orgCode }),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

const audits = () =>
  t.sqlite.prepare(`select action, user_id as userId, target_id as targetId, detail_json as detail from audit_log where action = 'report.draft.save' order by id`).all() as {
    action: string;
    userId: number;
    targetId: string;
    detail: string;
  }[];

afterAll(() => t.close());

describe("PUT /api/reports/{year}/{code}/draft", () => {
  beforeEach(() => {
    session.user = userOf(fillerRow.id, D1, "sid-1");
  });

  test("saves version 1, then 2; the answer lists the narrative's problems; the document prints the draft", async () => {
    const first = await put("D1", { version: 0, doc: doc("全年主动公开政府信息") });
    expect(first).toMatchObject({ status: 200, json: { version: 1, changed: true } });
    const second = await put("D1", { version: 1, doc: { ...doc("全年主动公开"), prose: { ...doc("全年主动公开").prose, overview: [[{ text: "共办理申请1485件。" }]] } } });
    expect(second.status).toBe(200);
    expect(second.json.version).toBe(2);
    expect(second.json.problems).toEqual([expect.objectContaining({ severity: "warning", kind: "typed-figure", blockId: "overview" })]);
    expect(getReportDraft(t.db, cycle.id, D1, "area")?.version).toBe(2);

    const built = loadReportDocument(t.db, 2018, "D1");
    expect(built.ok).toBe(true);
    if (built.ok) {
      expect(built.draftVersion).toBe(2);
      const texts = built.doc.blocks.flatMap((b) => (b.kind === "paragraph" ? [runsText(b.runs)] : []));
      expect(texts).toContain("全年主动公开422.32万条");
    }
  });

  test("a stale version: 409, nothing written", async () => {
    const before = getReportDraft(t.db, cycle.id, D1, "area");
    const res = await put("D1", { version: 1, doc: doc("覆盖") });
    expect(res.status).toBe(409);
    expect(res.json.error).toMatch(/报告已被他人修改/);
    expect(getReportDraft(t.db, cycle.id, D1, "area")).toEqual(before);
  });

  test("another unit's report: 403, nothing written", async () => {
    session.user = userOf(fillerRow.id, t.id("D2"), "sid-x");
    const res = await put("D1", { version: 2, doc: doc("别人的") });
    expect(res.status).toBe(403);
    expect(getReportDraft(t.db, cycle.id, D1, "area")?.version).toBe(2);
    // A reviewer above reads the report but does not write it.
    session.user = userOf(fillerRow.id, t.id("R"), "sid-y", "reviewer");
    expect((await put("D1", { version: 2, doc: doc("审核员") })).status).toBe(403);
    expect(getReportDraft(t.db, cycle.id, D1, "area")?.version).toBe(2);
  });

  test.each([
    { label: "a token of an unknown part", body: { version: 2, doc: { prose: { a: [[{ token: { kind: "figure", figure: "x", part: "sum" }, format: "wan" }]] }, headings: {} } } },
    { label: "no version", body: { doc: doc("x") } },
    { label: "script in a heading id", body: { version: 2, doc: { prose: {}, headings: { "<script>": "x" } } } },
  ])("invalid body ($label): 422, nothing written", async ({ body }) => {
    const res = await put("D1", body);
    expect(res.status).toBe(422);
    expect(typeof res.json.error).toBe("string");
    expect(getReportDraft(t.db, cycle.id, D1, "area")?.version).toBe(2);
  });

  test("not JSON: 415; no session: 401", async () => {
    expect((await put("D1", { version: 2, doc: doc("x") }, "text/plain")).status).toBe(415);
    session.user = null;
    expect((await put("D1", { version: 2, doc: doc("x") })).status).toBe(401);
    expect(getReportDraft(t.db, cycle.id, D1, "area")?.version).toBe(2);
  });

  test("one audit entry per editing session; an unchanged save writes nothing", async () => {
    // The two saves of the first test were one session (sid-1): one entry.
    expect(audits().map((a) => [a.userId, a.targetId])).toEqual([[fillerRow.id, "2018/D1"]]);
    const same = getReportDraft(t.db, cycle.id, D1, "area")!;
    const unchanged = await put("D1", { version: 2, doc: same.doc });
    expect(unchanged.json).toMatchObject({ version: 2, changed: false });
    await put("D1", { version: 2, doc: doc("第三次保存") });
    expect(audits()).toHaveLength(1);
    // A new login session is a new editing session.
    session.user = userOf(fillerRow.id, D1, "sid-2");
    await put("D1", { version: 3, doc: doc("新的会话") });
    expect(audits()).toHaveLength(2);
    expect(JSON.parse(audits()[1]!.detail)).toMatchObject({ sid: "sid-2", fromVersion: 3, version: 4, tokens: 1 });
  });
});
