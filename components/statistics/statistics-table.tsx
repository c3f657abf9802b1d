import type { BodyRow, TableLayout } from "@/lib/templates";
import styles from "./statistics-table.module.css";

type Props = {
  table: TableLayout;
  /** Cell code → printed value (no thousands separators; amounts with their decimals). */
  values: Record<string, string>;
  /** The table's accessible name, printed as its caption. */
  caption: string;
};

const INDENT_EM = 1.5;

/**
 * A template table as a real HTML table: column headers with their spans, one row header per
 * body row (indented as printed), the unit column in list layout, values right-aligned.
 * Heading rows print "—" as their unit and hold no value.
 */
export function StatisticsTable({ table, values, caption }: Props) {
  const valueColumns = Math.max(table.columnCodes.length, ...table.body.map((row) => row.cells.length));
  return (
    <div className={styles.scroll}>
      <table className={styles.table}>
        <caption className={styles.caption}>{caption}</caption>
        <thead>
          {table.header.map((cells, r) => (
            <tr key={r}>
              {cells.map((cell, c) => (
                <th key={c} scope="col" colSpan={cell.colSpan} rowSpan={cell.rowSpan} className={styles.colHeader}>
                  {cell.text}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.body.map((row, r) => (
            <Row key={row.rowCode ?? `r${r}`} row={row} layout={table.layout} values={values} valueColumns={valueColumns} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Row({
  row,
  layout,
  values,
  valueColumns,
}: {
  row: BodyRow;
  layout: TableLayout["layout"];
  values: Record<string, string>;
  valueColumns: number;
}) {
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
          style={layout === "list" ? { paddingLeft: `calc(8px + ${row.indent * INDENT_EM}em)` } : undefined}
        >
          {label.text}
        </th>
      ))}
      {layout === "list" ? <td className={styles.unit}>{row.heading ? "—" : (row.unit ?? "")}</td> : null}
      {cells.map((code, i) => (
        <td key={code ?? `c${i}`} className={styles.value}>
          {code ? (values[code] ?? "") : ""}
        </td>
      ))}
    </tr>
  );
}
