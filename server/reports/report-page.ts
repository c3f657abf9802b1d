import { EMPTY_REPORT_PREFACE } from "@/lib/validation/report-fields";
import { reportCoverageField } from "@/lib/validation/report-coverage";
import { chooseReportCoverage, REPORT_COVERAGE_LABELS, reportCoverages, type ReportCoverage } from "@/lib/report/coverage";
import { getReportPreface } from "@/db/queries/report-preface";
import type { ReadContext } from "../kernel/read";
import { notFound } from "../kernel/errors";
import { unitPage } from "../orgs/unit-page";
import { loadPublishView } from "./publication/load-view";
import { defaultReportFields, loadReportEditor } from "./report-document";
import { reportSimilarity } from "./similarity";
import { unitWording, wordingOverrides } from "./unit-wording";
import { defaultWording } from "@/lib/report/wording";

/** A link to each of the unit's reports when it has two (全域 and 本级), the shown one marked. */
export type ReportTab = { coverage: ReportCoverage; label: string; href: string; current: boolean };

/**
 * A unit's annual report page (report.read): the narrative editor (editable with report.edit),
 * the preface fields, the 签发与发布 panel and, for the 负责人 and the reviewer above, how much
 * the written text is like another report's. A government with two reports this cycle has one
 * page for each (`?coverage=own`: the 本级 report).
 */
export function loadReportPage(ctx: ReadContext, params: { year: string; orgCode: string }, search: { coverage?: string | string[] } = {}) {
  const { db, user } = ctx;
  const { year, cycle, roster, node } = unitPage(ctx, params, "report.read");
  const asked = reportCoverageField.safeParse(typeof search.coverage === "string" && search.coverage !== "" ? search.coverage : undefined);
  const coverage = asked.success ? chooseReportCoverage(node.coverage, asked.data) : null;
  if (!coverage) throw notFound(`${node.name}${year} 年度的${REPORT_COVERAGE_LABELS[asked.success && asked.data ? asked.data : "own"]}`);
  const compiles = (roster.children.get(node.orgId)?.length ?? 0) > 0;
  const target = { kind: "org", orgId: node.orgId } as const;
  const defaultWords = defaultWording(node, roster.children.get(node.orgId) ?? []);
  const words = unitWording(db, roster, node);
  const editable = ctx.can("report.edit", target, year);
  // The 负责人 signs it off; the reviewer above decides on the unit's submissions.
  const seesSimilarity = ctx.can("report.signoff", target, year) || ctx.can("stats.review", target, year);
  const path = `/reports/${year}/${encodeURIComponent(node.code)}`;
  const all = reportCoverages(node.coverage);
  return {
    year,
    orgCode: node.code,
    unitName: defaultReportFields(node.name, coverage).unitName,
    coverage,
    tabs: all.length > 1 ? all.map((c): ReportTab => ({ coverage: c, label: REPORT_COVERAGE_LABELS[c], href: c === all[0] ? path : `${path}?coverage=${c}`, current: c === coverage })) : [],
    compiles,
    editable,
    editor: loadReportEditor(db, year, node.code, coverage),
    similarity: seesSimilarity ? reportSimilarity(db, cycle, roster, node, coverage) : null,
    wording: { defaults: defaultWords, initial: wordingOverrides(db, node.orgId) ?? {} },
    preface: {
      defaults: { unitName: defaultReportFields(node.name, coverage).unitName, scope: coverage === "own" ? words.longForm : words.subject },
      initial: { ...EMPTY_REPORT_PREFACE, ...getReportPreface(db, year, node.code, coverage) },
    },
    publish: loadPublishView(db, user, year, node.code, ctx.now, coverage),
  };
}
