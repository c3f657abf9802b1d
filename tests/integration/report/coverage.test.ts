import { describe, expect, test, vi } from "vitest";
import { syntheticLeafValues } from "../../unit/report/synthetic-2021";

/*
 * What a government's report covers (报告范围) and who counts in its sums: a 垂直管理 unit starts
 * outside its parent's sums; the office may include it; a 市 whose report covers the 本级 only
 * is worded 市政府及部门 and sums its 政府办公室 and 市直部门, never its 旗县区.
 */
vi.mock("server-only", () => ({}));

const { dbWithTree } = await import("../db/helpers");
const { upsertOrganisations } = await import("@/db/mutations/orgs");
const { replaceSubmissions } = await import("@/db/mutations/submissions");
const { getCycleByYear } = await import("@/db/queries/cycles");
const { runCommand } = await import("@/server/kernel/command");
const { systemCaller } = await import("@/server/kernel/caller");
const { createCycle } = await import("@/server/cycles/create");
const { setRosterScope } = await import("@/server/cycles/set-roster-scope");
const { loadCycleTotals } = await import("@/server/stats/cycle-totals");
const { loadReportDocument } = await import("@/server/reports/report-document");
const { runsText } = await import("@/lib/report");

const t = dbWithTree();
upsertOrganisations(t.db, [
  { code: "L1G", name: "呼和浩特市人民政府办公室", parentCode: "L1", kind: "gov_office" },
  { code: "L1D", name: "呼和浩特市教育局", parentCode: "L1", kind: "department" },
  { code: "L1V", name: "呼和浩特市税务局", parentCode: "L1", kind: "vertical" },
]);
const env = { user: systemCaller("test", t.id("R")), db: t.db, now: Date.now(), ip: null };
const LEAVES = ["D1", "D2", "L1G", "L1D", "L1V", "L1C1"];

async function open(year: number) {
  expect(await runCommand(createCycle, { year, templateId: "gov-disclosure-2021" }, env)).toMatchObject({ ok: true });
  const cycle = getCycleByYear(t.db, year)!;
  replaceSubmissions(t.db, cycle.id, LEAVES.map((code, i) => ({ orgId: t.id(code), status: "approved" as const, values: syntheticLeafValues(year * 10 + i) })), null, Date.now());
}

const apply = (year: number, code: string) => syntheticLeafValues(year * 10 + LEAVES.indexOf(code))["R1.tot"]! + syntheticLeafValues(year * 10 + LEAVES.indexOf(code))["R2.tot"]!;
const cityTotal = (year: number) => loadCycleTotals(t.db, year, "approved")!.totals.get(t.id("L1"))!["R1.tot"]!;
const r1 = (year: number, code: string) => syntheticLeafValues(year * 10 + LEAVES.indexOf(code))["R1.tot"]!;

function body(year: number, code: string): string {
  const r = loadReportDocument(t.db, year, code);
  if (!r.ok) throw new Error(r.message);
  return r.doc.blocks.flatMap((b) => (b.kind === "paragraph" && b.role === "body" ? [runsText(b.runs)] : [])).join("\n");
}

describe("报告范围与汇总", () => {
  test("a 垂直管理 unit starts outside its parent's sums; the office includes it", async () => {
    await open(2024);
    expect(cityTotal(2024)).toBe(r1(2024, "L1G") + r1(2024, "L1D") + r1(2024, "L1C1"));
    expect(await runCommand(setRosterScope, { year: 2024, orgCode: "L1V", inSums: true }, env)).toMatchObject({ ok: true, data: { inSums: true } });
    expect(cityTotal(2024)).toBe(r1(2024, "L1G") + r1(2024, "L1D") + r1(2024, "L1C1") + r1(2024, "L1V"));
  });

  test("a 市's report of its 本级 only: 市政府及部门, the 本级 units' sum, growth against their sum last year", async () => {
    await open(2025);
    const area = body(2025, "L1");
    expect(area).toMatch(/2025年，全市共收办政府信息公开申请\d+件/);
    expect(area).toMatch(/从申请分布看，市政府\d+件；市直部门\d+件；各区\d+件。/);

    expect(await runCommand(setRosterScope, { year: 2025, orgCode: "L1", coverage: "own" }, env)).toMatchObject({ ok: true });
    const own = body(2025, "L1");
    const total = apply(2025, "L1G") + apply(2025, "L1D");
    expect(own).toContain(`2025年，市政府及部门共收办政府信息公开申请${total}件`);
    expect(own).toMatch(/市直部门新收申请数居前1位的是呼和浩特市教育局。/);
    for (const re of [/全市/, /各区/, /从申请分布看/]) expect(own).not.toMatch(re);
    const last = apply(2024, "L1G") + apply(2024, "L1D");
    expect(own).toMatch(total === last ? /与上年持平/ : /较上年(增长|下降)\d+\.\d\d%/);
  });

  test("refused: 本级 for a unit without 本级 units, 汇总 for the root, an unknown coverage", async () => {
    expect(await runCommand(setRosterScope, { year: 2025, orgCode: "L1C1", coverage: "own" }, env)).toMatchObject({ ok: false, status: 422, error: "新城区没有本级政府办公室或部门，报告只能覆盖全域" });
    expect(await runCommand(setRosterScope, { year: 2025, orgCode: "R", inSums: false }, env)).toMatchObject({ ok: false, error: "最上级单位没有上级汇总" });
    expect(await runCommand(setRosterScope, { year: 2025, orgCode: "L1", coverage: "all" }, env)).toMatchObject({ ok: false, status: 422 });
    expect(await runCommand(setRosterScope, { year: 2025, orgCode: "L1C1", coverage: "both" }, env)).toMatchObject({ ok: false, status: 422 });
  });
});
