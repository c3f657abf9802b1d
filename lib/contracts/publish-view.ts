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
  defaults: { publisher: string; today: string };
  versions: PublishedVersion[];
};
