"use server";

import type { CommandResult } from "@/lib/contracts/command-result";
import { execute } from "@/server/next/execute";
import { confirmSecrecy, signOffReport } from "@/server/reports/publication/review";
import { correctReportCommand, publishReportCommand } from "@/server/reports/publication/publish";
import { recordOfficialPosting } from "@/server/reports/publication/official";
import type { ReportCorrectInput, ReportOfficialInput, ReportPublishInput, ReportSecrecyInput, ReportSignoffInput } from "@/lib/validation/report-publication";
import type { PublishActionResult, PublishView } from "@/components/report-publish/types";
import { loadPublishViewCommand } from "@/server/reports/publication/load-view";
import type { ReportCoverage } from "@/lib/report/coverage";
import { sendForPrereview } from "@/server/reports/prereview/send";
import { clearPrereview, returnPrereview } from "@/server/reports/prereview/decide";
import type { PrereviewClearInput, PrereviewReturnInput, PrereviewSendInput } from "@/lib/validation/report-prereview";

// Each action's first argument is bound by the report page: which of a government's reports.

function plain<O>(r: CommandResult<O>): PublishActionResult {
  return r.ok ? { ok: true } : { ok: false, status: r.status, error: r.error, fieldErrors: r.fieldErrors };
}

/** 签发报告 (负责人). */
export async function signOffReportAction(coverage: ReportCoverage | undefined, input: ReportSignoffInput): Promise<PublishActionResult> {
  return plain(await execute(signOffReport, { ...input, coverage }));
}

/** 确认保密审查. */
export async function confirmSecrecyAction(coverage: ReportCoverage | undefined, input: ReportSecrecyInput): Promise<PublishActionResult> {
  return plain(await execute(confirmSecrecy, { ...input, coverage }));
}

/** 发布报告 (第 1 版). */
export async function publishReportAction(coverage: ReportCoverage | undefined, input: ReportPublishInput): Promise<PublishActionResult> {
  return plain(await execute(publishReportCommand, { ...input, coverage }));
}

/** 发布更正版本. */
export async function correctReportAction(coverage: ReportCoverage | undefined, input: ReportCorrectInput): Promise<PublishActionResult> {
  return plain(await execute(correctReportCommand, { ...input, coverage }));
}

/** 登记正式发布网址. */
export async function recordOfficialAction(coverage: ReportCoverage | undefined, input: ReportOfficialInput): Promise<PublishActionResult> {
  return plain(await execute(recordOfficialPosting, { ...input, coverage }));
}

/** 送预审 (the unit's 填报员 or 负责人). */
export async function sendPrereviewAction(coverage: ReportCoverage | undefined, input: PrereviewSendInput): Promise<PublishActionResult> {
  return plain(await execute(sendForPrereview, { ...input, coverage }));
}

/** 预审通过 (the office above's 审核员). */
export async function clearPrereviewAction(coverage: ReportCoverage | undefined, input: PrereviewClearInput): Promise<PublishActionResult> {
  return plain(await execute(clearPrereview, { ...input, coverage }));
}

/** 预审退回修改, with comments on paragraphs. */
export async function returnPrereviewAction(coverage: ReportCoverage | undefined, input: PrereviewReturnInput): Promise<PublishActionResult> {
  return plain(await execute(returnPrereview, { ...input, coverage }));
}

/** The 签发与发布 panel's view as it is now (after a save elsewhere on the page). */
export async function reloadPublishViewAction(coverage: ReportCoverage | undefined, input: { year: number; orgCode: string }): Promise<PublishView | null> {
  const r = await execute(loadPublishViewCommand, { ...input, coverage });
  return r.ok ? r.data : null;
}
