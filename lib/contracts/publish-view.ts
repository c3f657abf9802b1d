/** What the report page's 签发与发布 panel shows, built on the server for the current user (plain data only). */
export type PublishStep = { userName: string; at: string; note: string | null };

export type PublishedVersion = {
  version: number;
  publishedAt: string;
  publishedDate: string;
  pdfSha256: string;
  signer: PublishStep;
  secrecy: PublishStep;
  indexNo: string | null;
  publisher: string;
  writtenDate: string;
  correctionNote: string | null;
  correctionDate: string | null;
  officialUrl: string | null;
  officialDate: string | null;
  pdfUrl: string;
  packageUrl: string;
  publicUrl: string;
};

/** A 预审 comment on one paragraph, as the writer and the reviewer read it. */
export type PrereviewCommentView = { blockId: string; paragraph: number; where: string; quote: string; text: string };

/** The office's 预审 of the report (decision 022), for this user. */
export type PrereviewView = {
  code: "none" | "unsent" | "pending" | "returned" | "cleared";
  label: string;
  /** Where it stands and whom it waits for ("已送包头市预审，等待包头市审核员预审"). */
  summary: string;
  /** The office above (null: no 预审). */
  office: string | null;
  /** A clearance given on other text: sent again after the change. */
  voided: boolean;
  /** Every send, clearance and return, oldest first. */
  history: { kind: "send" | "clear" | "return"; label: string; userName: string; at: string; note: string | null }[];
  /** The latest return's paragraph comments (shown at their paragraphs while it is 已退回). */
  comments: PrereviewCommentView[];
  /** The latest return's overall note. */
  returnNote: string | null;
  can: { send: boolean; decide: boolean };
  /** The written paragraphs a reviewer may comment on (only for a reviewer who may decide now). */
  paragraphs: { blockId: string; paragraph: number; where: string; text: string }[];
};

export type PublishView = {
  year: number;
  orgCode: string;
  draftVersion: number;
  labels: string[];
  signoff: PublishStep | null;
  secrecy: PublishStep | null;
  /** 签发 and 保密审查 given by one person (allowed; said so on the panel). */
  sameReviewer: boolean;
  /** Why publishing now is refused (missing or stale steps). */
  blockers: string[];
  /** Prose the format requires, not yet written: 签发 and publication wait for it. */
  missing: string[];
  /** Optional parts not written: left out of a publication. */
  unwritten: string[];
  /** Why the report cannot be built now (no data), or null. */
  buildError: string | null;
  /** Reasons the latest published version's figures are no longer current, or null. */
  dataFlag: { label: string; reasons: string[] } | null;
  /** The unit's own publish deadline (from the cycle) and how late the report is against it; null when none is set. */
  deadline: { date: string; lateBy: string | null; overdueBy: string | null } | null;
  can: { signoff: boolean; secrecy: boolean; publish: boolean };
  /** The office's 预审 (none for the root or a cycle without it: code "none"). */
  prereview: PrereviewView;
  defaults: { publisher: string; today: string };
  versions: PublishedVersion[];
};
