/**
 * What an upload of filled tables would do, unit by unit, before anything is saved (issue 15):
 * the values that change, every error and warning at its cells with the file's addresses, and a
 * fingerprint of the checked content that the confirmation must send back.
 */
export type ImportPreviewMessage = {
  severity: "hard" | "warning";
  cells: string[];
  /** Where the cells are in the file, e.g. "填报表!D14". */
  addresses: string[];
  message: string;
};

export type ImportPreviewChange = { cell: string; name: string; address: string | null; from: string | null; to: string | null };

export type ImportPreviewUnit = {
  /** Where the table came from ("包头市.xlsx 工作表「填报表」"). */
  source: string;
  orgCode: string | null;
  orgName: string | null;
  /** The stored status's label (未填报, 草稿 …). */
  statusLabel: string;
  /** Uploaded by the reviewer of the unit's parent, not by the unit's own 填报员. */
  asReviewer: boolean;
  changes: ImportPreviewChange[];
  messages: ImportPreviewMessage[];
};

export type ImportPreview = {
  year: number;
  /** "draft" (a unit's filled spreadsheet) or "approved" (history from a published report) … */
  status: "draft" | "submitted" | "approved";
  /** True when nothing refuses the import: it may be confirmed. */
  ok: boolean;
  hardCount: number;
  warningCount: number;
  units: ImportPreviewUnit[];
  /** Over the checked content and the stored versions: the commit is refused when it differs. */
  fingerprint: string;
};

/** What a confirmed import wrote. */
export type ImportCommitResult = {
  year: number;
  status: "draft" | "submitted" | "approved";
  units: { orgCode: string; orgName: string; version: number }[];
  warnings: { orgCode: string; cells: string[]; addresses: string[]; message: string }[];
  /** Compiling units whose compiled result an approved import approved too (decision 011). */
  compiled: { code: string; name: string }[];
};
