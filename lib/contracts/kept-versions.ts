/** Kept versions as the unit page shows them (decision 020), formatted on the server (plain data only). */

/** One change between two states: a cell ("名称（代码）") or a warning's explanation; blank as 空 / 未说明. */
export type KeptChangeLine = { kind: "cell" | "explanation"; label: string; from: string; to: string };

export type KeptVersionView = {
  /** 第 n 版. */
  number: number;
  /** The point that kept it: 标记待签发, 签发, 退回, 审核通过, 重新打开更正. */
  pointLabel: string;
  statusLabel: string;
  at: string;
  by: string | null;
  /** What changed since the previous kept version (empty for 第 1 版 and when nothing changed). */
  changes: KeptChangeLine[];
};

export type KeptHistoryView = {
  /** Oldest first. */
  versions: KeptVersionView[];
  /** The stored state differs from the latest kept version (a draft being corrected): its changes since. */
  unkept: { since: number; changes: KeptChangeLine[] } | null;
  /** States archived before kept versions (every save made one) or replaced by an import: by lock version. */
  archived: { version: number; statusLabel: string; at: string }[];
};

/** What the signer (and the reviewer) reads: the changes since the version last signed. */
export type SinceSignedView = {
  /** The kept version last signed (its number; null for a 签发 from before kept versions), by whom and when; null: never signed. */
  since: { number: number | null; signerName: string; at: string } | null;
  changes: KeptChangeLine[];
};
