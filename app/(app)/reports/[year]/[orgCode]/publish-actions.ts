"use server";

import type { CommandResult } from "@/lib/contracts/command-result";
import { execute } from "@/server/next/execute";
import { confirmSecrecy, signOffReport } from "@/server/reports/publication/review";
import { correctReportCommand, publishReportCommand } from "@/server/reports/publication/publish";
import { recordOfficialPosting } from "@/server/reports/publication/official";
import type { ReportCorrectInput, ReportOfficialInput, ReportPublishInput, ReportSecrecyInput, ReportSignoffInput } from "@/lib/validation/report-publication";
import type { PublishActionResult } from "@/components/report-publish/types";

function plain<O>(r: CommandResult<O>): PublishActionResult {
  return r.ok ? { ok: true } : { ok: false, status: r.status, error: r.error, fieldErrors: r.fieldErrors };
}

/** 签发报告 (负责人). */
export async function signOffReportAction(input: ReportSignoffInput): Promise<PublishActionResult> {
  return plain(await execute(signOffReport, input));
}

/** 确认保密审查. */
export async function confirmSecrecyAction(input: ReportSecrecyInput): Promise<PublishActionResult> {
  return plain(await execute(confirmSecrecy, input));
}

/** 发布报告 (第 1 版). */
export async function publishReportAction(input: ReportPublishInput): Promise<PublishActionResult> {
  return plain(await execute(publishReportCommand, input));
}

/** 发布更正版本. */
export async function correctReportAction(input: ReportCorrectInput): Promise<PublishActionResult> {
  return plain(await execute(correctReportCommand, input));
}

/** 登记正式发布网址. */
export async function recordOfficialAction(input: ReportOfficialInput): Promise<PublishActionResult> {
  return plain(await execute(recordOfficialPosting, input));
}
