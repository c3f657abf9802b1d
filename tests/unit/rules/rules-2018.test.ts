import { describe, test, expect } from "vitest";
import { getTemplate } from "@/lib/templates";
import { computeSums, evaluateRules, missingCells, type ChangeThreshold, type Issue } from "@/lib/rules";
import type { CellValues } from "@/lib/values";
import { loadTotals } from "../helpers/imar";

const t = getTemplate("gov-disclosure-2018");
/** The region's 2018 totals (the seed's 附表): every hard rule holds, A2-ge trips. */
const totals = loadTotals(t, 2018);
/** The totals with A2.5 raised by the shortfall, so every rule holds. */
const valid: CellValues = { ...totals, "A2.5": totals["A2.5"]! + 365060n };

const brief = (issues: Issue[]) => issues.map((i) => ({ key: i.key, severity: i.severity, message: i.message }));
const without = (values: CellValues, ...codes: string[]) => Object.fromEntries(Object.entries(values).filter(([c]) => !codes.includes(c)));

describe("the seed's totals", () => {
  test("trip exactly the A2-ge warning (channels below A1, as in the seed)", () => {
    expect(evaluateRules(t, totals).map((i) => ({ ...i }))).toEqual([
      {
        key: "A2-ge",
        ruleId: "A2-ge",
        severity: "warning",
        label: "各渠道公开数之和不少于主动公开数",
        cells: ["A2.1", "A2.2", "A2.3", "A2.4", "A2.5", "A1"],
        message: "政府公报、政府网站、政务微博、政务微信、其他方式公开政府信息数之和为3858114，但主动公开政府信息数（A1）为4223174，少365060。",
      },
    ]);
  });

  test("against 2017 trip no change warning (all moves within a factor of 3)", () => {
    expect(evaluateRules(t, totals, { previous: loadTotals(t, 2017) }).map((i) => i.key)).toEqual(["A2-ge"]);
  });

  test("with the shortfall made up nothing fires", () => {
    expect(evaluateRules(t, valid)).toEqual([]);
  });
});

describe("each rule fires with its message on a table broken for it", () => {
  test.each<{ label: string; ruleId: string; change: CellValues; severity: string; message: string }>([
    {
      label: "C1-sum: the exact message for C1 = 120 vs parts 118",
      ruleId: "C1-sum",
      change: { "C1.1": 20n, "C1.2": 0n, "C1.3": 48n, "C1.4": 50n, C1: 120n, C2: 120n, "C2.1": 120n, "C2.2": 0n },
      severity: "hard",
      message: "收到申请数（C1）为120，但当面、传真、网络、信函申请数之和为118，相差2。",
    },
    {
      label: "C1-sum: C1 below its parts",
      ruleId: "C1-sum",
      change: { C1: 1480n },
      severity: "hard",
      message: "收到申请数（C1）为1480，但当面、传真、网络、信函申请数之和为1485，相差5。",
    },
    {
      label: "C2-sum",
      ruleId: "C2-sum",
      change: { "C2.2": 60n },
      severity: "hard",
      message: "申请办结数（C2）为1485，但按时、延期办结数之和为1484，相差1。",
    },
    {
      label: "C3.4-sum",
      ruleId: "C3.4-sum",
      change: { "C3.4.5": 90n },
      severity: "hard",
      message: "不同意公开答复数（C3.4）为129，但涉及国家秘密、涉及商业秘密、涉及个人隐私、危及“三安全一稳定”、不是《条例》所指政府信息、法律法规规定的其他情形之和为135，相差6。",
    },
    {
      label: "C3-sum",
      ruleId: "C3-sum",
      change: { C3: 1486n },
      severity: "hard",
      message: "申请答复数（C3）为1486，但属于已主动公开范围数、同意公开答复数、同意部分公开答复数、不同意公开答复数、不属于本行政机关公开数、申请信息不存在数、告知作出更改补充数、告知通过转其他途径办理数之和为1485，相差1。",
    },
    {
      label: "D-sum",
      ruleId: "D-sum",
      change: { D: 60n },
      severity: "hard",
      message: "行政复议数量（D）为60，但维持具体行政行为数、复议被依法纠错数、复议其他情形数之和为65，相差5。",
    },
    {
      label: "E-sum",
      ruleId: "E-sum",
      change: { E3: 21n },
      severity: "hard",
      message: "行政诉讼数量（E）为51，但诉讼维持或驳回数、诉讼被依法纠错数、诉讼其他情形数之和为61，相差10。",
    },
    {
      label: "H3-sum",
      ruleId: "H3-sum",
      change: { H3: 1700n },
      severity: "hard",
      message: "从事政府信息公开工作人员数（H3）为1700，但专职、兼职人员数之和为1714，相差14。",
    },
    {
      label: "B2.1a-le",
      ruleId: "B2.1a-le",
      change: { "B2.1a": 900n },
      severity: "hard",
      message: "主要负责同志参加新闻发布会次数（B2.1a）为900，但参加或举办新闻发布会总次数（B2.1）为891，超出9。",
    },
    {
      label: "B2.2a-le",
      ruleId: "B2.2a-le",
      change: { "B2.2a": 701n },
      severity: "hard",
      message: "主要负责同志参加政府网站在线访谈数（B2.2a）为701，但政府网站在线访谈次数（B2.2）为700，超出1。",
    },
    {
      label: "A1a-le",
      ruleId: "A1a-le",
      change: { A1a: 1400n },
      severity: "warning",
      message: "主动公开规范性文件数（A1a）为1400，但制发规范性文件总数（A1b）为1396，超出4。",
    },
    {
      label: "A2-ge",
      ruleId: "A2-ge",
      change: { A1: 4223175n },
      severity: "warning",
      message: "政府公报、政府网站、政务微博、政务微信、其他方式公开政府信息数之和为4223174，但主动公开政府信息数（A1）为4223175，少1。",
    },
    {
      label: "C2-eq-C1",
      ruleId: "C2-eq-C1",
      change: { "C2.2": 60n, C2: 1484n },
      severity: "warning",
      message: "申请办结数（C2）为1484，但收到申请数（C1）为1485，相差1。",
    },
    {
      label: "C3-eq-C2",
      ruleId: "C3-eq-C2",
      change: { "C3.8": 100n, C3: 1496n },
      severity: "warning",
      message: "申请答复数（C3）为1496，但申请办结数（C2）为1485，相差11。",
    },
  ])("$label", ({ ruleId, change, severity, message }) => {
    const issues = evaluateRules(t, { ...valid, ...change });
    expect(brief(issues.filter((i) => i.ruleId === ruleId))).toEqual([{ key: ruleId, severity, message }]);
    expect(evaluateRules(t, valid).filter((i) => i.ruleId === ruleId)).toEqual([]);
  });

  test("a sum rule's cells are the sum first, then its parts", () => {
    const [issue] = evaluateRules(t, { ...valid, C1: 1n }).filter((i) => i.ruleId === "C1-sum");
    expect(issue!.cells).toEqual(["C1", "C1.1", "C1.2", "C1.3", "C1.4"]);
  });

  test("every rule of the template is covered here", () => {
    expect(t.rules.map((r) => r.ruleId)).toEqual([
      "C1-sum", "C2-sum", "C3.4-sum", "C3-sum", "D-sum", "E-sum", "H3-sum",
      "B2.1a-le", "B2.2a-le", "A1a-le", "A2-ge", "C2-eq-C1", "C3-eq-C2", "change",
    ]);
  });
});

describe("blank cells leave a rule unchecked", () => {
  test.each<{ label: string; values: CellValues; ruleId: string }>([
    { label: "C1-sum with a blank part", values: { ...without(valid, "C1.4"), C1: 9999n }, ruleId: "C1-sum" },
    { label: "C1-sum with a blank sum", values: { ...without(valid, "C1"), "C1.1": 9999n }, ruleId: "C1-sum" },
    { label: "B2.1a-le with B2.1 blank", values: { ...without(valid, "B2.1"), "B2.1a": 9999n }, ruleId: "B2.1a-le" },
    { label: "A2-ge with A2.3 blank", values: { ...without(valid, "A2.3"), A1: 10n ** 9n }, ruleId: "A2-ge" },
    { label: "C3-eq-C2 with C3 blank", values: { ...without(valid, "C3"), C2: 1n }, ruleId: "C3-eq-C2" },
  ])("$label", ({ values, ruleId }) => {
    expect(evaluateRules(t, values).filter((i) => i.ruleId === ruleId)).toEqual([]);
  });

  test("an empty table trips nothing", () => {
    expect(evaluateRules(t, {})).toEqual([]);
  });
});

describe("the change rule", () => {
  const def: ChangeThreshold = { factorNum: 3n, factorDen: 1n, minimum: 100n };
  const custom: ChangeThreshold = { factorNum: 2n, factorDen: 1n, minimum: 50n };
  const msg = (x: string, y: string, what: string) => `主动公开政府信息数（A1）为${x}，上年为${y}，${what}，请核实或说明。`;

  test.each<{ label: string; x: bigint; y: bigint; threshold: ChangeThreshold | undefined; message: string | null }>([
    { label: "default: x > 3y fires", x: 301n, y: 100n, threshold: undefined, message: msg("301", "100", "超过上年的3倍") },
    { label: "default: x = 3y does not", x: 300n, y: 100n, threshold: undefined, message: null },
    { label: "default: x < y/3 fires", x: 33n, y: 100n, threshold: undefined, message: msg("33", "100", "不足上年的1/3") },
    { label: "default: x = y/3 does not", x: 100n, y: 300n, threshold: undefined, message: null },
    { label: "default: x just above y/3 does not", x: 34n, y: 100n, threshold: undefined, message: null },
    { label: "default: max(x, y) < 100 does not", x: 99n, y: 1n, threshold: undefined, message: null },
    { label: "default: max(x, y) = 100 does", x: 100n, y: 1n, threshold: undefined, message: msg("100", "1", "超过上年的3倍") },
    { label: "default: from 0 to 100 fires", x: 100n, y: 0n, threshold: undefined, message: msg("100", "0", "超过上年的3倍") },
    { label: "default: from 100 to 0 fires", x: 0n, y: 100n, threshold: undefined, message: msg("0", "100", "不足上年的1/3") },
    { label: "explicit default thresholds behave the same", x: 301n, y: 100n, threshold: def, message: msg("301", "100", "超过上年的3倍") },
    { label: "k=2: 2.5x fires", x: 250n, y: 100n, threshold: custom, message: msg("250", "100", "超过上年的2倍") },
    { label: "default: 2.5x does not", x: 250n, y: 100n, threshold: undefined, message: null },
    { label: "minimum 50: 60 vs 20 fires", x: 60n, y: 20n, threshold: custom, message: msg("60", "20", "超过上年的2倍") },
    { label: "minimum 100: 60 vs 20 does not", x: 60n, y: 20n, threshold: undefined, message: null },
    { label: "k=2: x = 2y does not", x: 200n, y: 100n, threshold: custom, message: null },
    { label: "k=2: x < y/2 fires", x: 49n, y: 100n, threshold: custom, message: msg("49", "100", "不足上年的1/2") },
    { label: "minimum 50: 49 vs 10 does not", x: 49n, y: 10n, threshold: custom, message: null },
    {
      label: "k=3/2 prints 1.50",
      x: 151n,
      y: 100n,
      threshold: { factorNum: 3n, factorDen: 2n, minimum: 100n },
      message: msg("151", "100", "超过上年的1.50倍"),
    },
  ])("$label", ({ x, y, threshold, message }) => {
    const issues = evaluateRules(t, { A1: x }, { previous: { A1: y }, change: threshold });
    expect(brief(issues)).toEqual(message === null ? [] : [{ key: "change[A1]", severity: "warning", message }]);
  });

  test("an amount compares at its scale and prints its decimals", () => {
    // H4 in 万元 at scale 2: minimum 100 means 100.00 万元.
    expect(brief(evaluateRules(t, { H4: 74545n }, { previous: { H4: 24848n } }))).toEqual([
      { key: "change[H4]", severity: "warning", message: "政府信息公开专项经费（H4）为745.45，上年为248.48，超过上年的3倍，请核实或说明。" },
    ]);
    expect(evaluateRules(t, { H4: 9999n }, { previous: { H4: 1n } })).toEqual([]);
  });

  test.each<{ label: string; values: CellValues; previous: CellValues | undefined }>([
    { label: "no previous year", values: { A1: 1000n }, previous: undefined },
    { label: "blank this year", values: {}, previous: { A1: 1000n } },
    { label: "blank last year", values: { A1: 1000n }, previous: { A1b: 1n } },
    { label: "a computed sum (C1) is not checked", values: { C1: 1000n }, previous: { C1: 10n } },
  ])("silent with $label", ({ values, previous }) => {
    expect(evaluateRules(t, values, { previous })).toEqual([]);
  });

  test("flags every moving cell, in template order", () => {
    const previous = { ...totals, A1: 1000000n, "C1.1": 751n, I2: 30n };
    expect(evaluateRules(t, valid, { previous }).map((i) => i.key)).toEqual(["change[A1]", "change[C1.1]", "change[I2]"]);
  });
});

describe("computeSums", () => {
  const sums = ["C1", "C2", "C3", "C3.4", "D", "E", "H3"];

  test("fills every sum of the valid table from its parts", () => {
    expect(computeSums(t, without(valid, ...sums))).toEqual(valid);
  });

  test.each<{ label: string; input: CellValues; output: CellValues }>([
    { label: "nothing filled", input: {}, output: {} },
    { label: "one channel: C1 from it, blanks count 0", input: { "C1.3": 5n }, output: { "C1.3": 5n, C1: 5n } },
    { label: "C3.4 first, then C3 from it", input: { "C3.4.1": 2n, "C3.4.5": 3n }, output: { "C3.4.1": 2n, "C3.4.5": 3n, "C3.4": 5n, C3: 5n } },
    { label: "a sum with all parts blank stays blank", input: { C1: 7n, "H3.1": 1n }, output: { "H3.1": 1n, H3: 1n } },
    { label: "a typed sum is overwritten by its parts", input: { D: 99n, D1: 1n, D2: 2n, D3: 3n }, output: { D: 6n, D1: 1n, D2: 2n, D3: 3n } },
    { label: "zeros are not blanks", input: { "E1": 0n }, output: { E1: 0n, E: 0n } },
  ])("$label", ({ input, output }) => {
    expect(computeSums(t, input)).toEqual(output);
  });

  test("does not change its input", () => {
    const input = { "C1.1": 1n };
    computeSums(t, input);
    expect(input).toEqual({ "C1.1": 1n });
  });
});

describe("missingCells", () => {
  test.each<{ label: string; values: CellValues; missing: string[] }>([
    { label: "a complete table", values: valid, missing: [] },
    { label: "G and C1.2 blank", values: without(valid, "G", "C1.2"), missing: ["C1.2", "G"] },
    { label: "a blank sum counts", values: without(valid, "C3"), missing: ["C3"] },
    { label: "zero is filled", values: { ...valid, F: 0n }, missing: [] },
  ])("$label", ({ values, missing }) => {
    expect(missingCells(t, values)).toEqual(missing);
  });

  test("an empty table misses all 58 cells", () => {
    expect(missingCells(t, {})).toEqual(t.cells.map((c) => c.code));
  });
});
