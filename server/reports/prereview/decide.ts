import { anchorName } from "@/lib/report-prereview";
import { prereviewClearSchema, prereviewReturnSchema } from "@/lib/validation/report-prereview";
import { insertPrereviewEvent, type PrereviewCommentInput } from "@/db/mutations/report-prereviews";
import { defineCommand, type CommandContext } from "../../kernel/command";
import { conflict, invalid } from "../../kernel/errors";
import { freezeReport } from "../publication/freeze";
import { loadReportUnit, reportAuditTarget, reportTarget } from "../publication/unit";
import type { ReportCoverage } from "@/lib/report/coverage";
import { reportParagraphs } from "./paragraphs";
import { loadPrereview } from "./state";

type DecideInput = { year: number; orgCode: string; coverage?: ReportCoverage; draftVersion: number; note?: string; comments?: { blockId: string; paragraph: number; text: string }[] };

/**
 * 预审通过 or 退回修改 by the office above's reviewer (report.prereview.decide, CHILD: the same
 * relation as reviewing the unit's statistics), of the report as the reviewer read it (its draft
 * version), only while it waits for 预审. A clearance records the text's fingerprint: a later
 * change of the text needs a new one (decision 022).
 */
function decide(kind: "clear" | "return", input: DecideInput, { db, user, now, audit }: CommandContext) {
  const unit = loadReportUnit(db, input.year, input.orgCode, input.coverage);
  const frozen = freezeReport(db, input.year, unit.node.code, unit.coverage, unit.draft, unit.compiles);
  const { applies, state, textSha256 } = loadPrereview(db, unit, frozen.doc);
  if (!applies.applies) throw conflict(applies.why === "off" ? "本周期未开启报告预审" : "本单位没有上级机关，报告无需预审");
  if (state.code !== "pending") throw conflict(`报告未在预审中（${state.label}）：须由本单位送预审后才能预审`);
  if (unit.draft.version !== input.draftVersion) {
    throw conflict(`报告草稿已修改（现为第 ${unit.draft.version} 稿，您看到的是第 ${input.draftVersion} 稿），请刷新后查看最新内容再预审`);
  }
  let comments: PrereviewCommentInput[] = [];
  const words: string[] = [];
  if (kind === "return") {
    const anchors = reportParagraphs(db, input.year, unit.node.code, unit.coverage);
    comments = (input.comments ?? []).map((c) => {
      const at = anchors.find((a) => a.blockId === c.blockId && a.paragraph === c.paragraph);
      if (!at) throw invalid(`意见所指的段落不存在（${c.blockId} 第 ${c.paragraph + 1} 段），请刷新后重新选择`);
      words.push(`${anchorName(at)}：${c.text}`);
      return { blockId: c.blockId, paragraph: c.paragraph, heading: at.heading, quote: at.text, text: c.text };
    });
  }
  const note = input.note?.trim() || null;
  insertPrereviewEvent(db, { cycleId: unit.cycle.id, orgId: unit.node.orgId, coverage: unit.coverage, kind, draftVersion: unit.draft.version, textSha256: textSha256!, userId: user.id, userName: user.displayName, note, at: now }, comments);
  audit({
    action: kind === "clear" ? "report.prereview.clear" : "report.prereview.return",
    ...reportAuditTarget(input.year, unit.node.code, unit.coverage),
    detail: { draftVersion: unit.draft.version, name: user.displayName, ...(note ? { note } : {}), ...(words.length ? { comments: words } : {}) },
  });
  return { state: kind === "clear" ? ("cleared" as const) : ("returned" as const), draftVersion: unit.draft.version, comments: comments.length };
}

/** 预审通过. */
export const clearPrereview = defineCommand({
  name: "report.prereview.clear",
  schema: prereviewClearSchema,
  permission: (input, { db }) => ({ action: "report.prereview.decide", target: reportTarget(db, input.orgCode), year: input.year }),
  run: (input, ctx) => decide("clear", input, ctx),
});

/** 退回修改, with comments on paragraphs and/or an overall note. */
export const returnPrereview = defineCommand({
  name: "report.prereview.return",
  schema: prereviewReturnSchema,
  permission: (input, { db }) => ({ action: "report.prereview.decide", target: reportTarget(db, input.orgCode), year: input.year }),
  run: (input, ctx) => decide("return", input, ctx),
});
