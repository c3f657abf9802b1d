import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe as suite, expect, test } from "vitest";
import { formatScaled, type CellValues } from "@/lib/values";
import { runCli } from "../cli/run-cli";
import { LEAVES_2021, orgsCsv, pct, submissionsCsv, sumOver, synthetic2021, TEMPLATE_2021 as t } from "../../unit/report/synthetic-2021";
import { SKIP_PDF_CHECKS, bboxLayout, compactText, inOrder, MM, numericRows, pdfFonts, pdfInfo, type Page } from "./pdf-tools";
import { fontProblems, linesStartingWithClosingMark, outsideTextBlock, pageNumberProblems, strandedTableTitles } from "./layout-checks";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-report-2021-"));
const db = path.join(tmp, "report.db");
const pdf = path.join(tmp, "report-2021.pdf");
const data = synthetic2021();
const leaves = [...data[2021].values()];
const sum = (...cells: string[]) => sumOver(leaves, cells);

function ok(args: string[]) {
  const r = runCli(db, args, tmp);
  expect(r.code, `cli ${args.join(" ")}: ${r.stderr}`).toBe(0);
  return r;
}

const describe = suite.skipIf(SKIP_PDF_CHECKS);

let text = "";
let pages: Page[] = [];

beforeAll(() => {
  if (SKIP_PDF_CHECKS) return;
  fs.writeFileSync(path.join(tmp, "orgs.csv"), orgsCsv());
  ok(["orgs:import", "orgs.csv"]);
  for (const year of [2020, 2021] as const) {
    ok(["cycle:create", "--year", String(year), "--template", "gov-disclosure-2021"]);
    fs.writeFileSync(path.join(tmp, `submissions-${year}.csv`), submissionsCsv(data[year]));
    ok(["submissions:import", "--year", String(year), "--status", "approved", `submissions-${year}.csv`]);
  }
  ok(["report", "--year", "2021", "--org", "990000", "--out", "report-2021.pdf"]);
  text = compactText(pdf);
  pages = bboxLayout(pdf);
}, 120_000);

describe("a 2021-format compiled report (synthetic province)", () => {
  test("the imported totals are the sums of the generated data", () => {
    const totals = JSON.parse(ok(["totals", "--year", "2021", "--org", "990000"]).stdout);
    expect(totals["R1.tot"]).toBe(Number(sum("R1.tot")));
    expect(totals["P8.fee"]).toBe(formatScaled(sum("P8.fee"), 4));
  });

  test("A4, fonts embedded as subsets, the six parts", () => {
    expect(pdfInfo(pdf)["Page size"]).toBe("595.28 x 841.89 pts (A4)");
    expect(fontProblems(pdfFonts(pdf))).toEqual([]);
    for (const h of ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]) {
      expect(text).toContain(h);
    }
    expect(text).toContain("示例省2021年政府信息公开工作年度报告");
  });

  test("the derived figures, worded from the data", () => {
    const total = sum("R1.tot", "R2.tot");
    const np = sum("R1.np", "R2.np");
    const done = sum("R3.7.tot");
    const open = sum("R3.1.tot", "R3.2.tot");
    const ar = sum("AR.total");
    const lit = sum("LD.total", "LA.total");
    for (const s of [
      `全省共收办政府信息公开申请${total}件（本年新收${sum("R1.tot")}件，上年结转${sum("R2.tot")}件）`,
      `自然人申请${np}件，占${pct(np, total)}%；法人或其他组织申请${total - np}件，占${pct(total - np, total)}%。`,
      `予以公开${sum("R3.1.tot")}件，占${pct(sum("R3.1.tot"), done)}%`,
      `予以公开及部分公开合计${open}件，占办结申请的${pct(open, done)}%。`,
      `结转下年度继续办理${sum("R4.tot")}件。`,
      `因政府信息公开工作被申请行政复议${ar}件、被提起行政诉讼${lit}件。行政复议结果维持${sum("AR.upheld")}件`,
      `；结果维持${sum("LD.upheld", "LA.upheld")}件，结果纠正${sum("LD.corrected", "LA.corrected")}件`,
      `发出收费通知${sum("F1")}件，收费通知金额${formatScaled(sum("F2"), 2)}元，实际收取信息处理费${formatScaled(sum("F3"), 2)}元。`,
      `收取行政事业性收费${formatScaled(sum("P8.fee"), 4)}万元`,
    ]) {
      expect(text).toContain(s);
    }
  });

  test("the official tables print every value of the province, row by row", () => {
    const values: CellValues = Object.fromEntries(t.cells.map((c) => [c.code, sum(c.code)]));
    const want = t.sections
      .filter((s) => ["s2", "s3", "s4"].includes(s.id))
      .flatMap((s) => s.tables)
      .flatMap((table) => table.body.filter((r) => !r.heading).map((r) => r.cells.flatMap((c) => (c ? [formatScaled(values[c]!, t.cell(c)!.scale)] : []))));
    expect(want).toHaveLength(2 + 1 + 2 + 1 + 25 + 1);
    const charts = pages.findIndex((p) => p.lines.some((l) => l.text === "附图"));
    const have = numericRows(pages.slice(0, charts), (_p, w) => w.yMax < (297 - 35) * MM + 2);
    expect(inOrder(want, have)).toEqual({ ok: true });
  });

  test("the merged headers of the official tables", () => {
    for (const s of ["申请人情况", "法人或其他组织", "法律服务机构", "第二十条第（一）项", "本年制发件数", "行政复议", "未经复议直接起诉", "复议后起诉", "（七）总计", "四、结转下年度继续办理"]) {
      expect(text).toContain(s);
    }
  });

  test("layout: text block, page numbers, no line starting with closing punctuation", () => {
    expect(outsideTextBlock(pages)).toEqual([]);
    expect(pageNumberProblems(pages)).toEqual([]);
    expect(linesStartingWithClosingMark(pages)).toEqual([]);
  });

  test("a small table moves to the next page whole: no title and header alone at a page's foot", () => {
    const tables = { "第二十条第（一）项": "规章", "第二十条第（五）项": "行政许可", "第二十条第（六）项": "行政处罚", "第二十条第（八）项": "行政事业性收费" };
    expect(strandedTableTitles(pages, tables)).toEqual([]);
  });

  test("the pie of the split labels whole percents that add up to 100", () => {
    const dept = sumOver(["990000-01", "990000-02", "990000-03"].map((c) => data[2021].get(c)!), ["R1.tot", "R2.tot"]);
    const total = sum("R1.tot", "R2.tot");
    expect(LEAVES_2021).toHaveLength(6);
    const words = pages.flatMap((p) => p.lines.flatMap((l) => l.words.map((w) => w.text)));
    const labels = words.filter((w) => /^\d+%$/.test(w)).map((w) => Number(w.slice(0, -1)));
    expect(labels.reduce((s, n) => s + n, 0)).toBe(100);
    expect(Math.abs(labels[0]! - Number((dept * 100n) / total))).toBeLessThanOrEqual(1);
  });
});
