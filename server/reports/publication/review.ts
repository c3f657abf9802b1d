import { reportSecrecySchema, reportSignoffSchema } from "@/lib/validation/report-publication";
import { insertReportReview } from "@/db/mutations/report-reviews";
import { defineCommand, type CommandContext } from "../../kernel/command";
import { conflict } from "../../kernel/errors";
import { freezeReport, missingTextMessage } from "./freeze";
import type { ReportCoverage } from "@/lib/report/coverage";
import { loadReportUnit, reportAuditTarget, reportTarget } from "./unit";
import { loadPrereview } from "../prereview/state";

type ReviewInput = { year: number; orgCode: string; coverage?: ReportCoverage; draftVersion: number; note?: string };

/**
 * Records a 签发 or a 保密审查 confirmation of the draft version the actor saw. A stale version
 * (the text was saved since) is refused: nobody signs a text they have not seen. A report that
 * cannot be built (no data) is refused too.
 */
function recordReview(kind: "signoff" | "secrecy", input: ReviewInput, { user, db, now, audit }: CommandContext) {
  const unit = loadReportUnit(db, input.year, input.orgCode, input.coverage);
  if (unit.draft.version !== input.draftVersion) {
    throw conflict(`报告草稿已修改（现为第 ${unit.draft.version} 稿，您看到的是第 ${input.draftVersion} 稿），请刷新后查看最新内容再${kind === "signoff" ? "签发" : "确认"}`);
  }
  const frozen = freezeReport(db, input.year, unit.node.code, unit.coverage, unit.draft, unit.compiles);
  // 签发 is of a whole report: the parts the format requires must be written first.
  if (kind === "signoff" && frozen.missing.length) throw conflict(`不能签发：${missingTextMessage(frozen.missing)}`);
  // The office above clears the text first, where the cycle has 预审 (decision 022).
  const pre = kind === "signoff" ? loadPrereview(db, unit, frozen.doc).state : null;
  if (pre?.blocker) throw conflict(`不能签发：${pre.blocker}`);
  const note = input.note?.trim() || null;
  insertReportReview(db, { cycleId: unit.cycle.id, orgId: unit.node.orgId, coverage: unit.coverage, draftVersion: unit.draft.version, kind, userId: user.id, userName: user.displayName, note, at: now, dataSha256: frozen.dataSha256, contentSha256: frozen.contentSha256 });
  audit({ action: kind === "signoff" ? "report.signoff" : "report.secrecy",
    ...reportAuditTarget(input.year, unit.node.code, unit.coverage),
    detail: { draftVersion: unit.draft.version, dataSha256: frozen.dataSha256, contentSha256: frozen.contentSha256, name: user.displayName, ...(note ? { note } : {}) },
  });
  return { kind, draftVersion: unit.draft.version, userName: user.displayName, at: now };
}

/** 签发 (负责人, report.signoff) of the current draft version. */
export const signOffReport = defineCommand({
  name: "report.signoff",
  schema: reportSignoffSchema,
  permission: (input, { db }) => ({ action: "report.signoff", target: reportTarget(db, input.orgCode), year: input.year }),
  run: (input, ctx) => recordReview("signoff", input, ctx),
});

/** 保密审查 confirmation (report.secrecy: the 负责人 or a designated role), with the reviewer's note. */
export const confirmSecrecy = defineCommand({
  name: "report.secrecy",
  schema: reportSecrecySchema,
  permission: (input, { db }) => ({ action: "report.secrecy", target: reportTarget(db, input.orgCode), year: input.year }),
  run: (input, ctx) => recordReview("secrecy", input, ctx),
});

