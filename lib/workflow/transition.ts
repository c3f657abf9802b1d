import { SUBMISSION_STATUS_LABELS, type SubmissionStatusCode } from "./statuses";
import { readinessRefusal, type Readiness } from "./readiness";

/**
 * What happens to a submission. Who may cause each is `authorize`'s business (lib/authz):
 * edit / mark-ready by the unit's 填报员 (stats.edit), sign-off by its 负责人 (stats.signoff),
 * return / approve by the parent's 审核员 (stats.review), request-correction by the unit
 * (stats.correct.request), reopen by the parent's 审核员 (stats.correct.reopen).
 */
export type WorkflowEvent =
  | { type: "edit" }
  | { type: "mark-ready"; readiness: Pick<Readiness, "missing" | "hard" | "unexplained">; unapprovedChildren?: readonly string[] }
  | { type: "sign-off"; signerName: string; unapprovedChildren?: readonly string[] }
  | { type: "return"; comments: readonly { text: string }[] }
  | { type: "approve" }
  | { type: "request-correction"; reason: string }
  | { type: "reopen"; to?: "returned" | "draft" };

export type WorkflowEventType = WorkflowEvent["type"];

/** The state around the status: whether an approved submission has an open 更正 request. */
export type TransitionContext = { correctionRequested: boolean };

/** The state after an event, or a Chinese refusal. */
export type TransitionResult =
  | { ok: true; status: SubmissionStatusCode; correctionRequested: boolean }
  | { ok: false; reason: string };

const label = (s: SubmissionStatusCode | null) => (s ? SUBMISSION_STATUS_LABELS[s] : "未填报");
const refuse = (reason: string): TransitionResult => ({ ok: false, reason });
const to = (status: SubmissionStatusCode, correctionRequested = false): TransitionResult => ({ ok: true, status, correctionRequested });

function compiledRefusal(unapproved: readonly string[] | undefined): string | null {
  if (!unapproved?.length) return null;
  const names = unapproved.slice(0, 5).join("、") + (unapproved.length > 5 ? `等 ${unapproved.length} 个单位` : "");
  return `下级单位尚未全部审核通过（${names}），汇总结果不能报送`;
}

/**
 * The submission state machine (pure). Statuses: 未填报 (null) → 草稿 → 待签发 → 已报送 →
 * 已退回 / 已通过; a correction request keeps 已通过 with a flag until the reviewer reopens it.
 * @param current the stored status, null when the unit has no submission yet
 * @param event what is happening, with the inputs it needs (readiness, comments, reason …)
 * @param ctx the open-correction flag of the stored submission
 * @returns the next status and flag, or `{ ok: false, reason }` in Chinese
 */
export function transition(current: SubmissionStatusCode | null, event: WorkflowEvent, ctx: TransitionContext = { correctionRequested: false }): TransitionResult {
  const from = label(current);
  switch (event.type) {
    case "edit":
      if (current === null || current === "draft" || current === "ready" || current === "returned") return to("draft");
      return refuse(`当前状态（${from}）下不能修改数据`);
    case "mark-ready": {
      if (current !== "draft" && current !== "returned") {
        return refuse(current === "ready" ? "已是待签发状态" : `当前状态（${from}）下不能标记为待签发`);
      }
      const blocked = compiledRefusal(event.unapprovedChildren) ?? readinessRefusal(event.readiness);
      return blocked ? refuse(blocked) : to("ready");
    }
    case "sign-off": {
      if (current !== "ready") return refuse(`只有待签发的数据才能签发（当前状态：${from}）`);
      if (!event.signerName.trim()) return refuse("签发须记录签发人姓名");
      const blocked = compiledRefusal(event.unapprovedChildren);
      return blocked ? refuse(blocked) : to("submitted");
    }
    case "return":
      if (current !== "submitted") return refuse(`只有已报送的数据才能退回（当前状态：${from}）`);
      if (!event.comments.some((c) => c.text.trim())) return refuse("退回时须填写退回意见");
      return to("returned");
    case "approve":
      if (current !== "submitted") return refuse(`只有已报送的数据才能审核通过（当前状态：${from}）`);
      return to("approved");
    case "request-correction":
      if (current !== "approved") return refuse(`只有已通过的数据才能申请更正（当前状态：${from}）`);
      if (ctx.correctionRequested) return refuse("已提出更正申请，正在等待审核员处理");
      if (!event.reason.trim()) return refuse("申请更正须填写理由");
      return to("approved", true);
    case "reopen":
      if (current !== "approved") return refuse(`只有已通过的数据才能重新打开（当前状态：${from}）`);
      if (!ctx.correctionRequested) return refuse("该单位没有待处理的更正申请，不能重新打开");
      return to(event.to ?? "returned");
  }
}
