/** Plain rows the server prints for the review tables on the client: no bigints, no database types. */

/** One row of the drill-down tree as the client table shows it (no bigints: printed on the server). */
export type DrillRow = {
  key: string;
  code: string;
  name: string;
  /** Exact, as a decimal string without separators (the JSON route's figure). */
  value: string;
  /** With thousands separators, as shown. */
  text: string;
  share: string | null;
  leaf: boolean;
  leaves: number;
  /** The unit's own statistics page. */
  href: string;
  children?: DrillRow[];
};

export type Drill = {
  root: DrillRow;
  /** Units below that the user may not read: folded into one figure, never named. */
  hidden: { units: number; text: string } | null;
};

/** One direct child in the reviewer's dashboard (formatted on the server; plain data for the client table). */
export type DashboardRow = {
  orgCode: string;
  name: string;
  status: string;
  statusLabel: string;
  version: number | null;
  signerName: string | null;
  signedAt: string | null;
  signedAtMs: number | null;
  lastChange: string | null;
  lastChangeMs: number | null;
  deadline: string | null;
  /** 逾期: signed late, or not yet sent and past the deadline ("2天3小时"). */
  late: string | null;
  lateMs: number | null;
  /** Warning-level rule instances firing now and how many are explained; null without values. */
  warnings: { count: number; explained: number } | null;
  /** 结转: "none" while the unit has no values to check. */
  continuity: { state: "continuous" | "broken" | "no-previous" | "none"; label: string; detail: string[] };
  /** Its own report: the latest version's date and official URL; lateBy compares version 1 with the publish deadline. */
  publication: { date: string; dateMs: number; url: string | null; lateBy: string | null } | null;
  publishDeadline: string | null;
  /** The office's 预审 of its (first) report: 未送审 / 待预审 / 已退回 / 已通过 / 无需预审 (decision 022), and the report page where the reviewer decides. */
  prereview: { code: "none" | "unsent" | "pending" | "returned" | "cleared"; label: string; voided: boolean; at: string | null; href: string };
  /** Not published and past the publish deadline ("3天"). */
  publishOverdue: string | null;
};

