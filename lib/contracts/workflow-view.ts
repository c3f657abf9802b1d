/** What the workflow panels of a unit's statistics page show, formatted on the server (plain data only). */
import type { SinceSignedView } from "./kept-versions";

/** Which buttons the current user gets (decided on the server with `can` and the status). */
export type AllowedSteps = { ready: boolean; signOff: boolean; review: boolean; correct: boolean; reopen: boolean };

export type PanelComment = { id: number; cell: string | null; cellName: string | null; text: string; at: string; resolved: boolean };

/** Everything the panel shows, already formatted on the server (plain data only). */
export type WorkflowView = {
  year: number;
  orgCode: string;
  unitName: string;
  /** Status code, or null: 未填报. */
  status: string | null;
  statusLabel: string;
  /** The optimistic-lock counter the buttons send back (not shown: people read kept versions). */
  version: number;
  /** The kept version the data stand at, in words: "第 3 版（审核通过）", with "之后有修改" when a draft moved on; "尚无" before any. */
  keptLabel: string;
  /** The number the next kept version gets (the 签发 dialog names the version it makes). */
  nextKept: number;
  userName: string;
  lastChange: string | null;
  /** The latest 签发 and the kept version it made (null: signed before kept versions). */
  signoff: { signerName: string; at: string; late: boolean; lateBy: string | null; keptVersion: number | null } | null;
  approvedAt: string | null;
  deadline: string | null;
  /** Not yet sent and already past the deadline. */
  overdueBy: string | null;
  comments: PanelComment[];
  openCorrection: { reason: string; at: string } | null;
  allowed: AllowedSteps;
  /** Cells a reviewer may comment on (code and name), only when the review buttons show. */
  cells: { code: string; name: string }[];
  /** What the 签发 dialog recalls before the 负责人 confirms (set by the page when it may sign). */
  signing?: SigningSummary | null;
};

/** The 签发 dialog's reminder: warnings and their explanations, and what changed since the last 签发. */
export type SigningSummary = { warnings: number; unexplained: number; changes: number; sinceNumber: number | null; firstSigning: boolean };

export type ComparisonRow = {
  code: string;
  name: string;
  unit: string;
  current: string | null;
  previous: string | null;
  /** "+12", "-3"; null unless both years have a value. */
  change: string | null;
  /** Of last year's value, "12.50"; null when last year was 0 or missing. */
  changePercent: string | null;
  warned: boolean;
};

export type ComparisonView = {
  /** What changed since the version last signed (the 负责人 before 签发, the reviewer after); null when not loaded. */
  sinceSigned?: SinceSignedView | null;
  hasPrevious: boolean;
  warnings: { key: string; message: string; explanation: string | null }[];
  hard: string[];
  rows: ComparisonRow[];
};

/** One uploaded file as the panel lists it (formatted on the server); `version`: the 报送单's number (the kept version signed). */
export type PanelFile = { id: number; version: number; fileName: string; size: number; at: string; uploaderName: string | null; url: string };

export type SubmissionFilesView = {
  year: number;
  orgCode: string;
  /** The version of the latest 签发 (its 报送单 is downloadable), null before any. */
  signedVersion: number | null;
  /** The current user may upload the sealed scan now (the unit's 填报员/负责人, data 已报送 or 已通过). */
  canUpload: boolean;
  /** The current version (uploads attach to it). */
  version: number;
  files: PanelFile[];
};
