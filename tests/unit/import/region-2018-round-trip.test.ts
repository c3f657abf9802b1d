import { describe, expect, test } from "vitest";
import { getTemplate, templateIds } from "@/lib/templates";
import { aggregateTree, buildTree } from "@/lib/org-tree";
import { buildReportDocument } from "@/lib/report";
import { publicationHtml } from "@/lib/report-publication/package-html";
import { htmlGrids } from "@/lib/import/published/html-grid";
import { readPublishedTables } from "@/lib/import/published/read-published";
import { parseScaled } from "@/lib/values";
import { loadLeafValues, loadRoster, loadTotals } from "../helpers/imar";
import { SEED_FIELDS } from "../report/seed-fields";

// The region's 2018 report as the app publishes it (its HTML page, the 附表 as real tables), read
// back by the history import: every cell equals the seed's published totals.
describe("the seed region's 2018 table: published, then imported as history", () => {
  const t = getTemplate("gov-disclosure-2018");
  const roster = loadRoster();
  const tree = buildTree(roster);
  const totals = aggregateTree(tree, loadLeafValues(t, roster, 2018));
  const previous = aggregateTree(tree, loadLeafValues(t, roster, 2017)).get(tree.byCode.get("150000")!.orgId)!;
  const doc = buildReportDocument({ template: t, year: 2018, orgCode: "150000", tree, totals, previous, fields: SEED_FIELDS, showPrompts: false });
  const html = publicationHtml(
    doc,
    { title: doc.title, indexNo: null, publisher: "内蒙古自治区人民政府办公厅", writtenDate: "2019-03-20", publishedDate: "2019-03-28", year: 2018, orgCode: "150000", version: 1, correctionNote: null, correctionDate: null, pdfSha256: "0".repeat(64), dataSha256: "0".repeat(64) },
    { pdf: "report.pdf", csv: "table.csv" },
  );

  test("the format is recognised from the tables and every cell reads as the seed printed it", () => {
    const read = readPublishedTables(htmlGrids(html), templateIds.map(getTemplate), { source: "region-2018.html", year: 2018, orgCode: "150000" });
    expect(read.templateId).toBe("gov-disclosure-2018");
    expect(read.problems).toEqual([]);
    const seed = loadTotals(t, 2018);
    const back = Object.fromEntries(Object.entries(read.values).map(([code, text]) => [code, parseScaled(text, t.cell(code)!.scale)]));
    expect(Object.keys(seed).length).toBeGreaterThan(40);
    for (const [code, value] of Object.entries(seed)) expect({ code, value: back[code] }).toEqual({ code, value });
  });
});
