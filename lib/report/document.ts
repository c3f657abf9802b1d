/**
 * A report as plain data (strings and numbers only: it crosses worker and server boundaries
 * by structured clone or JSON). Renderers (PDF, HTML) lay it out; they compute nothing.
 */
import type { Run } from "./placeholders/fill";

export type { Run };

/** A table cell as printed: spans as in TableLayout, text already formatted. */
export type PrintedCell = {
  text: string;
  colSpan: number;
  rowSpan: number;
  align: "left" | "center" | "right";
  /** Label indent in characters (list tables). */
  indent?: number;
};

export type PrintedRow = {
  /** A heading row of a list table ("一、主动公开情况"): label, "—", no value. */
  heading: boolean;
  /** Label cells that start on this row (spanning labels on their first row only), then unit and values. */
  cells: PrintedCell[];
};

export type PrintedTable = {
  id: string;
  /** Printed as a full-width first header row, e.g. "第二十条第（一）项". */
  title?: string;
  layout: "list" | "grid";
  /** Columns left to right: labels, the unit column of a list table, values. */
  columns: { role: "label" | "unit" | "value" }[];
  header: PrintedCell[][];
  body: PrintedRow[];
};

export type PieChart = {
  kind: "pie";
  id: string;
  title: string;
  /** Parts in order; `percent` is a whole percent (they add up to 100); `value` is for geometry only. */
  slices: { label: string; valueText: string; percent: number; value: number }[];
  unit: string;
};

export type BarChart = {
  kind: "bar";
  id: string;
  title: string;
  unit: string;
  bars: { label: string; valueText: string; value: number }[];
};

export type Chart = PieChart | BarChart;

export type Block =
  | { kind: "heading"; level: 1 | 2 | 3 | 4; text: string }
  /** `prompt`: what the office still has to write (a draft shows it, a published report has none). */
  | { kind: "paragraph"; role: "body" | "prompt"; runs: Run[] }
  | { kind: "table"; table: PrintedTable }
  | { kind: "chart"; chart: Chart }
  /** A new page with a label at its top left ("附表", "附图") and a centred caption. */
  | { kind: "appendix"; label: string; caption?: string };

export type ReportDocument = {
  title: string;
  /** The title in the pieces it may be broken between (a long title breaks there, not mid-word). */
  titleLines: string[];
  meta: { templateId: string; year: number; orgCode: string; unitName: string };
  blocks: Block[];
};

/** The plain text of some runs. */
export function runsText(runs: Run[]): string {
  return runs.map((r) => r.text).join("");
}
