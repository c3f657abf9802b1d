import type { BodyRow, TableLayout } from "@/lib/templates";
import styles from "./statistics-table.module.css";
import { RowLabels, TableHeaderRows, valueColumnCount } from "./table-parts";

type Props = {
  table: TableLayout;
  /** Cell code → printed value (no thousands separators; amounts with their decimals). */
  values: Record<string, string>;
  /** The table's accessible name, printed as its caption. */
  caption: string;
  /** When set, each value links to `${drillBase}/${cellCode}` (the drill-down of a compiled table). */
  drillBase?: string;
};

/**
 * A template table as a real HTML table: column headers with their spans, one row header per
 * body row (indented as printed), the unit column in list layout, values right-aligned.
 * Heading rows print "—" as their unit and hold no value.
 */
export function StatisticsTable({ table, values, caption, drillBase }: Props) {
  const valueColumns = valueColumnCount(table);
  return (
    <div className={styles.scroll}>
      <table className={styles.table}>
        <caption className={styles.caption}>{caption}</caption>
        <thead>
          <TableHeaderRows table={table} cellClassName={styles.colHeader} />
        </thead>
        <tbody>
          {table.body.map((row, r) => (
            <Row key={row.rowCode ?? `r${r}`} row={row} layout={table.layout} values={values} valueColumns={valueColumns} drillBase={drillBase} />
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
  drillBase,
}: {
  row: BodyRow;
  layout: TableLayout["layout"];
  values: Record<string, string>;
  valueColumns: number;
  drillBase?: string;
}) {
  const cells = row.heading ? Array.from({ length: valueColumns }, () => null) : row.cells;
  return (
    <tr className={row.heading ? styles.headingRow : undefined}>
      <RowLabels row={row} layout={layout} labelClassName={styles.rowHeader} stickyClassName={styles.stickyLabel} unitClassName={styles.unit} basePaddingPx={8} />
      {cells.map((code, i) => (
        <td key={code ?? `c${i}`} className={styles.value}>
          {code && drillBase && values[code] !== undefined ? (
            <a href={`${drillBase}/${encodeURIComponent(code)}`} title="查看各单位构成">
              {values[code]}
            </a>
          ) : code ? (
            (values[code] ?? "")
          ) : (
            ""
          )}
        </td>
      ))}
    </tr>
  );
}
