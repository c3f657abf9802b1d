"use client";

import type { UseFormRegister } from "react-hook-form";
import type { BodyRow, TableLayout, Template } from "@/lib";
import type { FormCheck, FormTexts } from "@/lib/form";
import { CellField } from "./cell-field";
import styles from "./stats-form.module.css";

const INDENT_EM = 1.5;

type Props = {
  table: TableLayout;
  caption: string;
  template: Template;
  register: UseFormRegister<FormTexts>;
  check: FormCheck;
  parseErrors: Record<string, string>;
  previous: Record<string, string> | null;
  theirs: Record<string, string> | null;
  readOnly: boolean;
};

/**
 * A template table as the official form: merged column headers, row labels with their spans,
 * the unit column in list layout, and an input per value cell. The header stays visible while
 * the container scrolls.
 */
export function FormTable(props: Props) {
  const { table, caption } = props;
  const valueColumns = Math.max(table.columnCodes.length, ...table.body.map((row) => row.cells.length));
  return (
    <div className={styles.scroll} role="region" aria-label={caption} tabIndex={-1}>
      <table className={styles.table}>
        <caption className={styles.visuallyHidden}>{caption}</caption>
        <thead>
          {table.header.map((cells, r) => (
            <tr key={r}>
              {cells.map((cell, c) => (
                <th key={c} scope="col" colSpan={cell.colSpan} rowSpan={cell.rowSpan}>
                  {cell.text}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.body.map((row, r) => (
            <Row key={row.rowCode ?? `r${r}`} row={row} valueColumns={valueColumns} {...props} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Row({ row, valueColumns, table, template, register, check, parseErrors, previous, theirs, readOnly }: Props & { row: BodyRow; valueColumns: number }) {
  const cells = row.heading ? Array.from({ length: valueColumns }, () => null) : row.cells;
  return (
    <tr className={row.heading ? styles.headingRow : undefined}>
      {row.labels.map((label, i) => (
        <th
          key={i}
          scope="row"
          colSpan={label.colSpan}
          rowSpan={label.rowSpan}
          className={styles.rowHeader}
          style={table.layout === "list" ? { paddingLeft: `calc(6px + ${row.indent * INDENT_EM}em)` } : undefined}
        >
          {label.text}
        </th>
      ))}
      {table.layout === "list" ? <td className={styles.unit}>{row.heading ? "—" : (row.unit ?? "")}</td> : null}
      {cells.map((code, i) => {
        const cell = code ? template.cell(code) : undefined;
        return (
          <td key={code ?? `c${i}`} className={styles.value}>
            {cell ? (
              <CellField
                cell={cell}
                register={register}
                sum={check.sums[cell.code]}
                parseError={parseErrors[cell.code]}
                issues={check.byCell[cell.code]}
                previous={previous?.[cell.code]}
                theirs={theirs?.[cell.code]}
                readOnly={readOnly}
              />
            ) : null}
          </td>
        );
      })}
    </tr>
  );
}
