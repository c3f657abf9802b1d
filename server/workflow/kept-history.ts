import { orgAttributes } from "../orgs/attributes";
import type { Template } from "@/lib";
import { KEPT_POINT_LABELS, keptChanges, readiness, statusLabel, type KeptChange, type KeptState } from "@/lib/workflow";
import { changeThreshold } from "@/lib/workflow/cycle-change";
import { formatShanghai } from "@/lib/time";
import type { KeptChangeLine, KeptHistoryView, SinceSignedView } from "@/lib/contracts/kept-versions";
import type { Db } from "@/db/client";
import type { Cycle, Signoff } from "@/db/schema";
import { listKeptVersions, type KeptVersionRow } from "@/db/queries/kept-versions";
import { previousApprovedValues } from "@/db/queries/previous-values";
import { listSignoffs } from "@/db/queries/signoffs";
import { listSubmissionVersions, type SubmissionDetail } from "@/db/queries/submissions";

type Unit = { db: Db; cycle: Cycle; template: Template; orgCode: string; orgId: number; submission: SubmissionDetail };

function line(c: KeptChange): KeptChangeLine {
  return c.kind === "cell"
    ? { kind: "cell", label: `${c.name}（${c.code}）`, from: c.from ?? "空", to: c.to ?? "空" }
    : { kind: "explanation", label: `提示「${c.name}」的说明`, from: c.from ?? "未说明", to: c.to ?? "未说明" };
}

/** Names a warning by its message as the rules word it for any of these states (keys are not for people). */
function warningNamer(u: Unit, states: readonly KeptState[]): (key: string) => string | null {
  const previous = previousApprovedValues(u.db, u.cycle.year, u.template.id, u.orgCode);
  const org = orgAttributes(u.db, u.orgId);
  const names = new Map<string, string>();
  for (const s of states) {
    for (const w of readiness(u.template, s.values, {}, previous, changeThreshold(u.cycle), org).warnings) if (!names.has(w.key)) names.set(w.key, w.message);
  }
  return (key) => names.get(key) ?? null;
}

const sameState = (a: KeptState, b: KeptState, template: Template) => keptChanges(template, a, b).length === 0;

/**
 * The unit page's 历史版本: the kept versions, each with what changed since the one before; the
 * stored state's changes since the latest kept version when it differs (a draft being corrected);
 * rows archived before kept versions, listed by their lock version.
 */
export function loadKeptHistory(u: Unit): KeptHistoryView {
  const kept = listKeptVersions(u.db, u.submission.id);
  const name = warningNamer(u, [...kept, u.submission]);
  const latest = kept.at(-1);
  return {
    versions: kept.map((k, i) => ({
      number: k.kept,
      pointLabel: KEPT_POINT_LABELS[k.point],
      statusLabel: statusLabel(k.status),
      at: formatShanghai(k.createdAt),
      by: k.createdByName,
      changes: keptChanges(u.template, kept[i - 1] ?? null, k, name).map(line),
    })),
    unkept: latest && !sameState(latest, u.submission, u.template) ? { since: latest.kept, changes: keptChanges(u.template, latest, u.submission, name).map(line) } : null,
    archived: listSubmissionVersions(u.db, u.cycle.id, u.orgId)
      .filter((v) => v.kept === null)
      .map((v) => ({ version: v.version, statusLabel: statusLabel(v.status), at: formatShanghai(v.createdAt) })),
  };
}

/** The state a 签发 signed: its kept version, or (signed before kept versions) the row or current state of its lock version. */
function signedState(u: Unit, s: Signoff, kept: KeptVersionRow[]): KeptState | null {
  if (s.keptVersion !== null) return kept.find((k) => k.kept === s.keptVersion) ?? null;
  if (u.submission.version === s.version) return u.submission;
  return listSubmissionVersions(u.db, u.cycle.id, u.orgId).find((v) => v.version === s.version) ?? null;
}

/**
 * What changed since the version last signed, for whoever reads before deciding: before a 签发
 * the 负责人 compares the stored state with the last 签发; once signed (已报送, 已通过) the reviewer
 * compares it with the 签发 before. Null when the unit never signed before that.
 */
export function loadSinceSigned(u: Unit): SinceSignedView {
  const signoffs = listSignoffs(u.db, u.submission.id).filter((s) => s.kind === "stats");
  const signedNow = u.submission.status === "submitted" || u.submission.status === "approved";
  const base = signedNow ? signoffs.at(-2) : signoffs.at(-1);
  if (!base) return { since: null, changes: [] };
  const kept = listKeptVersions(u.db, u.submission.id);
  const from = signedState(u, base, kept);
  const since = { number: base.keptVersion, signerName: base.signerName, at: formatShanghai(base.at) };
  if (!from) return { since, changes: [] };
  return { since, changes: keptChanges(u.template, from, u.submission, warningNamer(u, [from, u.submission])).map(line) };
}
