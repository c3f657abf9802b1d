import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe as suite, expect, test } from "vitest";
import { FIXTURES, runCli } from "../cli/run-cli";
import { SEED_FIELDS } from "../../unit/report/seed-fields";
import { SKIP_PDF_CHECKS, bboxLayout, compactText, numericRows, pdfFonts, pdfInfo, type Page } from "./pdf-tools";
import { fontProblems, linesStartingWithClosingMark, outsideTextBlock, pageNumberProblems } from "./layout-checks";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-report-2018-"));
const db = path.join(tmp, "report.db");
const pdf = path.join(tmp, "out", "report-2018.pdf");
const expected2018: Record<string, number | string> = JSON.parse(fs.readFileSync(path.join(FIXTURES, "totals-2018.json"), "utf8"));

function ok(args: string[], cwd?: string) {
  const r = runCli(db, args, cwd);
  expect(r.code, `cli ${args.join(" ")}: ${r.stderr}`).toBe(0);
  return r;
}

const describe = suite.skipIf(SKIP_PDF_CHECKS);

let stderr = "";
let text = "";
let pages: Page[] = [];

beforeAll(() => {
  if (SKIP_PDF_CHECKS) return;
  ok(["orgs:import", path.join(FIXTURES, "orgs.csv")]);
  for (const year of [2017, 2018]) {
    ok(["cycle:create", "--year", String(year), "--template", "gov-disclosure-2018"]);
    ok(["submissions:import", "--year", String(year), "--status", "approved", path.join(FIXTURES, `submissions-${year}.csv`)]);
  }
  const { unitName: _u, scope: _s, ...fields } = SEED_FIELDS;
  fs.writeFileSync(path.join(tmp, "fields.json"), JSON.stringify(fields));
  // Paths relative to where the user ran the command (INIT_CWD), not the repo root.
  const r = ok(["report", "--year", "2018", "--org", "150000", "--out", "out/report-2018.pdf", "--fields", "fields.json"], tmp);
  expect(r.stdout).toBe("");
  stderr = r.stderr;
  text = compactText(pdf);
  pages = bboxLayout(pdf);
}, 120_000);

describe("report --year 2018 --org 150000 (the demo region)", () => {
  test("says what it wrote on stderr: file, page count and size", () => {
    expect(stderr).toMatch(new RegExp(`已生成 ${pdf.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}：内蒙古自治区2018年政府信息公开工作年度报告，${pages.length} 页，[\\d.]+ KB`));
  });

  test("A4 pages, the page count it reported", () => {
    const info = pdfInfo(pdf);
    expect(info["Page size"]).toBe("595.28 x 841.89 pts (A4)");
    expect(Number(info.Pages)).toBe(pages.length);
    expect(info.Title).toBe("内蒙古自治区2018年政府信息公开工作年度报告");
  });

  test("every font is embedded as a subset with a Unicode map", () => {
    const fonts = pdfFonts(pdf);
    expect(fontProblems(fonts)).toEqual([]);
    expect(fonts.map((f) => f.name).join(" ")).not.toMatch(/Helvetica|Times|Courier/);
  });

  test.each([
    "2018年，全区主动公开政府信息422.32万条，较上年增长32.76%。其中，自治区本级213.37万条，盟市208.95万条。",
    "2018年，全区共受理政府信息公开申请1485件，较上年增长24.79%。其中，自治区本级受理申请629件；盟市受理申请856件。",
    "区直机关申请量居前3位的是自治区人民政府办公厅、自治区自然资源厅、自治区发展和改革委员会。",
    "盟市申请量居前3位的是呼和浩特市、鄂尔多斯市、包头市。",
    "分别占总申请量的42.76%、38.92%",
    "占全部答复1485件的53.87%",
    "在可以答复是否公开的929件中，公开比例为86.11%",
    "“属于已主动公开范围”180件，占12.12%",
    "“同意公开”553件，占37.24%",
    "“同意部分公开”67件，占4.51%",
    "“不同意公开”129件，占8.69%",
    "“申请信息不存在”88件，占5.93%",
    "“不属于本行政机关公开”334件，占22.49%",
    "“告知作出更改补充”45件，占3.03%",
    "“告知通过其他途径办理”89件，占5.99%",
    "维持具体行政行为19件，占总数29.23%",
    "依法纠错28件，占总数43.08%",
    "其他情形18件，占总数27.69%",
    "判决驳回原告诉讼请求28件，占总数54.90%",
    "依法纠错12件，占总数23.53%",
    "其他情形11件，占总数21.57%",
    "举报投诉98件",
    "未收取任何费用",
    "自治区本级213.37万条（51%）",
    "盟市208.95万条（49%）",
    "电子邮箱：zwgk_nmg@nmg.gov.cn",
  ])("the text has %s", (s) => {
    expect(text).toContain(s);
  });

  test("the pie's whole-percent labels 51% and 49%", () => {
    const words = pages.flatMap((p) => p.lines.flatMap((l) => l.words.map((w) => w.text)));
    expect(words).toContain("51%");
    expect(words).toContain("49%");
  });

  test("the 附表 prints all 58 values in template order, as the seed's table (C3 = 1485, G = 0.00, H4 = 745.45)", () => {
    const first = pages.findIndex((p) => p.lines.some((l) => l.text === "附表"));
    const last = pages.findIndex((p) => p.lines.some((l) => l.text === "附图"));
    expect(first).toBeGreaterThan(0);
    expect(last).toBeGreaterThan(first);
    // The value column is the right fifth of the text block.
    const values = numericRows(pages.slice(first, last), (_p, w) => w.xMin > 420).flat();
    expect(values).toEqual(Object.values(expected2018).map(String));
    expect(values).toHaveLength(58);
    expect(values.slice(0, 1)).toEqual(["4223174"]);
    expect(values).toContain("745.45");
    expect(values[Object.keys(expected2018).indexOf("C3")]).toBe("1485");
    expect(values[Object.keys(expected2018).indexOf("G")]).toBe("0.00");
  });

  test("page numbers — N — on every page, centred, 7 mm under the text block", () => {
    expect(text).toContain("—1—");
    expect(pageNumberProblems(pages)).toEqual([]);
  });

  test("all text inside the GB/T 9704 text block (28/26 mm sides, 37 mm top, 35 mm bottom)", () => {
    expect(outsideTextBlock(pages)).toEqual([]);
    const bodyLines = pages.flatMap((p) => p.lines).filter((l) => l.xMax - l.xMin > 400);
    expect(Math.min(...bodyLines.map((l) => l.xMin))).toBeCloseTo(28 * (72 / 25.4), 0);
    expect(Math.max(...bodyLines.map((l) => l.xMax))).toBeCloseTo((210 - 26) * (72 / 25.4), 0);
  });

  test("no line starts with closing punctuation (避头尾)", () => {
    expect(linesStartingWithClosingMark(pages)).toEqual([]);
  });

  test("body lines are 3号 on a 29 pt pitch (22 lines of 28 characters)", () => {
    const lines = pages[0]!.lines.filter((l) => l.xMax - l.xMin > 430);
    const pitches = lines.slice(1).map((l, i) => l.yMin - lines[i]!.yMin).filter((d) => d < 40);
    expect(pitches.length).toBeGreaterThan(5);
    for (const d of pitches) expect(d).toBeCloseTo(225 * (72 / 25.4) / 22, 1);
    // Full lines of hanzi and full-width marks hold 28 characters (ASCII runs are narrower).
    const counts = lines.filter((l) => !/[!-~]/.test(l.text)).map((l) => Array.from(l.text.replace(/\s/g, "")).length);
    expect(counts.length).toBeGreaterThan(2);
    expect(Math.max(...counts)).toBe(28);
  });
});

describe("report refuses, with exit codes", () => {
  test.each([
    { label: "no such cycle", args: ["report", "--year", "2030", "--org", "150000", "--out", "x.pdf"], code: 1, msg: "2030 年度的填报周期不存在" },
    { label: "unknown org", args: ["report", "--year", "2018", "--org", "999999", "--out", "x.pdf"], code: 1, msg: "单位代码 999999 不在 2018 年度的单位名册中" },
    { label: "missing --out", args: ["report", "--year", "2018", "--org", "150000"], code: 2, msg: "缺少 --out" },
    { label: "--out not a PDF", args: ["report", "--year", "2018", "--org", "150000", "--out", "x.txt"], code: 2, msg: "--out 应为 .pdf 文件" },
    { label: "bad --status", args: ["report", "--year", "2018", "--org", "150000", "--out", "x.pdf", "--status", "draft"], code: 2, msg: "--status 只能是 approved|submitted" },
    { label: "bad year", args: ["report", "--year", "18", "--org", "150000", "--out", "x.pdf"], code: 2, msg: "--year 应为四位年份" },
  ])("$label → $code", ({ args, code, msg }) => {
    const r = runCli(db, args, tmp);
    expect(r.code).toBe(code);
    expect(r.stderr).toContain(msg);
    expect(r.stdout).toBe("");
    expect(fs.existsSync(path.join(tmp, "x.pdf"))).toBe(false);
  });

  test("a cycle without approved data → 1", () => {
    ok(["cycle:create", "--year", "2019", "--template", "gov-disclosure-2018"]);
    const r = runCli(db, ["report", "--year", "2019", "--org", "150000", "--out", "x.pdf"], tmp);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("内蒙古自治区（150000）2019 年度没有已审核通过的统计数据，无法生成报告");
  });

  test("a bad fields file → 1, naming the field", () => {
    fs.writeFileSync(path.join(tmp, "bad.json"), JSON.stringify({ phone: 123 }));
    const r = runCli(db, ["report", "--year", "2018", "--org", "150000", "--out", "x.pdf", "--fields", "bad.json"], tmp);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("前言字段文件有误");
    expect(r.stderr).toContain("phone");
  });
});

describe("a unit without children gets its own report", () => {
  test("report --org 150000-01: 我厅 (the 办公厅's own words), no split or top-N", () => {
    const out = path.join(tmp, "unit.pdf");
    ok(["report", "--year", "2018", "--org", "150000-01", "--out", out]);
    const t = compactText(out);
    expect(t).toContain("自治区人民政府办公厅2018年政府信息公开工作年度报告");
    expect(t).toContain("2018年，我厅共受理政府信息公开申请96件");
    expect(t).not.toContain("居前");
    expect(fontProblems(pdfFonts(out))).toEqual([]);
  });
});
