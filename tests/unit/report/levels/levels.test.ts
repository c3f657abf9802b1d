import { describe, expect, test } from "vitest";
import { buildReportDocument, runsText, type ReportDocument } from "@/lib/report";
import { roster, totalsFor, tree, ZERO_UNIT } from "./tree";

type TemplateId = "gov-disclosure-2018" | "gov-disclosure-2021";
const data = { "gov-disclosure-2018": totalsFor("gov-disclosure-2018"), "gov-disclosure-2021": totalsFor("gov-disclosure-2021") };
const YEAR: Record<TemplateId, number> = { "gov-disclosure-2018": 2018, "gov-disclosure-2021": 2021 };

function build(templateId: TemplateId, code: string): ReportDocument {
  const { template, totals } = data[templateId];
  const name = roster.find((n) => n.code === code)!.name;
  const compiled = (tree.children.get(tree.byCode.get(code)!.orgId)?.length ?? 0) > 0;
  return buildReportDocument({
    template,
    year: YEAR[templateId],
    orgCode: code,
    tree,
    totals,
    previous: null,
    // A compiling office names itself and its sources, as the preface asks.
    fields: compiled ? { unitName: name, compiler: `${name}政府信息公开工作主管部门`, sources: "各下级单位" } : { unitName: name },
  });
}

const body = (doc: ReportDocument) => doc.blocks.flatMap((b) => (b.kind === "paragraph" && b.role === "body" ? [runsText(b.runs)] : [])).join("\n");
const hasPie = (doc: ReportDocument) => doc.blocks.some((b) => b.kind === "chart" && b.chart.kind === "pie");

/** Sentences only a compiled report has; a unit's own report never prints them. */
const COMPILED_ONLY = [/编制而成/, /各受理单位/, /居前\d位/, /从申请分布看/, /其中，[^。]*本级/, /各级行政机关/];
/** Never, at any level: a share of 0, the court's side in 2021, the unit's words as placeholders. */
const NEVER = [/占(总数)?0\.00%/, /\{\w+\}/, /null|undefined|NaN/];

type Case = { level: string; code: string; subject: string; has: RegExp[]; lacks?: RegExp[]; pie: boolean };

const CASES_2021: Case[] = [
  {
    level: "region (区直部门 and 盟市)",
    code: "150000",
    subject: "全区",
    pie: true,
    has: [/编制而成/, /从申请分布看，自治区本级\d+件；盟市\d+件。/, /区直部门新收申请数居前\d位的是/, /盟市新收申请数居前3位的是/],
  },
  {
    level: "市 with 市政府办公室, 市直部门 and 旗县区",
    code: "150100",
    subject: "全市",
    pie: true,
    has: [/从申请分布看，市政府\d+件；市直部门\d+件；旗县区\d+件。/, /市直部门新收申请数居前1位的是呼和浩特市教育局。/, /旗县区新收申请数居前3位的是/],
  },
  { level: "市 with 区 only", code: "150300", subject: "全市", pie: false, has: [/各区新收申请数居前3位的是/], lacks: [/从申请分布看/, /市直部门/] },
  { level: "盟 (行政公署) with 旗县市", code: "152200", subject: "全盟", pie: false, has: [/旗县市新收申请数居前3位的是/], lacks: [/从申请分布看/] },
  {
    level: "旗 with 旗直部门 and 苏木镇",
    code: "152221",
    subject: "全旗",
    pie: true,
    has: [/从申请分布看，旗本级\d+件；苏木镇\d+件。/, /旗直部门新收申请数居前1位的是科尔沁右翼前旗教育局。/, /苏木镇新收申请数居前2位的是/],
  },
  { level: "苏木", code: "152221-102", subject: "我苏木", pie: false, has: [/要求编制。/], lacks: COMPILED_ONLY },
  { level: "department (厅)", code: "150000-02", subject: "我厅", pie: false, has: [/要求编制。/], lacks: COMPILED_ONLY },
  { level: "department of a 市 (局)", code: "150100-02", subject: "我局", pie: false, has: [/要求编制。/], lacks: COMPILED_ONLY },
];

describe("the 2021 outline, worded for each level", () => {
  test.each(CASES_2021)("$level: $subject", ({ code, subject, has, lacks = [], pie }) => {
    const doc = build("gov-disclosure-2021", code);
    const text = body(doc);
    expect(text).toMatch(new RegExp(`2021年，${subject}共收办政府信息公开申请\\d+件`));
    expect(text).toMatch(new RegExp(`2021年，${subject}(因政府信息公开工作被申请行政复议\\d+件(、被提起行政诉讼\\d+件|，未被提起行政诉讼)|未因政府信息公开工作被申请行政复议，被提起行政诉讼\\d+件)。`));
    expect(text).not.toMatch(/(被申请行政复议|被提起行政诉讼)0件/);
    for (const re of has) expect(text).toMatch(re);
    for (const re of [...lacks, ...NEVER, /审理/]) expect(text).not.toMatch(re);
    expect(hasPie(doc)).toBe(pie);
  });

  test("a unit with nothing to report: each part's zero sentence, no share, no count of 0 carried", () => {
    const text = body(build("gov-disclosure-2021", ZERO_UNIT));
    expect(text).toContain("2021年，我局未制发、废止规章和行政规范性文件，无现行有效的规章和行政规范性文件。未作出行政许可、行政处罚、行政强制决定，未收取行政事业性收费。");
    expect(text).toContain("2021年，我局全年未收到政府信息公开申请。");
    expect(text).toContain("2021年，我局未发生因政府信息公开引发的行政复议、行政诉讼。");
    expect(text).toContain("2021年，我局未发出政府信息公开信息处理费收费通知，未收取信息处理费。");
    for (const re of [/从申请人看/, /本年度办结申请/, /结转下年度/, /行政复议结果/, /行政诉讼中/, /%/]) expect(text).not.toMatch(re);
  });
});

const CASES_2018: Case[] = [
  {
    level: "region: the seed's sentences",
    code: "150000",
    subject: "全区",
    pie: true,
    has: [/其中，自治区本级\d+条，盟市\d+条。/, /其中，自治区本级受理申请\d+件；盟市受理申请\d+件。/, /区直机关申请量居前\d位的是/, /全区各级法院审理政府信息公开行政诉讼案件\d+件。/, /占总数\d+\.\d\d%/, /各受理单位在依申请提供政府信息中，未收取任何费用。/],
  },
  {
    level: "市 with 市政府办公室, 市直部门 and 旗县区",
    code: "150100",
    subject: "全市",
    pie: true,
    has: [/其中，市政府\d+条，市直部门\d+条，旗县区\d+条。/, /市直部门申请量居前1位的是呼和浩特市教育局。/, /旗县区申请量居前3位的是/, /全市因政府信息公开工作被提起行政诉讼\d+件。/],
    lacks: [/审理/, /占总数/, /区直机关/],
  },
  { level: "市 with 区 only", code: "150300", subject: "全市", pie: false, has: [/各区申请量居前3位的是/], lacks: [/其中，[^。]*本级/, /审理/] },
  { level: "盟 (行政公署)", code: "152200", subject: "全盟", pie: false, has: [/旗县市申请量居前3位的是/], lacks: [/审理/] },
  { level: "旗 with 旗直部门 and 苏木镇", code: "152221", subject: "全旗", pie: true, has: [/其中，旗本级\d+条，苏木镇\d+条。/, /旗直部门申请量居前1位的是/], lacks: [/审理/] },
  { level: "苏木", code: "152221-102", subject: "我苏木", pie: false, has: [/我苏木在依申请提供政府信息中，未收取任何费用。/], lacks: [...COMPILED_ONLY, /审理/] },
  {
    level: "department",
    code: "150000-02",
    subject: "我厅",
    pie: false,
    has: [/我厅因政府信息公开工作被申请行政复议\d+件。其中，维持具体行政行为\d+件，占\d+\.\d\d%/, /我厅在依申请提供政府信息中，未收取任何费用。/],
    lacks: [...COMPILED_ONLY, /审理/, /占总数/],
  },
];

describe("the 2018 outline: the seed's words for the region's compiled report only", () => {
  test.each(CASES_2018)("$level: $subject", ({ code, subject, has, lacks = [], pie }) => {
    const doc = build("gov-disclosure-2018", code);
    const text = body(doc);
    expect(text).toMatch(new RegExp(`2018年，${subject}共受理政府信息公开申请\\d+件`));
    for (const re of has) expect(text).toMatch(re);
    for (const re of [...lacks, ...NEVER]) expect(text).not.toMatch(re);
    expect(hasPie(doc)).toBe(pie);
  });

  test("a unit with nothing to report", () => {
    const text = body(build("gov-disclosure-2018", ZERO_UNIT));
    for (const s of ["2018年，我局未主动公开政府信息。", "2018年，我局全年未收到政府信息公开申请。", "我局全年无需答复的政府信息公开申请。", "我局未发生政府信息公开行政复议案件。", "我局未发生政府信息公开行政诉讼案件。", "我局全年未收到政府信息公开工作举报投诉。"]) {
      expect(text).toContain(s);
    }
    expect(text).not.toMatch(/%/);
  });
});

describe("counts of nothing are not printed as 0", () => {
  const { template, totals } = data["gov-disclosure-2021"];
  const dept = tree.byCode.get("150000-02")!.orgId;
  const withDept = (v: Record<string, bigint>) => new Map([...totals, [dept, { ...totals.get(dept)!, ...v }]]);
  const text = (v: Record<string, bigint>) =>
    body(buildReportDocument({ template, year: 2021, orgCode: "150000-02", tree, totals: withDept(v), previous: null, fields: { unitName: "自治区教育厅" } }));
  const noReg = { "P1.reg.issued": 0n, "P1.reg.repealed": 0n, "P1.reg.valid": 0n };
  const noLitigation = Object.fromEntries(["LD", "LA"].flatMap((g) => ["upheld", "corrected", "other", "pending", "total"].map((k) => [`${g}.${k}`, 0n])));
  const noReview = Object.fromEntries(["upheld", "corrected", "other", "pending", "total"].map((k) => [`AR.${k}`, 0n]));

  test.each([
    { label: "no 规章: 行政规范性文件 only", values: noReg, has: /2021年，我厅制发行政规范性文件\d+件，废止\d+件，现行有效\d+件。/, lacks: /规章/ },
    { label: "复议 only", values: noLitigation, has: /我厅因政府信息公开工作被申请行政复议\d+件，未被提起行政诉讼。/, lacks: /行政诉讼中/ },
    { label: "诉讼 only", values: noReview, has: /我厅未因政府信息公开工作被申请行政复议，被提起行政诉讼\d+件。/, lacks: /行政复议结果/ },
  ])("$label", ({ values, has, lacks }) => {
    const t = text(values);
    expect(t).toMatch(has);
    expect(t.split("\n").filter((l) => /^2021年，我厅(制发|因|未因)/.test(l)).join("")).not.toMatch(lacks);
  });
});

describe("the office's words replace the defaults", () => {
  test("乌海市's children named 区 by the office, the subject 我市", () => {
    const { template, totals } = data["gov-disclosure-2021"];
    const doc = buildReportDocument({
      template,
      year: 2021,
      orgCode: "150300",
      tree,
      totals,
      previous: null,
      fields: { unitName: "乌海市" },
      wording: { subject: "我市", childrenLabel: "各区（县）" },
    });
    const text = body(doc);
    expect(text).toMatch(/2021年，我市共收办政府信息公开申请\d+件/);
    expect(text).toMatch(/各区（县）新收申请数居前3位的是/);
  });
});
