"use client";

import type { UseFormRegister } from "react-hook-form";
import type { BodyRow, TableLayout, Template } from "@/lib";
import type { FormCheck, FormTexts } from "@/lib/form";
import { CellField } from "./cell-field";
import styles from "./stats-form.module.css";
import { RowLabels, TableHeaderRows, valueColumnCount } from "@/components/statistics/table-parts";

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
  const valueColumns = valueColumnCount(table);
  return (
    <div className={styles.scroll} role="region" aria-label={caption} tabIndex={-1}>
      <table className={styles.table}>
        <caption className={styles.visuallyHidden}>{caption}</caption>
        <thead>
          <TableHeaderRows table={table} />
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
      <RowLabels row={row} layout={table.layout} labelClassName={styles.rowHeader} unitClassName={styles.unit} basePaddingPx={6} />
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
