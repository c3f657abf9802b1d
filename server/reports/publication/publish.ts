import { shanghaiDay } from "@/lib/time";
import { publicationSteps, sha256Hex } from "@/lib/report-publication";
import type { ReportDocument } from "@/lib/report";
import { reportCorrectSchema, reportPublishSchema } from "@/lib/validation/report-publication";
import { insertPublication } from "@/db/mutations/report-publications";
import { nextPublicationVersion } from "@/db/queries/report-publications";
import { defineCommand, type CommandContext } from "../../kernel/command";
import { atomically } from "../../kernel/atomically";
import { CommandError, conflict } from "../../kernel/errors";
import { isRenderOverBudget } from "../../pdf/report/render-in-worker";
import { reportRenderPool } from "../../pdf/report-pool";
import { freezeReport, missingTextMessage, publicationProblems } from "./freeze";
import type { ReportCoverage } from "@/lib/report/coverage";
import { loadReportUnit, reportAuditTarget, reportTarget, type ReportUnit } from "./unit";
import { loadPrereview } from "../prereview/state";

export type PublishRequest = {
  year: number;
  orgCode: string;
  coverage?: ReportCoverage;
  draftVersion: number;
  indexNo?: string;
  publisher?: string;
  writtenDate?: string;
  /** Present for a correction (version 2+). */
  correction?: { note: string; date: string };
};

export type PublishResult = { version: number; pdfSha256: string; dataSha256: string; publishedAt: number; bytes: number; omittedPrompts: number };

export type RenderPdf = (doc: ReportDocument) => Promise<Buffer>;

/** What must hold for this publication; the same check runs again inside the write transaction. */
function check(unit: ReportUnit, req: PublishRequest): void {
  const published = unit.publications.at(-1);
  if (req.correction && !published) throw conflict("报告尚未发布，无需更正；请直接发布");
  if (!req.correction && published) throw conflict(`报告已发布第 ${published.version} 版；如需修改，请发布更正版本并填写更正说明`);
  if (unit.draft.version !== req.draftVersion) {
    throw conflict(`报告草稿已修改（现为第 ${unit.draft.version} 稿，您看到的是第 ${req.draftVersion} 稿），须对最新草稿重新签发和确认保密审查`);
  }
  if (unit.steps.blockers.length) throw conflict(`不能发布：${unit.steps.blockers.join("；")}`);
}

/**
 * Publishes (or corrects) a unit's report: checks 签发 and 保密审查 on the current draft,
 * freezes the document and its figures, renders the PDF once, and stores bytes and hashes as the
 * next version. The render runs outside the transaction; the checks are repeated inside it, so a
 * draft saved or a version published meanwhile refuses this one instead of mixing them.
 */
export async function publishReport(ctx: CommandContext, req: PublishRequest, render: RenderPdf): Promise<PublishResult> {
  const { db, now: at } = ctx;
  const unit = loadReportUnit(db, req.year, req.orgCode, req.coverage);
  check(unit, req);
  const frozen = freezeReport(db, req.year, unit.node.code, unit.coverage, unit.draft, unit.compiles);
  if (frozen.missing.length) throw conflict(`不能发布：${missingTextMessage(frozen.missing)}`);
  const problems = publicationProblems(frozen);
  if (problems.length) throw conflict(`报告中有错误，不能发布：${problems.join("；")}`);
  // What the 负责人 signed must be what is published: text, preface fields and figures.
  const onContent = publicationSteps(unit.draft.version, unit.reviews, unit.publications, { dataSha256: frozen.dataSha256, contentSha256: frozen.contentSha256 });
  if (onContent.blockers.length) throw conflict(`不能发布：${onContent.blockers.join("；")}`);
  // A 签发 given before the office's 预审 was required (or on text not cleared) does not publish.
  const pre = loadPrereview(db, unit, frozen.doc).state;
  if (pre.blocker) throw conflict(`不能发布：${pre.blocker}`);

  const pdf = await render(frozen.doc);
  const pdfSha256 = sha256Hex(pdf);

  const version = atomically(db, () => {
    const again = loadReportUnit(db, req.year, req.orgCode, unit.coverage);
    check(again, req);
    // A preface field or a figure saved while the PDF rendered: what was rendered is no longer what was signed.
    if (freezeReport(db, req.year, again.node.code, again.coverage, again.draft, again.compiles).contentSha256 !== frozen.contentSha256) {
      throw conflict("生成 PDF 期间报告内容已变化，请刷新后重新签发和确认保密审查");
    }
    const signoff = again.steps.signoff!;
    const secrecy = again.steps.secrecy!;
    const next = nextPublicationVersion(db, again.cycle.id, again.node.orgId, again.coverage);
    insertPublication(db, {
      cycleId: again.cycle.id,
      orgId: again.node.orgId,
      coverage: again.coverage,
      version: next,
      draftVersion: again.draft.version,
      compiled: again.compiles,
      title: frozen.doc.title,
      snapshotJson: frozen.snapshotJson,
      dataSha256: frozen.dataSha256,
      pdf,
      pdfSha256,
      indexNo: req.indexNo?.trim() || null,
      publisher: req.publisher?.trim() || frozen.snapshot.fields.compiler?.trim() || again.node.name,
      writtenDate: req.writtenDate || shanghaiDay(at),
      publishedAt: at,
      publishedBy: ctx.user.id,
      signerName: signoff.userName,
      signedAt: signoff.at,
      secrecyName: secrecy.userName,
      secrecyAt: secrecy.at,
      correctionNote: req.correction?.note.trim() ?? null,
      correctionDate: req.correction?.date ?? null,
    });
    return next;
  });

  ctx.audit({
    action: req.correction ? "report.correct" : "report.publish",
    ...reportAuditTarget(req.year, unit.node.code, unit.coverage),
    detail: { version, draftVersion: unit.draft.version, pdfSha256, dataSha256: frozen.dataSha256, bytes: pdf.length, ...(req.correction ? { correctionNote: req.correction.note, correctionDate: req.correction.date } : {}) },
  });
  return { version, pdfSha256, dataSha256: frozen.dataSha256, publishedAt: at, bytes: pdf.length, omittedPrompts: frozen.snapshot.omittedPrompts.length };
}

/** The app's renderer: the process-wide worker pool (a render never blocks other requests). */
const renderInPool: RenderPdf = (doc) =>
  reportRenderPool()
    .render(doc)
    .catch((err: unknown) => {
      throw isRenderOverBudget(err) ? new CommandError(413, err.message) : err;
    });

/** 发布 (report.publish): the first version. */
export const publishReportCommand = defineCommand({
  name: "report.publish",
  schema: reportPublishSchema,
  permission: (input, { db }) => ({ action: "report.publish", target: reportTarget(db, input.orgCode), year: input.year }),
  run: (input, ctx) => publishReport(ctx, input, renderInPool),
});

/** 更正 (report.publish): a new version with its dated 更正说明; the earlier ones stay served. */
export const correctReportCommand = defineCommand({
  name: "report.correct",
  schema: reportCorrectSchema,
  permission: (input, { db }) => ({ action: "report.publish", target: reportTarget(db, input.orgCode), year: input.year }),
  run: ({ correctionNote, correctionDate, ...input }, ctx) => publishReport(ctx, { ...input, correction: { note: correctionNote, date: correctionDate } }, renderInPool),
});
