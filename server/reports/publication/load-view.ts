import { shanghaiDay, formatShanghai } from "@/lib/time";
import type { Caller } from "@/server/kernel/caller";
import { can } from "@/server/kernel/can";
import { loadReportDocument, type ReportDocumentResult } from "@/server/reports/report-document";
import { DATA_FLAG, flagKey, publicationDataFlags } from "@/server/reports/publication/data-flags";
import { freezeBuilt, missingTextMessage, unwrittenParts, type Frozen } from "@/server/reports/publication/freeze";
import { CommandError } from "@/server/kernel/errors";
import { publicationSteps, type ReviewRecord } from "@/lib/report-publication";
import { deadlineFor, postedAt, publishTiming } from "@/lib/workflow";
import { loadReportUnit, reportTarget, type ReportUnit } from "@/server/reports/publication/unit";
import { defineCommand } from "@/server/kernel/command";
import { reportRefSchema } from "@/lib/validation/report-coverage";
import type { Db } from "@/db/client";
import type { PublishView } from "@/lib/contracts/publish-view";
import type { ReportCoverage } from "@/lib/report/coverage";
import { coverageSuffix } from "./downloads";
import { loadPrereview } from "../prereview/state";
import { prereviewView } from "../prereview/view";

const step = (r: { userName: string; at: number; note: string | null } | null) => (r ? { userName: r.userName, at: formatShanghai(r.at), note: r.note } : null);

/** The report as it would be published now, or null when it cannot be built (no data: the panel says why). */
function frozenOrNull(db: Db, unit: ReportUnit, built: ReportDocumentResult): Frozen | null {
  if (!built.ok) return null;
  try {
    return freezeBuilt(db, built, unit.cycle.year, unit.node.code, unit.coverage, unit.draft, unit.compiles);
  } catch (err) {
    if (err instanceof CommandError) return null;
    throw err;
  }
}

/** Whether 签发 and 保密审查 were given by one person (allowed; the panel says so). */
function sameReviewer(a: ReviewRecord | null, b: ReviewRecord | null): boolean {
  if (!a || !b) return false;
  return a.userId != null && b.userId != null ? a.userId === b.userId : a.userName === b.userName;
}

/** The panel's view for this user: steps, blockers, versions and the buttons they may use (the commands check again). */
export function loadPublishView(db: Db, user: Caller, year: number, orgCode: string, at: number, coverage?: ReportCoverage): PublishView {
  const loaded = loadReportUnit(db, year, orgCode, coverage);
  // Steps against the report as it is now: a step given on other text, fields or figures no longer counts.
  // Built once: the frozen report and the panel's lists of what is missing come from the same document.
  const built = loadReportDocument(db, year, loaded.node.code, { coverage: loaded.coverage });
  const frozen = frozenOrNull(db, loaded, built);
  const unit = frozen ? { ...loaded, steps: publicationSteps(loaded.draft.version, loaded.reviews, loaded.publications, { dataSha256: frozen.dataSha256, contentSha256: frozen.contentSha256 }) } : loaded;
  const target = { kind: "org" as const, orgId: unit.node.orgId };
  // 签发 waits for the office's 预审 of the text as it is now (decision 022).
  const pre = loadPrereview(db, unit, frozen?.doc ?? null);
  const missing = built.ok ? built.missing : [];
  const flag = publicationDataFlags(db, year).get(flagKey(unit.node.orgId, unit.coverage));
  const base = `/api/reports/${year}/${encodeURIComponent(unit.node.code)}/publications`;
  const query = unit.coverage === "own" ? "?coverage=own" : "";
  // Lateness is measured by the day it was posted on the platform, not by the freeze here.
  const timing = publishTiming(deadlineFor(unit.cycle.deadlines, unit.node.kind, "publish"), postedAt(unit.publications.map((p) => p.officialDate)), at);
  return {
    year,
    orgCode: unit.node.code,
    draftVersion: unit.draft.version,
    labels: unit.steps.labels,
    signoff: step(unit.steps.signoff),
    secrecy: step(unit.steps.secrecy),
    sameReviewer: sameReviewer(unit.steps.signoff, unit.steps.secrecy),
    blockers: [...(missing.length ? [missingTextMessage(missing)] : []), ...(pre.state.blocker ? [pre.state.blocker] : []), ...unit.steps.blockers],
    missing,
    unwritten: built.ok ? unwrittenParts(built.doc).filter((prompt) => !missing.some((m) => m.endsWith(`：${prompt.replace(/。$/, "")}`))) : [],
    buildError: built.ok ? null : built.message,
    dataFlag: flag ? { label: DATA_FLAG, reasons: flag.reasons } : null,
    deadline: timing.deadline ? { date: timing.deadline, lateBy: timing.lateBy, overdueBy: timing.overdueBy } : null,
    can: {
      signoff: can(db, user, "report.signoff", target, year),
      secrecy: can(db, user, "report.secrecy", target, year),
      publish: can(db, user, "report.publish", target, year),
    },
    prereview: prereviewView(db, user, unit, pre),
    defaults: { publisher: (built.ok && built.fields.compiler?.trim()) || unit.node.name, today: shanghaiDay(at) },
    versions: unit.publications.map((p) => ({
      version: p.version,
      publishedAt: formatShanghai(p.publishedAt),
      publishedDate: shanghaiDay(p.publishedAt),
      pdfSha256: p.pdfSha256,
      signer: { userName: p.signerName, at: formatShanghai(p.signedAt), note: null },
      secrecy: { userName: p.secrecyName, at: formatShanghai(p.secrecyAt), note: null },
      indexNo: p.indexNo,
      publisher: p.publisher,
      writtenDate: p.writtenDate,
      correctionNote: p.correctionNote,
      correctionDate: p.correctionDate,
      officialUrl: p.officialUrl,
      officialDate: p.officialDate,
      pdfUrl: `${base}/${p.version}/pdf${query}`,
      packageUrl: `${base}/${p.version}/package${query}`,
      publicUrl: `/public/reports/${year}/${encodeURIComponent(unit.node.code)}/v${p.version}${coverageSuffix(p.coverage)}.pdf`,
    })),
  };
}

/**
 * The panel's view again, after something on the page was saved (the narrative, a preface field):
 * the panel then shows the voided steps and the new draft without a reload (report.read).
 */
export const loadPublishViewCommand = defineCommand({
  name: "report.publish_view",
  schema: reportRefSchema,
  permission: (input, { db }) => ({ action: "report.read", target: reportTarget(db, input.orgCode), year: input.year }),
  run: (input, { db, user, now }): PublishView => loadPublishView(db, user, input.year, input.orgCode, now, input.coverage),
});
