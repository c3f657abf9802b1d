import { describe, test, expect } from "vitest";
import fc from "fast-check";
import { getTemplate } from "@/lib/templates";
import { computeSums, evaluateRules, type ChangeThreshold, type EvaluateContext, type Issue } from "@/lib/rules";
import type { CellValues } from "@/lib/values";

const t = getTemplate("gov-disclosure-2021");
const cols = ["np", "biz", "res", "ngo", "law", "oth"] as const;
const colNames = { np: "自然人", biz: "商业企业", res: "科研机构", ngo: "社会公益组织", law: "法律服务机构", oth: "其他组织", tot: "总计" };
const leafRows = t.sections.flatMap((s) => s.tables).find((x) => x.id === "apply")!.rowCodes.filter((r) => r.startsWith("R3.") && r !== "R3.7");
const groups = ["AR", "LD", "LA"] as const;
const outcomes = ["upheld", "corrected", "other", "pending"] as const;
/** Turns the year-on-year movement check off, for tests of the other rules. */
const noChange: ChangeThreshold = { factorNum: 3n, factorDen: 1n, minimum: 10n ** 18n };

type Parts = {
  /** Per column: the 21 outcome leaves, R4 and R2 (R1 is derived so the balance holds). */
  outcome: (col: string, row: string) => bigint;
  r4: (col: string) => bigint;
  r2: (col: string) => bigint;
  review: (group: string, outcome: string) => bigint;
  p1: { reg: [bigint, bigint, bigint]; norm: [bigint, bigint, bigint] };
  p8: bigint;
  fees: [bigint, bigint, bigint];
};

/**
 * A consistent table: leaves typed, sums computed, R1 = R3.7 + R4 − R2 per column (≥ 0 as
 * long as R2 ≤ R3.7 + R4), and the previous year that matches it (R4 last year = R2 now,
 * P1 valid last year = valid − issued + repealed).
 */
function build(p: Parts): { values: CellValues; previous: CellValues } {
  const typed: CellValues = {};
  for (const c of cols) {
    for (const r of leafRows) typed[`${r}.${c}`] = p.outcome(c, r);
    typed[`R4.${c}`] = p.r4(c);
  }
  const outcomesOnly = computeSums(t, typed);
  for (const c of cols) {
    const out = outcomesOnly[`R3.7.${c}`]! + p.r4(c);
    const r2 = p.r2(c) > out ? out : p.r2(c);
    typed[`R2.${c}`] = r2;
    typed[`R1.${c}`] = out - r2;
  }
  for (const g of groups) for (const o of outcomes) typed[`${g}.${o}`] = p.review(g, o);
  for (const kind of ["reg", "norm"] as const) {
    const [issued, repealed, valid] = p.p1[kind];
    Object.assign(typed, { [`P1.${kind}.issued`]: issued, [`P1.${kind}.repealed`]: repealed, [`P1.${kind}.valid`]: valid });
  }
  Object.assign(typed, { "P5.license": 100n, "P6.penalty": 50n, "P6.coercion": 5n, "P8.fee": p.p8 });
  const [f1, f2, f3] = p.fees;
  Object.assign(typed, { F1: f1, F2: f2, F3: f3 });
  const values = computeSums(t, typed);
  const previous: CellValues = {};
  for (const c of [...cols, "tot"]) previous[`R4.${c}`] = values[`R2.${c}`]!;
  for (const kind of ["reg", "norm"] as const) {
    const [issued, repealed, valid] = p.p1[kind];
    previous[`P1.${kind}.valid`] = valid - issued + repealed;
  }
  previous["R1.tot"] = 1n;
  return { values, previous };
}

/** A fixed valid table: every outcome leaf 1, R4 2, R2 1, so per column R3.7 = 21 and R1 = 22. */
const fixed = build({
  outcome: () => 1n,
  r4: () => 2n,
  r2: () => 1n,
  review: () => 1n,
  p1: { reg: [2n, 1n, 10n], norm: [5n, 0n, 20n] },
  p8: 12345n, // 1.2345 万元
  fees: [2n, 20000n, 10000n], // 2 件, 200.00 元, 100.00 元
});
const base = fixed.values;
const prev = fixed.previous;

const n = (max: number, min = 0) => fc.bigInt({ min: BigInt(min), max: BigInt(max) });
const validTable = fc
  .record({
    outcome: fc.array(n(60), { minLength: 6 * 21, maxLength: 6 * 21 }),
    r4: fc.array(n(30), { minLength: 6, maxLength: 6 }),
    r2: fc.array(n(200), { minLength: 6, maxLength: 6 }),
    review: fc.array(n(9), { minLength: 12, maxLength: 12 }),
    p1: fc.array(fc.tuple(n(100), n(100), n(100)), { minLength: 2, maxLength: 2 }),
    p8: n(10 ** 9),
    f1: n(50, 1),
    f2: n(10 ** 8),
    f3: n(10 ** 8),
  })
  .map((r) =>
    build({
      // R3.1.np ≥ 1 so the unit always has applications (review_no_apply stays silent).
      outcome: (c, row) => r.outcome[cols.indexOf(c as never) * 21 + leafRows.indexOf(row)]! + (c === "np" && row === "R3.1" ? 1n : 0n),
      r4: (c) => r.r4[cols.indexOf(c as never)]!,
      r2: (c) => r.r2[cols.indexOf(c as never)]!,
      review: (g, o) => r.review[groups.indexOf(g as never) * 4 + outcomes.indexOf(o as never)]!,
      p1: Object.fromEntries(
        (["reg", "norm"] as const).map((k, i) => {
          const [prevValid, issued, rep] = r.p1[i]!;
          const repealed = rep > prevValid + issued ? prevValid + issued : rep;
          return [k, [issued, repealed, prevValid + issued - repealed]];
        }),
      ) as Parts["p1"],
      p8: r.p8,
      fees: [r.f1, r.f2, [r.f3, r.f2, r.p8 * 100n].reduce((a, b) => (a < b ? a : b))],
    }),
  );

const brief = (issues: Issue[]) => issues.map((i) => ({ key: i.key, severity: i.severity, message: i.message }));
const run = (changes: CellValues, ctx: EvaluateContext, ruleId: string) =>
  brief(evaluateRules(t, { ...base, ...changes }, ctx).filter((i) => i.ruleId === ruleId));

describe("a valid table", () => {
  test("the fixed table trips nothing, with its previous year", () => {
    expect(evaluateRules(t, base, { previous: prev })).toEqual([]);
    expect(base["R3.7.np"]).toEqual(21n);
    expect(base["R1.np"]).toEqual(22n);
    expect(base["R3.7.tot"]).toEqual(126n);
    expect(base["AR.total"]).toEqual(4n);
  });

  test("property: random consistent tables trip nothing", () => {
    fc.assert(
      fc.property(validTable, ({ values, previous }) => {
        expect(evaluateRules(t, values, { previous, change: noChange })).toEqual([]);
        expect(Object.values(values).every((v) => v >= 0n)).toBe(true);
        expect(Object.keys(values).length).toEqual(203);
      }),
    );
  });

  test("property: one extra R4 case in a column breaks that column's balance by exactly that much", () => {
    fc.assert(
      fc.property(validTable, fc.constantFrom(...cols), n(1000, 1), ({ values }, c, d) => {
        const broken = { ...values, [`R4.${c}`]: values[`R4.${c}`]! + d };
        const issues = evaluateRules(t, broken).filter((i) => i.ruleId === "balance");
        const name = colNames[c];
        const left = values[`R1.${c}`]! + values[`R2.${c}`]!;
        expect(brief(issues)).toEqual([
          {
            key: `balance[${c}]`,
            severity: "hard",
            message: `${name}·本年新收、上年结转之和为${left}，但${name}·办理结果总计、结转下年度之和为${left + d}，相差${d}。`,
          },
        ]);
        expect(issues[0]!.cells).toEqual([`R1.${c}`, `R2.${c}`, `R3.7.${c}`, `R4.${c}`]);
      }),
    );
  });
});

const outcomeNames = [
  "予以公开", "部分公开",
  "不予公开·属于国家秘密", "不予公开·法律行政法规禁止", "不予公开·危及三安全一稳定", "不予公开·保护第三方权益",
  "不予公开·内部事务信息", "不予公开·过程性信息", "不予公开·行政执法案卷", "不予公开·行政查询事项",
  "无法提供·本机关不掌握", "无法提供·需另行制作", "无法提供·补正后仍不明确",
  "不予处理·信访举报投诉", "不予处理·重复申请", "不予处理·要求提供公开出版物", "不予处理·大量反复申请", "不予处理·要求确认或重新出具",
  "其他处理·逾期不补正", "其他处理·逾期未缴费", "其他处理·其他",
].join("、");

describe("each rule fires on a table broken for it", () => {
  test.each<{ label: string; ruleId: string; changes: CellValues; ctx: EvaluateContext; issues: { key: string; severity: string; message: string }[] }>([
    {
      label: "balance: R4.np 3 too high",
      ruleId: "balance",
      changes: { "R4.np": 5n },
      ctx: { previous: prev },
      issues: [{ key: "balance[np]", severity: "hard", message: "自然人·本年新收、上年结转之和为23，但自然人·办理结果总计、结转下年度之和为26，相差3。" }],
    },
    {
      label: "balance: the 总计 column",
      ruleId: "balance",
      changes: { "R2.tot": 10n },
      ctx: { previous: prev },
      issues: [{ key: "balance[tot]", severity: "hard", message: "总计·本年新收、上年结转之和为142，但总计·办理结果总计、结转下年度之和为138，相差4。" }],
    },
    {
      label: "outcome_sum: R3.7.biz one short",
      ruleId: "outcome_sum",
      changes: { "R3.7.biz": 20n },
      ctx: {},
      issues: [{ key: "outcome_sum[biz]", severity: "hard", message: `商业企业·办理结果总计（R3.7.biz）为20，但商业企业·${outcomeNames}之和为21，相差1。` }],
    },
    {
      label: "requester_sum: R2.tot one too many",
      ruleId: "requester_sum",
      changes: { "R2.tot": 7n },
      ctx: {},
      issues: [{ key: "requester_sum[R2]", severity: "hard", message: "总计·上年结转（R2.tot）为7，但自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他组织·上年结转之和为6，相差1。" }],
    },
    {
      label: "requester_sum: a grid row in 三",
      ruleId: "requester_sum",
      changes: { "R3.3.4.law": 4n },
      ctx: {},
      issues: [{ key: "requester_sum[R3.3.4]", severity: "hard", message: "总计·不予公开·保护第三方权益（R3.3.4.tot）为6，但自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他组织·不予公开·保护第三方权益之和为9，相差3。" }],
    },
    {
      label: "ar_sum",
      ruleId: "ar_sum",
      changes: { "AR.total": 5n },
      ctx: {},
      issues: [{ key: "ar_sum", severity: "hard", message: "行政复议·总计（AR.total）为5，但行政复议·结果维持、结果纠正、其他结果、尚未审结之和为4，相差1。" }],
    },
    {
      label: "ld_sum",
      ruleId: "ld_sum",
      changes: { "LD.upheld": 3n },
      ctx: {},
      issues: [{ key: "ld_sum", severity: "hard", message: "未经复议直接起诉·总计（LD.total）为4，但未经复议直接起诉·结果维持、结果纠正、其他结果、尚未审结之和为6，相差2。" }],
    },
    {
      label: "la_sum",
      ruleId: "la_sum",
      changes: { "LA.total": 0n },
      ctx: {},
      issues: [{ key: "la_sum", severity: "hard", message: "复议后起诉·总计（LA.total）为0，但复议后起诉·结果维持、结果纠正、其他结果、尚未审结之和为4，相差4。" }],
    },
    {
      label: "fee_paid: F3 above F2",
      ruleId: "fee_paid",
      changes: { F3: 30000n },
      ctx: {},
      issues: [{ key: "fee_paid", severity: "hard", message: "实收信息处理费（F3）为300.00，但收费通知金额（F2）为200.00，超出100.00。" }],
    },
    {
      label: "carry: a warning to explain when last year's R4 differs",
      ruleId: "carry",
      changes: {},
      ctx: { previous: { ...prev, "R4.np": 7n } },
      issues: [{ key: "carry[np]", severity: "warning", message: "自然人·上年结转（R2.np）为1，上年自然人·结转下年度（R4.np）为7，相差6。如因机构改革、上年数据有误等原因不一致，请说明。" }],
    },
    {
      label: "p1_valid: valid ≠ last year + issued − repealed",
      ruleId: "p1_valid",
      changes: { "P1.reg.valid": 12n },
      ctx: { previous: prev },
      issues: [{ key: "p1_valid[P1.reg]", severity: "warning", message: "现行有效·规章（P1.reg.valid）为12，但上年现行有效·规章加本年制发·规章减本年废止·规章为10，相差2。" }],
    },
    {
      label: "review_no_apply: cases but no applications, no previous year",
      ruleId: "review_no_apply",
      changes: { "R1.tot": 0n, "R2.tot": 0n },
      ctx: {},
      issues: [{ key: "review_no_apply", severity: "warning", message: "有复议诉讼案件但本年和上年均无申请：行政复议、未经复议直接起诉、复议后起诉·总计之和为12，但总计·本年新收、总计·上年结转、上年总计·本年新收之和为0。" }],
    },
    {
      label: "review_no_apply: none last year either",
      ruleId: "review_no_apply",
      changes: { "R1.tot": 0n, "R2.tot": 0n },
      ctx: { previous: { "R1.tot": 0n } },
      issues: [{ key: "review_no_apply", severity: "warning", message: "有复议诉讼案件但本年和上年均无申请：行政复议、未经复议直接起诉、复议后起诉·总计之和为12，但总计·本年新收、总计·上年结转、上年总计·本年新收之和为0。" }],
    },
    {
      label: "fee_notice: dropped for unpaid fees without a fee notice",
      ruleId: "fee_notice",
      changes: { F1: 0n },
      ctx: {},
      issues: [{ key: "fee_notice", severity: "warning", message: "因未缴费不再处理但未发出收费通知：总计·其他处理·逾期未缴费（R3.6.2.tot）为6，但收费通知件数（F1）为0。" }],
    },
    {
      label: "change: a list cell",
      ruleId: "change",
      changes: {},
      ctx: { previous: { ...prev, "P5.license": 30n } },
      issues: [{ key: "change[P5.license]", severity: "warning", message: "行政许可处理决定（P5.license）为100，上年为30，超过上年的3倍，请核实或说明。" }],
    },
    {
      label: "change: a grid cell is named 自然人·本年新收（R1.np）",
      ruleId: "change",
      changes: {},
      ctx: { previous: { "R1.np": 5n }, change: { factorNum: 3n, factorDen: 1n, minimum: 10n } },
      issues: [{ key: "change[R1.np]", severity: "warning", message: "自然人·本年新收（R1.np）为22，上年为5，超过上年的3倍，请核实或说明。" }],
    },
    {
      label: "change: P8.fee compares at scale 4 (minimum 100 万元)",
      ruleId: "change",
      changes: { "P8.fee": 4000001n },
      ctx: { previous: { "P8.fee": 1000000n } },
      issues: [{ key: "change[P8.fee]", severity: "warning", message: "行政事业性收费金额（P8.fee）为400.0001，上年为100.0000，超过上年的3倍，请核实或说明。" }],
    },
  ])("$label", ({ ruleId, changes, ctx, issues }) => {
    expect(run(changes, ctx, ruleId)).toEqual(issues);
    expect(run({}, { previous: prev }, ruleId)).toEqual([]);
  });

  test("every rule id of the template is covered here", () => {
    expect([...new Set(t.rules.map((r) => r.ruleId))]).toEqual([
      "balance", "outcome_sum", "requester_sum", "ar_sum", "ld_sum", "la_sum", "fee_paid", "fee_p8",
      "carry", "p1_valid", "reg_rule_making", "review_no_apply", "fee_notice", "change",
    ]);
  });
});

describe("carry (R2 = last year's R4)", () => {
  const zeroR2: CellValues = Object.fromEntries([...cols, "tot"].flatMap((c) => [[`R2.${c}`, 0n], [`R1.${c}`, base[`R1.${c}`]! + base[`R2.${c}`]!]]));

  test("warning for every column when there is no previous year and R2 ≠ 0", () => {
    const issues = run({}, {}, "carry");
    expect(issues.map((i) => [i.key, i.severity])).toEqual([...cols, "tot"].map((c) => [`carry[${c}]`, "warning"]));
    expect(issues[0]!.message).toEqual("自然人·上年结转（R2.np）为1，但系统中没有上年数据，无法核对“上年结转等于上年结转下年度”，请说明。");
    expect(issues[6]!.message).toEqual("总计·上年结转（R2.tot）为6，但系统中没有上年数据，无法核对“上年结转等于上年结转下年度”，请说明。");
  });

  test("silent when there is no previous year and R2 = 0", () => {
    expect(evaluateRules(t, { ...base, ...zeroR2 })).toEqual([]);
  });

  test("a previous year without that cell counts as missing", () => {
    const { "R4.np": _, ...partial } = prev;
    expect(run({}, { previous: partial }, "carry").map((i) => [i.key, i.severity])).toEqual([["carry[np]", "warning"]]);
  });

  test.each([
    { label: "R2 below last year's R4", r2: 5n, r4: 7n, message: "总计·上年结转（R2.tot）为5，上年总计·结转下年度（R4.tot）为7，相差2。如因机构改革、上年数据有误等原因不一致，请说明。" },
    { label: "R2 above last year's R4", r2: 9n, r4: 0n, message: "总计·上年结转（R2.tot）为9，上年总计·结转下年度（R4.tot）为0，相差9。如因机构改革、上年数据有误等原因不一致，请说明。" },
  ])("a warning (not a hard rule) with the exact difference when the previous year exists: $label", ({ r2, r4, message }) => {
    const issues = evaluateRules(t, { "R2.tot": r2 }, { previous: { "R4.tot": r4 } }).filter((i) => i.ruleId === "carry");
    expect(issues).toEqual([{ key: "carry[tot]", ruleId: "carry", severity: "warning", label: "上年结转等于上年结转下年度", cells: ["R2.tot"], message }]);
  });

  test("silent when R2 equals last year's R4", () => {
    expect(evaluateRules(t, { "R2.tot": 7n }, { previous: { "R4.tot": 7n } }).filter((i) => i.ruleId === "carry")).toEqual([]);
  });
});

describe("implied rules and missing years", () => {
  test.each([
    { label: "p1_valid is skipped without a previous year", changes: { "P1.reg.valid": 999n }, ctx: {}, ruleId: "p1_valid" },
    { label: "review_no_apply is silent when last year had applications", changes: { "R1.tot": 0n, "R2.tot": 0n }, ctx: { previous: { "R1.tot": 3n } }, ruleId: "review_no_apply" },
    { label: "review_no_apply is silent without cases", changes: { "R1.tot": 0n, "R2.tot": 0n, "AR.total": 0n, "LD.total": 0n, "LA.total": 0n }, ctx: {}, ruleId: "review_no_apply" },
    { label: "fee_notice is silent when nothing was dropped for fees", changes: { F1: 0n, "R3.6.2.tot": 0n }, ctx: {}, ruleId: "fee_notice" },
    { label: "fee_notice is unchecked while F1 is blank", changes: { F1: undefined as unknown as bigint }, ctx: {}, ruleId: "fee_notice" },
  ])("$label", ({ changes, ctx, ruleId }) => {
    const values = Object.fromEntries(Object.entries({ ...base, ...changes }).filter(([, v]) => v !== undefined));
    expect(brief(evaluateRules(t, values, ctx).filter((i) => i.ruleId === ruleId))).toEqual([]);
  });
});

describe("fee_p8: F3 (元, scale 2) ≤ P8.fee (万元, scale 4) x 10000", () => {
  test.each([
    { label: "10000.00 元 against 1.0000 万元 passes", f3: 1000000n, p8: 10000n, fires: false },
    { label: "10000.01 元 against 1.0000 万元 fails", f3: 1000001n, p8: 10000n, fires: true },
    { label: "0.01 元 against 0 万元 fails", f3: 1n, p8: 0n, fires: true },
    { label: "0.01 元 against 0.0001 万元 (1 元) passes", f3: 1n, p8: 1n, fires: false },
    { label: "1.00 元 against 0.0001 万元 passes", f3: 100n, p8: 1n, fires: false },
    { label: "1.01 元 against 0.0001 万元 fails", f3: 101n, p8: 1n, fires: true },
  ])("$label", ({ f3, p8, fires }) => {
    const issues = run({ F3: f3, F2: 10n ** 12n, "P8.fee": p8 }, {}, "fee_p8");
    expect(issues.map((i) => [i.key, i.severity])).toEqual(fires ? [["fee_p8", "hard"]] : []);
  });

  test("the message names F3 and P8.fee and the difference", () => {
    const [issue] = run({ F3: 1000001n, F2: 10n ** 12n, "P8.fee": 10000n }, {}, "fee_p8");
    expect(issue!.message).toContain("（F3）");
    expect(issue!.message).toContain("（P8.fee）");
    expect(issue!.message).toMatch(/超出0\.01(00)?。$/);
  });

  test("property: fires exactly when F3 in 分 exceeds P8.fee in 0.0001 万元 (= 元) x 100", () => {
    fc.assert(
      fc.property(n(10 ** 10), n(10 ** 10), (f3, p8) => {
        const fired = run({ F3: f3, F2: 10n ** 12n, "P8.fee": p8 }, {}, "fee_p8").length === 1;
        expect(fired).toEqual(f3 > p8 * 100n);
      }),
    );
  });
});
