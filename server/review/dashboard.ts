import { allOrgAttributes } from "../orgs/attributes";
import { buildTree, type RosterNode, type Template } from "@/lib";
import { getTemplate } from "@/lib/templates";
import { continuity, countWarnings, CONTINUITY_LABELS, publicationLate, type NoticeUnit } from "@/lib/review";
import { changeThreshold } from "@/lib/workflow/cycle-change";
import { deadlineFor, lateness, postedAt, publishTiming, statusLabel } from "@/lib/workflow";
import { formatShanghai } from "@/lib/time";
import type { Db } from "@/db/client";
import type { Cycle } from "@/db/schema";
import { getCycleByYear, getRoster } from "@/db/queries/cycles";
import { getSubmission, listSubmissions } from "@/db/queries/submissions";
import { previousLineReader } from "@/db/queries/previous-values";
import { listSignoffs } from "@/db/queries/signoffs";
import { listPublicationSummaries } from "@/db/queries/report-publications";
import type { DashboardRow } from "@/lib/contracts/review";
import type { CurrentUser } from "../kernel/caller";
import { canOn } from "@/server/kernel/can";
import { treeAccessFor } from "../orgs/tree";
import { prereviewStates } from "../reports/prereview/dashboard";

export type { DashboardRow } from "@/lib/contracts/review";

export type Dashboard = {
  cycle: Cycle;
  template: Template;
  rows: DashboardRow[];
  counts: { total: number; submitted: number; approved: number; late: number; unpublished: number; publishLate: number; prereviewPending: number };
};

/**
 * The reviewer's dashboard of a year: every direct child of the user's unit that the user may
 * review, with status, 签发, last change, 逾期, warnings (and how many explained), 结转
 * continuity against last year and its report's publication. Null when the cycle does not exist;
 * an empty list when the user reviews nobody there.
 */
export function loadDashboard(db: Db, user: CurrentUser, year: number, at: number): Dashboard | null {
  const cycle = getCycleByYear(db, year);
  if (!cycle) return null;
  const template = getTemplate(cycle.templateId);
  const tree = buildTree(getRoster(db, cycle.id));
  const access = treeAccessFor(db, year);
  const children: RosterNode[] = (tree.children.get(user.orgId) ?? []).filter((c) => canOn(access, user, "stats.review", { kind: "org", orgId: c.orgId }));
  const byOrg = new Map(listSubmissions(db, cycle.id).map((s) => [s.orgId, s]));
  // Last year's approved values of each child's line (itself and the units it took over), as its form and page check them.
  const previous = previousLineReader(db, cycle.year, template.id);
  const publications = listPublicationSummaries(db, cycle.id);
  const change = changeThreshold(cycle);
  const attributes = allOrgAttributes(db);
  const prereview = prereviewStates(db, cycle, tree, children);

  const rows = children.map((child): DashboardRow => {
    const s = byOrg.get(child.orgId);
    const detail = s ? getSubmission(db, cycle.id, child.orgId) : null;
    const signoff = s ? listSignoffs(db, s.id).filter((x) => x.kind === "stats").at(-1) : undefined;
    const sent = s?.status === "submitted" || s?.status === "approved";
    const deadline = deadlineFor(cycle.deadlines, child.kind, "submit");
    const late = sent && signoff ? lateness(signoff.at, signoff.deadline) : sent ? { late: false as const } : lateness(at, deadline);
    const prev = previous?.(child.code)?.values ?? null;
    const values = detail?.values ?? {};
    const hasValues = Object.keys(values).length > 0;
    const explanations = Object.fromEntries((detail?.explanations ?? []).map((e) => [e.ruleKey, e.text]));
    const cont = continuity(template, values, prev);
    const pub = publications.get(child.orgId);
    // Measured by the day the report was posted on the platform (none recorded: not yet published).
    const timing = publishTiming(deadlineFor(cycle.deadlines, child.kind, "publish"), pub?.firstOfficialDate ? postedAt([pub.firstOfficialDate]) : null, at);
    return {
      orgCode: child.code,
      name: child.name,
      status: s?.status ?? "none",
      statusLabel: statusLabel(s?.status),
      version: s?.version ?? null,
      signerName: sent && signoff ? signoff.signerName : null,
      signedAt: sent && signoff ? formatShanghai(signoff.at) : null,
      signedAtMs: sent && signoff ? signoff.at : null,
      lastChange: s ? formatShanghai(s.updatedAt) : null,
      lastChangeMs: s?.updatedAt ?? null,
      deadline,
      late: late.late ? late.lateBy : null,
      lateMs: late.late ? late.lateByMs : null,
      warnings: hasValues ? countWarnings(template, values, explanations, prev, change, attributes.get(child.orgId)) : null,
      continuity: hasValues
        ? { state: cont.state, label: CONTINUITY_LABELS[cont.state], detail: cont.state === "broken" ? cont.broken : [] }
        : { state: "none", label: "—", detail: [] },
      // Published means posted on the platform: a version frozen here but not yet posted is still 未发布.
      publication: pub?.firstOfficialDate
        ? { date: pub.officialDate ?? pub.firstOfficialDate, dateMs: pub.publishedAt, url: pub.officialUrl, lateBy: timing.lateBy }
        : null,
      publishDeadline: timing.deadline,
      publishOverdue: timing.overdueBy,
      prereview: prereview.get(child.orgId)!,
    };
  });
  return {
    cycle,
    template,
    rows,
    counts: {
      total: rows.length,
      submitted: rows.filter((r) => r.status === "submitted" || r.status === "approved").length,
      approved: rows.filter((r) => r.status === "approved").length,
      late: rows.filter((r) => r.late !== null).length,
      unpublished: rows.filter((r) => r.publication === null).length,
      publishLate: rows.filter((r) => publicationLate(r)).length,
      prereviewPending: rows.filter((r) => r.prereview.code === "pending").length,
    },
  };
}

/** The dashboard's rows as the draft 通报 needs them. */
export function noticeUnits(rows: DashboardRow[]): NoticeUnit[] {
  return rows.map((r) => ({
    code: r.orgCode,
    name: r.name,
    statusLabel: r.statusLabel,
    deadline: r.deadline,
    sentAt: r.signedAt,
    lateBy: r.late,
    publication: r.publication ? { date: r.publication.date, url: r.publication.url, lateBy: r.publication.lateBy } : null,
    publishDeadline: r.publishDeadline,
    publishOverdue: r.publishOverdue,
  }));
}
