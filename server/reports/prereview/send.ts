import { prereviewSendSchema } from "@/lib/validation/report-prereview";
import { insertPrereviewEvent } from "@/db/mutations/report-prereviews";
import { defineCommand } from "../../kernel/command";
import { conflict } from "../../kernel/errors";
import { freezeReport, missingTextMessage } from "../publication/freeze";
import { loadReportUnit, reportAuditTarget, reportTarget } from "../publication/unit";
import { loadPrereview } from "./state";

/**
 * 送预审 (report.prereview.send: the unit's 填报员 or 负责人): the report goes to the office
 * above as it is now. Refused where there is no 预审 (the cycle has it off, or no office above),
 * while it waits there or is cleared on this text, when the text was saved since the sender
 * read it, and while a part the format requires is unwritten (the office reviews a whole report).
 */
export const sendForPrereview = defineCommand({
  name: "report.prereview.send",
  schema: prereviewSendSchema,
  permission: (input, { db }) => ({ action: "report.prereview.send", target: reportTarget(db, input.orgCode), year: input.year }),
  run(input, { db, user, now, audit }) {
    const unit = loadReportUnit(db, input.year, input.orgCode, input.coverage);
    if (unit.draft.version !== input.draftVersion) {
      throw conflict(`报告草稿已修改（现为第 ${unit.draft.version} 稿，您看到的是第 ${input.draftVersion} 稿），请刷新后查看最新内容再送预审`);
    }
    const frozen = freezeReport(db, input.year, unit.node.code, unit.coverage, unit.draft, unit.compiles);
    const { applies, state, textSha256 } = loadPrereview(db, unit, frozen.doc);
    if (!applies.applies) throw conflict(applies.why === "off" ? "本周期未开启报告预审，无需送预审" : "本单位没有上级机关，报告无需预审");
    if (state.code === "pending") throw conflict(`报告已送${applies.office}预审，请等待预审结果`);
    if (state.code === "cleared") throw conflict(`报告已经${applies.office}预审通过，正文未再修改，无需再次送审`);
    if (frozen.missing.length) throw conflict(`不能送预审：${missingTextMessage(frozen.missing)}`);
    const note = input.note?.trim() || null;
    insertPrereviewEvent(db, { cycleId: unit.cycle.id, orgId: unit.node.orgId, coverage: unit.coverage, kind: "send", draftVersion: unit.draft.version, textSha256: textSha256!, userId: user.id, userName: user.displayName, note, at: now });
    audit({ action: "report.prereview.send", ...reportAuditTarget(input.year, unit.node.code, unit.coverage), detail: { office: applies.office, draftVersion: unit.draft.version, name: user.displayName, ...(note ? { note } : {}) } });
    return { state: "pending" as const, office: applies.office, draftVersion: unit.draft.version };
  },
});
