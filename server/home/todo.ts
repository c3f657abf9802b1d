import { buildTree, type RosterNode } from "@/lib";
import type { Role } from "@/lib/authz";
import { daysLeft, daysLeftText, nextSteps, type UnitFacts } from "@/lib/home";
import { canSubmitCompiled, cycleState, deadlineFor, statusLabel, SUBMISSION_STATUS_LABELS, NOT_STARTED_LABEL, type SubmissionStatusCode } from "@/lib/workflow";
import { DEADLINE_KIND_LABELS } from "@/lib/validation/cycle-deadlines";
import { formatWarningFactor } from "@/lib/validation/warning-factor";
import { shanghaiDay } from "@/lib/time";
import type { Cycle } from "@/db/schema";
import { getRoster, listCycles } from "@/db/queries/cycles";
import { cycleTitle } from "@/db/queries/cycle-labels";
import { listSubmissionStatuses } from "@/db/queries/submissions";
import type { HomeDeadline, HomeTodo, HomeUnit } from "@/lib/contracts/home-todo";
import { loadReportUnit } from "../reports/publication/unit";
import type { ReadContext } from "../kernel/read";

export type { HomeTodo } from "@/lib/contracts/home-todo";

/** A deadline this close (days) or past reads as urgent on the home page. */
const URGENT_DAYS = 7;

/**
 * The cycle being reported this season: the last year before today's (the business time, so the
 * demo's 演示日期 2027-02-10 gives 2026), or the latest cycle when that year has none yet.
 */
export function seasonCycle(ctx: Pick<ReadContext, "db" | "now">): Cycle | null {
  const cycles = listCycles(ctx.db);
  const reportYear = Number(shanghaiDay(ctx.now).slice(0, 4)) - 1;
  return cycles.find((c) => c.year <= reportYear) ?? cycles[0] ?? null;
}

/** The deadline groups' names as the kinds of units (agencies keep the departments' days). */
function kindWord(kind: string): string {
  const group = ({ gov_office: "department", dev_zone: "department", vertical: "department", township: "county" } as Record<string, string>)[kind] ?? kind;
  return (DEADLINE_KIND_LABELS as Record<string, string>)[group] ?? "";
}

/**
 * 我的待办 of the signed-in user for the season's cycle: its label and state, the deadlines that
 * concern them with days left, reminders, their units and where each stands, and the one
 * next step (lib/home/next-step) with the other ways to their work.
 */
export function loadHomeTodo(ctx: ReadContext): HomeTodo | null {
  const { db, user, now } = ctx;
  const cycle = seasonCycle(ctx);
  const roles = [...new Set(user.grants.map((g) => g.role))] as Role[];
  if (!cycle) {
    const { primary, others } = nextSteps({ roles, unit: null, review: null });
    return primary ? { year: 0, title: "尚无填报周期", state: "", deadlines: [], reminders: [], units: [], children: null, primary, others } : null;
  }
  const tree = buildTree(getRoster(db, cycle.id));
  const statuses = listSubmissionStatuses(db, cycle.id);
  const ownRoles = new Set(user.grants.filter((g) => g.orgId === user.orgId).map((g) => g.role));
  const node = tree.nodes.get(user.orgId) ?? null;
  const worksOnUnit = node !== null && (ownRoles.has("filler") || ownRoles.has("signer"));
  const deadlines: HomeDeadline[] = [];
  const reminders: string[] = [];
  const units: HomeUnit[] = [];

  const unitHref = (n: RosterNode) => `/stats/${cycle.year}/${encodeURIComponent(n.code)}`;
  const status = (n: RosterNode) => (statuses.get(n.orgId) ?? null) as SubmissionStatusCode | null;
  const deadline = (who: string, purpose: "报送" | "发布", date: string, done: boolean, note?: string) => {
    const d = daysLeft(now, date);
    deadlines.push({ who, purpose, date, left: done ? "已完成" : daysLeftText(d), done, urgent: !done && d <= URGENT_DAYS, note });
  };

  let unit: UnitFacts | null = null;
  if (worksOnUnit && node) {
    const kids = tree.children.get(node.orgId) ?? [];
    const compiles = kids.length > 0;
    const submitsUp = node.parentOrgId !== null;
    const own = status(node);
    const report = loadReportUnit(db, cycle.year, node.code);
    const published = report.publications.length > 0;
    unit = {
      year: cycle.year,
      code: node.code,
      status: own,
      compiles,
      submitsUp,
      childrenDone: canSubmitCompiled(tree, node.orgId, statuses).ok,
      report: { drafted: report.draft.version > 0, signed: report.steps.signoff !== null, published },
    };
    const sent = own === "submitted" || own === "approved";
    const submitDay = deadlineFor(cycle.deadlines, node.kind, "submit");
    if (submitsUp && submitDay) deadline("本单位", "报送", submitDay, sent);
    const publishDay = deadlineFor(cycle.deadlines, node.kind, "publish");
    // The root (the region) has no day in the cycle's settings: the law's 31 March applies to governments.
    if (publishDay) deadline("本单位", "发布", publishDay, published);
    else if (!submitsUp) deadline("本单位", "发布", `${cycle.year + 1}-03-31`, published, "条例第四十九条");
    if (compiles) {
      const counted = kids.filter((k) => k.inSums !== false);
      const approved = counted.filter((k) => statuses.get(k.orgId) === "approved").length;
      const detail = `下级单位已通过 ${approved} / ${counted.length}`;
      units.push({ name: node.name, href: unitHref(node), status: submitsUp ? statusLabel(own) : "本级汇总（无需报送）", detail });
    } else {
      units.push({ name: node.name, href: unitHref(node), status: statusLabel(own), detail: null });
    }
    if (own === "returned") reminders.push("统计数据已被上级退回：请查看退回意见，修改后重新标记为待签发");
    if (own === "ready" && ownRoles.has("signer")) reminders.push("统计数据已标记为待签发：签发前请核对提示及其说明");
  }

  let review: { year: number; waiting: number } | null = null;
  let children: HomeTodo["children"] = null;
  if (roles.includes("reviewer")) {
    const kids = (tree.children.get(user.orgId) ?? []).filter((k) => ctx.can("stats.review", { kind: "org", orgId: k.orgId }, cycle.year));
    if (kids.length) {
      const byStatus = new Map<string, number>();
      for (const k of kids) byStatus.set(statusLabel(status(k)), (byStatus.get(statusLabel(status(k))) ?? 0) + 1);
      children = [NOT_STARTED_LABEL, ...Object.values(SUBMISSION_STATUS_LABELS)].filter((s) => byStatus.has(s)).map((s) => ({ status: s, count: byStatus.get(s)! }));
      review = { year: cycle.year, waiting: kids.filter((k) => status(k) === "submitted").length };
      // The children's days, once per kind of unit.
      const kinds = [...new Set(kids.map((k) => kindWord(k.kind)).filter(Boolean))];
      for (const word of kinds) {
        const sample = kids.find((k) => kindWord(k.kind) === word)!;
        const ofKind = kids.filter((k) => kindWord(k.kind) === word);
        const allSent = ofKind.every((k) => status(k) === "submitted" || status(k) === "approved");
        const day = deadlineFor(cycle.deadlines, sample.kind, "submit");
        if (day) deadline(`下级${word}`, "报送", day, allSent);
        const pub = deadlineFor(cycle.deadlines, sample.kind, "publish");
        if (pub) deadline(`下级${word}`, "发布", pub, false);
        const late = day && daysLeft(now, day) < 0 ? ofKind.filter((k) => status(k) !== "submitted" && status(k) !== "approved").length : 0;
        if (late) reminders.push(`${late} 个下级${word}已过报送期限仍未报送`);
      }
    }
  }
  // Administrators work for every unit: the cycle's days per kind of unit, done once all of that kind have acted.
  if (!deadlines.length && roles.some((r) => r === "sysadmin" || r === "secadmin" || r === "auditor")) {
    const all = [...tree.nodes.values()].filter((n) => n.parentOrgId !== null);
    for (const [kind, word] of Object.entries(DEADLINE_KIND_LABELS)) {
      const ofKind = all.filter((n) => kindWord(n.kind) === word);
      if (!ofKind.length) continue;
      const submit = cycle.deadlines?.[`${kind}.submit`];
      if (submit) deadline(word, "报送", submit, ofKind.every((n) => status(n) === "submitted" || status(n) === "approved"));
      const publish = cycle.deadlines?.[`${kind}.publish`];
      if (publish) deadline(word, "发布", publish, false);
    }
    if (!deadlines.length && roles.includes("sysadmin")) reminders.push("本周期尚未设置报送与发布期限：可在“填报周期”中设置");
  }
  if (worksOnUnit && (ownRoles.has("filler") || ownRoles.has("signer"))) {
    reminders.push(`与上年相比变化超过 ${formatWarningFactor(cycle.warningFactorNum, cycle.warningFactorDen)} 倍（且不少于 ${cycle.warningMinimum}）的数据会出现提示，须填写说明后才能报送`);
  }

  // Every unit but the root sends its statistics up.
  const expected = tree.nodes.size - tree.roots.length;
  const approvedCount = [...statuses.values()].filter((s) => s === "approved").length;
  const state = cycleState({ year: cycle.year, stored: cycle.status, deadlines: cycle.deadlines, now, expected, approved: approvedCount }).label;
  const { primary, others } = nextSteps({ roles, unit, review });
  return { year: cycle.year, title: cycleTitle(db, cycle.year), state, deadlines, reminders, units, children, primary, others };
}
