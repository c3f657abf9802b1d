import { EMPTY_REPORT_PREFACE } from "@/lib/validation/report-fields";
import { getReportPreface } from "@/db/queries/report-preface";
import type { ReadContext } from "../kernel/read";
import { unitPage } from "../orgs/unit-page";
import { loadPublishView } from "./publication/load-view";
import { loadReportEditor } from "./report-document";
import { reportSimilarity } from "./similarity";
import { unitWording, wordingOverrides } from "./unit-wording";
import { defaultWording } from "@/lib/report/wording";

/**
 * A unit's annual report page (report.read): the narrative editor (editable with report.edit),
 * the preface fields, the 签发与发布 panel and, for the 负责人 and the reviewer above, how much
 * the written text is like another report's.
 */
export function loadReportPage(ctx: ReadContext, params: { year: string; orgCode: string }) {
  const { db, user } = ctx;
  const { year, cycle, roster, node } = unitPage(ctx, params, "report.read");
  const compiles = (roster.children.get(node.orgId)?.length ?? 0) > 0;
  const target = { kind: "org", orgId: node.orgId } as const;
  const defaultWords = defaultWording(node, roster.children.get(node.orgId) ?? []);
  const words = unitWording(db, roster, node);
  const editable = ctx.can("report.edit", target, year);
  // The 负责人 signs it off; the reviewer above decides on the unit's submissions.
  const seesSimilarity = ctx.can("report.signoff", target, year) || ctx.can("stats.review", target, year);
  return {
    year,
    orgCode: node.code,
    unitName: node.name,
    compiles,
    editable,
    editor: loadReportEditor(db, year, node.code),
    similarity: seesSimilarity ? reportSimilarity(db, cycle, roster, node) : null,
    wording: { defaults: defaultWords, initial: wordingOverrides(db, node.orgId) ?? {} },
    preface: {
      defaults: { unitName: node.name, scope: node.coverage === "own" ? words.longForm : words.subject },
      initial: { ...EMPTY_REPORT_PREFACE, ...getReportPreface(db, year, node.code) },
    },
    publish: loadPublishView(db, user, year, node.code, ctx.now),
  };
}
