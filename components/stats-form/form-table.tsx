"use client";

import type { CSSProperties } from "react";
import type { UseFormRegister } from "react-hook-form";
import type { BodyRow, HeaderCell, TableLayout, Template } from "@/lib";
import type { FormCheck, FormTexts } from "@/lib/form";
import { CellField } from "./cell-field";
import { prefillNoteId } from "./cell-ids";
import styles from "./stats-form.module.css";
import { TableHeaderRows, valueColumnCount } from "@/components/statistics/table-parts";

const INDENT_EM = 1.5;

/**
 * The first label column each label cell of each body row starts in: label cells spanning rows
 * from above occupy their columns in the rows below.
 */
export function labelStarts(table: TableLayout): number[][] {
  const busyUntil: number[] = Array(table.labelColumns).fill(-1); // last row index each column is taken by a rowSpan
  return table.body.map((row, r) => {
    let col = 0;
    return row.labels.map((label) => {
      while (col < table.labelColumns && busyUntil[col]! >= r) col++;
      const start = col;
      for (let c = start; c < Math.min(start + label.colSpan, table.labelColumns); c++) busyUntil[c] = r + label.rowSpan - 1;
      col = start + label.colSpan;
      return start;
    });
  });
}

type Props = {
  table: TableLayout;
  caption: string;
  template: Template;
  register: UseFormRegister<FormTexts>;
  check: FormCheck;
  parseErrors: Record<string, string>;
  previous: Record<string, string> | null;
  /** Cells still holding the value carried over from last year. */
  prefilled: Set<string>;
  /** Row code → the note on its prefilled cells (「已按上年结转下年度数预填」). */
  rowNotes: Record<string, string>;
  theirs: Record<string, string> | null;
  /** Cell code → the reviewer's open comments on it. */
  comments: Record<string, string[]>;
  readOnly: boolean;
};

/**
 * A template table as the official form: merged column headers, row labels with their spans,
 * the unit column in list layout, and an input per value cell. The header stays visible while
 * the container scrolls.
 */
export function FormTable(props: Props) {
  const { table, caption } = props;
  const valueColumns = valueColumnCount(table);
  const starts = labelStarts(table);
  return (
    <div className={styles.scroll} role="region" aria-label={caption} tabIndex={-1}>
      <table className={`${styles.table} ${table.labelColumns > 0 ? styles.labelled : ""}`}>
        <caption className={styles.visuallyHidden}>{caption}</caption>
        <thead>
          <TableHeaderRows table={table} />
        </thead>
        <tbody>
          {table.body.map((row, r) => (
            <Row key={row.rowCode ?? `r${r}`} row={row} starts={starts[r]!} valueColumns={valueColumns} {...props} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * A row's label cells, sticky on horizontal scroll: each at the left offset of its first column
 * (--label-start × the fixed label column width of a multi-label grid, see the CSS). On a phone
 * only the innermost label (the one next to the values) sticks, at the left edge, and label
 * columns are narrower, so the values keep most of the width.
 */
function StickyLabels({ row, starts, table, note }: { row: BodyRow; starts: number[]; table: TableLayout; note: string | undefined }) {
  const fixed = table.layout === "grid" && table.labelColumns > 1;
  const style = (label: HeaderCell, i: number): CSSProperties => ({
    ["--label-start" as string]: starts[i],
    ["--label-cols" as string]: label.colSpan,
    ...(table.layout === "list" ? { paddingLeft: `calc(6px + ${row.indent * INDENT_EM}em)` } : {}),
  });
  return (
    <>
      {row.labels.map((label, i) => {
        const inner = starts[i]! + label.colSpan >= table.labelColumns;
        return (
          <th key={i} scope="row" colSpan={label.colSpan} rowSpan={label.rowSpan} className={`${styles.rowHeader} ${inner ? styles.innerLabel : styles.outerLabel} ${fixed ? styles.fixedLabel : ""}`} style={style(label, i)}>
            {label.text}
            {note && inner ? (
              <div id={prefillNoteId(row.rowCode ?? "")} className={styles.prefillNote}>
                {note}
              </div>
            ) : null}
          </th>
        );
      })}
      {table.layout === "list" ? <td className={styles.unit}>{row.heading ? "—" : (row.unit ?? "")}</td> : null}
    </>
  );
}

function Row({ row, starts, valueColumns, table, template, register, check, parseErrors, previous, prefilled, rowNotes, theirs, comments, readOnly }: Props & { row: BodyRow; starts: number[]; valueColumns: number }) {
  const cells = row.heading ? Array.from({ length: valueColumns }, () => null) : row.cells;
  const note = row.rowCode ? rowNotes[row.rowCode] : undefined;
  return (
    <tr className={row.heading ? styles.headingRow : undefined}>
      <StickyLabels row={row} starts={starts} table={table} note={note} />
      {cells.map((code, i) => {
        const cell = code ? template.cell(code) : undefined;
        return (
          <td key={code ?? `c${i}`} className={`${styles.value} ${code && comments[code] ? styles.commented : ""}`}>
            {cell ? (
              <CellField
                cell={cell}
                register={register}
                sum={check.sums[cell.code]}
                parseError={parseErrors[cell.code]}
                issues={check.byCell[cell.code]}
                previous={previous?.[cell.code]}
                prefillNote={prefilled.has(cell.code) && row.rowCode ? prefillNoteId(row.rowCode) : undefined}
                theirs={theirs?.[cell.code]}
                comments={comments[cell.code]}
                readOnly={readOnly}
              />
            ) : null}
          </td>
        );
      })}
    </tr>
  );
}
