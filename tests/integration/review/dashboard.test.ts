import { afterEach, describe, expect, it, vi } from "vitest";
import { buildNotice } from "@/lib/review";
import { getTemplate } from "@/lib/templates";
import { createCycle } from "@/db/mutations/cycles";
import { replaceSubmissions, saveExplanations } from "@/db/mutations/submissions";
import { harness, insertPublication } from "./harness";

vi.mock("server-only", () => ({}));
vi.mock("@/server/next/current-user", async () => {
  const { session: s } = await import("./harness");
  return { lookupSession: async () => (s.user ? { user: s.user } : { user: null, expired: false }) };
});
vi.mock("@/server/next/request-info", () => ({ requestInfo: async () => ({ ip: "127.0.0.1", userAgent: null }) }));

const { loadDashboard, noticeUnits } = await import("@/server/review/dashboard");
const { GET: drillRoute } = await import("@/app/api/stats/[year]/[orgCode]/cells/[cellCode]/route");

const YEAR = 2031;
const t21 = getTemplate("gov-disclosure-2021");
const COLS = ["np", "biz", "res", "ngo", "law", "oth"];
/** A 2021 table, every typed cell 0, with `n` applications carried in (R2) and `out` carried out (R4) per column. */
function table(n: bigint, out: bigint, extra: Record<string, bigint> = {}) {
  const v: Record<string, bigint> = Object.fromEntries(t21.cells.map((c) => [c.code, 0n]));
  for (const c of COLS) {
    v[`R2.${c}`] = n;
    v[`R4.${c}`] = out;
    v[`R1.${c}`] = out - n; // balance: R1 + R2 = R3.7 (0) + R4
  }
  v["R2.tot"] = n * 6n;
  v["R4.tot"] = out * 6n;
  v["R1.tot"] = (out - n) * 6n;
  return { ...v, ...extra };
}

let h: ReturnType<typeof harness>;
afterEach(() => h?.close());

describe("loadDashboard", () => {
  it("per child: warnings (explained), 结转 continuity against last year, publication, and the counts", () => {
    h = harness({ year: YEAR, templateId: "gov-disclosure-2021" });
    const prev = createCycle(h.db, { year: YEAR - 1, templateId: "gov-disclosure-2021" });
    const reviewer = h.user("r", "赵审核", "R", "reviewer");
    // Last year: D1 carried out 5 per column, D2 carried out 4; L1 (compiling) had nothing.
    replaceSubmissions(h.db, prev.id, [
      { orgId: h.id("D1"), status: "approved", values: table(0n, 5n) },
      { orgId: h.id("D2"), status: "approved", values: table(0n, 4n) },
    ], null, Date.now());
    // This year: D1 carries in 5 (continuous), D2 carries in 5 (not), fee case without notice = 1 warning, explained.
    replaceSubmissions(h.db, h.cycle.id, [
      { orgId: h.id("D1"), status: "submitted", values: table(5n, 5n) },
      { orgId: h.id("D2"), status: "draft", values: table(5n, 5n, { "R3.6.2.np": 1n, "R3.6.2.tot": 1n, "R3.7.np": 1n, "R3.7.tot": 1n, "R4.np": 4n, "R4.tot": 29n }) },
    ], null, Date.now());
    saveExplanations(h.db, h.cycle.id, h.id("D2"), [{ ruleKey: "fee_notice", text: "申请人撤回。" }], { expectedVersion: 1, onlyFrom: ["draft"], at: 0, userId: null });
    insertPublication(h, { cycleId: h.cycle.id, orgId: h.id("D1"), version: 1, publishedAt: Date.parse("2032-01-20T02:00:00Z") });
    insertPublication(h, { cycleId: h.cycle.id, orgId: h.id("D1"), version: 2, publishedAt: Date.parse("2032-02-01T02:00:00Z"), officialUrl: "https://example.gov.cn/v2", officialDate: "2032-02-01" });

    const d = loadDashboard(h.db, reviewer, YEAR, Date.parse("2032-01-01T00:00:00Z"))!;
    const by = Object.fromEntries(d.rows.map((r) => [r.orgCode, r]));
    expect(d.rows.map((r) => r.orgCode)).toEqual(["D1", "D2", "L1"]);
    expect(d.counts).toEqual({ total: 3, submitted: 1, approved: 0, late: 0, unpublished: 2, publishLate: 0, prereviewPending: 0 });

    expect(by.D1).toMatchObject({ statusLabel: "已报送", warnings: { count: 0, explained: 0 }, continuity: { state: "continuous", label: "连续" } });
    expect(by.D1!.publication).toEqual({ date: "2032-02-01", dateMs: Date.parse("2032-02-01T02:00:00Z"), url: "https://example.gov.cn/v2", lateBy: null });
    // The 7 carry differences are warnings too (unexplained), besides the explained fee case.
    expect(by.D2).toMatchObject({ statusLabel: "草稿", warnings: { count: 8, explained: 1 }, continuity: { state: "broken", label: "不连续" }, publication: null });
    expect(by.D2!.continuity.detail.length).toBe(7); // every column of 上年结转 differs by 1
    expect(by.L1).toMatchObject({ statusLabel: "未填报", warnings: null, continuity: { state: "none" } });
  });

  it("the publish deadline is measured by the day the report was posted on the platform; frozen but not posted is still overdue", () => {
    h = harness({ year: YEAR, deadlines: { "department.publish": "2032-01-25", "league_city.publish": "2032-02-10" } });
    const reviewer = h.user("r", "赵审核", "R", "reviewer");
    const publish = (code: string, version: number, at: string, officialDate: string | null) =>
      insertPublication(h, { cycleId: h.cycle.id, orgId: h.id(code), version, publishedAt: Date.parse(at), officialUrl: officialDate ? `https://example.gov.cn/${code}/${version}` : null, officialDate });
    // D1: posted on the deadline day, corrected after it (a correction is not a late publication).
    publish("D1", 1, "2032-01-25T15:00:00Z", "2032-01-25");
    publish("D1", 2, "2032-02-03T02:00:00Z", "2032-02-03");
    // At Beijing 2032-01-29 00:00: D2 has not published, 3 days after the deadline day ended.
    const d = loadDashboard(h.db, reviewer, YEAR, Date.parse("2032-01-28T16:00:00Z"))!;
    const by = Object.fromEntries(d.rows.map((r) => [r.orgCode, r]));
    expect(by.D1).toMatchObject({ publishDeadline: "2032-01-25", publishOverdue: null, publication: { date: "2032-02-03", lateBy: null } });
    expect(by.D2).toMatchObject({ publishDeadline: "2032-01-25", publishOverdue: "3天", publication: null });
    expect(by.L1).toMatchObject({ publishDeadline: "2032-02-10", publishOverdue: null, publication: null });
    expect(d.counts).toMatchObject({ unpublished: 2, publishLate: 1 });

    // D2 freezes its report here on 01-27 but has not posted it: still 未发布 and overdue.
    publish("D2", 1, "2032-01-27T04:00:00Z", null);
    const frozen = loadDashboard(h.db, reviewer, YEAR, Date.parse("2032-02-01T00:00:00Z"))!.rows.find((r) => r.orgCode === "D2")!;
    expect(frozen).toMatchObject({ publication: null, publishOverdue: "6天8小时" });

    // Posted on the platform on 01-27 (recorded later): a day late, no longer overdue, still in the 通报.
    h.sqlite.prepare("update report_publications set official_url = 'https://example.gov.cn/d2', official_date = '2032-01-27' where org_id = ?").run(h.id("D2"));
    const later = loadDashboard(h.db, reviewer, YEAR, Date.parse("2032-02-01T00:00:00Z"))!;
    const d2 = later.rows.find((r) => r.orgCode === "D2")!;
    expect(d2).toMatchObject({ publishOverdue: null, publication: { date: "2032-01-27", lateBy: "1天" } });
    expect(later.counts).toMatchObject({ unpublished: 1, publishLate: 1 });
    expect(buildNotice(YEAR, noticeUnits(later.rows)).rows.map((r) => [r.unit, r.publication])).toEqual([
      ["区教育厅（D2）", "已发布（2032-01-27，https://example.gov.cn/d2，逾期 1天）"],
    ]);
  });


  it("a reviewer of nobody gets no rows; an unknown year gets null", () => {
    h = harness({ year: YEAR });
    const filler = h.user("f", "王填报", "D1", "filler");
    expect(loadDashboard(h.db, filler, YEAR, 0)!.rows).toEqual([]);
    expect(loadDashboard(h.db, filler, 1999, 0)).toBeNull();
  });
});

describe("GET …/cells/{cell}: the drill-down", () => {
  const get = (code: string, cell: string) => drillRoute(new Request(`http://localhost/api/stats/${YEAR}/${code}/cells/${cell}`), h.params({ year: String(YEAR), orgCode: code, cellCode: cell }));

  it("the region's reviewer sees the tree down to the leaves; it adds up to the compiled table", async () => {
    h = harness({ year: YEAR });
    replaceSubmissions(h.db, h.cycle.id, [
      { orgId: h.id("D1"), status: "approved", values: { A1: 7n } },
      { orgId: h.id("D2"), status: "approved", values: { A1: 300n } },
      { orgId: h.id("L1C1"), status: "approved", values: { A1: 1500n } },
      { orgId: h.id("L1"), status: "draft", values: {} },
    ], null, Date.now());
    h.as(h.user("r", "赵审核", "R", "reviewer"));
    const body = await (await get("R", "A1")).json();
    expect(body.cell).toMatchObject({ code: "A1" });
    expect(body.hidden).toBeNull();
    const flat = (r: { code: string; value: string; share: string; children?: unknown[] }): unknown => [r.code, r.value, r.share, ...(r.children ? [(r.children as (typeof r)[]).map(flat)] : [])];
    expect(flat(body.root)).toEqual(["R", "1807", "100.00", [["L1", "1500", "83.01", [["L1C1", "1500", "83.01"]]], ["D2", "300", "16.60"], ["D1", "7", "0.39"]]]);
  });

  it("a compiling unit's own 填报员 reads its total but not its units: folded into one hidden figure", async () => {
    h = harness({ year: YEAR });
    replaceSubmissions(h.db, h.cycle.id, [{ orgId: h.id("L1C1"), status: "approved", values: { A1: 1500n } }], null, Date.now());
    h.as(h.user("f", "王填报", "L1", "filler"));
    const body = await (await get("L1", "A1")).json();
    expect(body.root).toMatchObject({ code: "L1", value: "1500" });
    expect(body.root.children).toBeUndefined();
    expect(body.hidden).toEqual({ units: 1, text: "1,500" });
    // Someone else's unit, or an unknown cell.
    expect((await get("D1", "A1")).status).toBe(403);
    expect((await get("L1", "ZZ9")).status).toBe(404);
  });
});
