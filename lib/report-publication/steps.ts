/**
 * Where a report stands on its way to publication, and what still blocks publishing: the
 * 负责人's 签发 and the 保密审查 confirmation must both be given on the CURRENT draft version,
 * after the latest publication (a correction needs fresh ones). Pure: the commands and the panel
 * decide from the same function.
 */
export type ReviewKind = "signoff" | "secrecy";

export type ReviewRecord = {
  kind: ReviewKind;
  draftVersion: number;
  userName: string;
  note: string | null;
  at: number;
  /** Fingerprint of the figures shown when the step was given (null: not recorded). */
  dataSha256?: string | null;
  /** Fingerprint of everything the step was given on: text, preface fields and figures (null: not recorded). */
  contentSha256?: string | null;
  /** Who gave it (null: a console or a removed account). */
  userId?: number | null;
};

/** What the report is now, where known: a step given on anything else does not count. */
export type ReportNow = { dataSha256?: string; contentSha256?: string };

export type PublishedRecord = { version: number; draftVersion: number; publishedAt: number };

export type PublicationSteps = {
  draftVersion: number;
  /** The 签发 that counts now (current draft version, after the latest publication), or null. */
  signoff: ReviewRecord | null;
  secrecy: ReviewRecord | null;
  latest: PublishedRecord | null;
  /** Why publishing (or correcting) now is refused, in Chinese; empty when it may go ahead. */
  blockers: string[];
  /** Status tags for the panel: 草稿 / 已签发 / 保密审查已确认 / 已发布 第N版. */
  labels: string[];
};

const STEP_NAMES: Record<ReviewKind, string> = { signoff: "签发", secrecy: "保密审查确认" };

/** The latest review of a kind that still counts, and why none does. */
function current(
  kind: ReviewKind,
  draftVersion: number,
  reviews: readonly ReviewRecord[],
  latest: PublishedRecord | null,
  now: ReportNow,
): { review: ReviewRecord | null; why: string } {
  const ofKind = reviews.filter((r) => r.kind === kind).sort((a, b) => a.at - b.at);
  const fresh = ofKind.filter((r) => latest === null || r.at > latest.publishedAt);
  const onDraft = fresh.filter((r) => r.draftVersion === draftVersion).at(-1) ?? null;
  const who = kind === "signoff" ? "请本单位负责人签发" : "请确认保密审查";
  // Both steps cover everything that is published: the text, the preface fields and the figures.
  if (onDraft && now.dataSha256 !== undefined && onDraft.dataSha256 && onDraft.dataSha256 !== now.dataSha256) {
    return { review: null, why: kind === "signoff" ? "签发后报告所用的统计数据已变化，须由本单位负责人重新签发" : "保密审查确认后报告所用的统计数据已变化，须重新确认保密审查" };
  }
  if (onDraft && now.contentSha256 !== undefined && onDraft.contentSha256 !== now.contentSha256) {
    return {
      review: null,
      why: kind === "signoff" ? "签发后报告内容（前言字段、正文或数据）已变化，须由本单位负责人重新签发" : "保密审查确认后报告内容（前言字段、正文或数据）已变化，须重新确认保密审查",
    };
  }
  if (onDraft) return { review: onDraft, why: "" };
  const stale = fresh.at(-1);
  if (stale) return { review: null, why: `${STEP_NAMES[kind]}针对的是第 ${stale.draftVersion} 稿，草稿已修改为第 ${draftVersion} 稿，${who}` };
  if (latest) return { review: null, why: `第 ${latest.version} 版发布后尚无新的${STEP_NAMES[kind]}，${who}` };
  return { review: null, why: kind === "signoff" ? "尚未签发：报告须经本单位负责人签发后才能发布" : "尚未确认保密审查：报告须经保密审查后才能发布" };
}

/** `now`: the report's fingerprints now, when known (a step given on other figures or content does not count). */
export function publicationSteps(
  draftVersion: number,
  reviews: readonly ReviewRecord[],
  publications: readonly PublishedRecord[],
  now: ReportNow = {},
): PublicationSteps {
  const latest = [...publications].sort((a, b) => a.version - b.version).at(-1) ?? null;
  const signoff = current("signoff", draftVersion, reviews, latest, now);
  const secrecy = current("secrecy", draftVersion, reviews, latest, now);
  const blockers = [signoff.why, secrecy.why].filter(Boolean);
  const labels = [
    ...(latest ? [`已发布 第${latest.version}版`] : []),
    ...(signoff.review ? ["已签发"] : []),
    ...(secrecy.review ? ["保密审查已确认"] : []),
  ];
  return { draftVersion, signoff: signoff.review, secrecy: secrecy.review, latest, blockers, labels: labels.length ? labels : ["草稿"] };
}
