import { anchorName, type PrereviewEventKind } from "@/lib/report-prereview";
import type { PrereviewView } from "@/lib/contracts/publish-view";
import { formatShanghai } from "@/lib/time";
import type { Db } from "@/db/client";
import { listPrereviewComments } from "@/db/queries/report-prereviews";
import type { Caller } from "../../kernel/caller";
import { can } from "../../kernel/can";
import type { ReportUnit } from "../publication/unit";
import { reportParagraphs } from "./paragraphs";
import type { Prereview } from "./state";

const EVENT_LABELS: Record<PrereviewEventKind, string> = { send: "送预审", clear: "预审通过", return: "退回修改" };

/** The 预审 part of the report page's panel for this user: state, history, the latest return's comments, what they may do. */
export function prereviewView(db: Db, user: Caller, unit: ReportUnit, pre: Prereview): PrereviewView {
  const target = { kind: "org" as const, orgId: unit.node.orgId };
  const year = unit.cycle.year;
  const lastReturn = [...pre.events].reverse().find((e) => e.kind === "return");
  const comments = lastReturn ? listPrereviewComments(db, [lastReturn.id]) : [];
  const applies = pre.applies.applies;
  const mayDecide = applies && can(db, user, "report.prereview.decide", target, year);
  const paragraphs = mayDecide && pre.state.code === "pending" ? reportParagraphs(db, year, unit.node.code, unit.coverage) : [];
  return {
    code: pre.state.code,
    label: pre.state.label,
    summary: pre.state.summary,
    office: pre.applies.applies ? pre.applies.office : null,
    voided: pre.state.voided,
    history: pre.events.map((e) => ({ kind: e.kind, label: EVENT_LABELS[e.kind], userName: e.userName, at: formatShanghai(e.at), note: e.note })),
    comments: comments.map((c) => ({
      blockId: c.blockId,
      paragraph: c.paragraph,
      where: anchorName(c),
      quote: c.quote,
      text: c.text,
    })),
    returnNote: lastReturn?.note ?? null,
    can: { send: applies && can(db, user, "report.prereview.send", target, year), decide: mayDecide },
    paragraphs: paragraphs.map((p) => ({ blockId: p.blockId, paragraph: p.paragraph, where: anchorName(p), text: p.text })),
  };
}
