import type { BodyRow, TableLayout } from "@/lib/templates";

const INDENT_EM = 1.5;

/** How many value columns a table's body needs (headings hold none). */
export function valueColumnCount(table: TableLayout): number {
  return Math.max(table.columnCodes.length, ...table.body.map((row) => row.cells.length));
}

/** The merged column headers of a template table, as printed. */
export function TableHeaderRows({ table, cellClassName }: { table: TableLayout; cellClassName?: string }) {
  return (
    <>
      {table.header.map((cells, r) => (
        <tr key={r}>
          {cells.map((cell, c) => (
            <th key={c} scope="col" colSpan={cell.colSpan} rowSpan={cell.rowSpan} className={cellClassName}>
              {cell.text}
            </th>
          ))}
        </tr>
      ))}
    </>
  );
}

/** A body row's label cells (row headers with their spans, indented as printed) and, in list layout, its unit cell. */
export function RowLabels({
  row,
  layout,
  labelClassName,
  unitClassName,
  stickyClassName,
  basePaddingPx,
}: {
  row: BodyRow;
  layout: TableLayout["layout"];
  labelClassName?: string;
  unitClassName?: string;
  /** Added to the label of a list row (one label column), which may then stay in view as the table scrolls. */
  stickyClassName?: string;
  basePaddingPx: number;
}) {
  return (
    <>
      {row.labels.map((label, i) => (
        <th
          key={i}
          scope="row"
          colSpan={label.colSpan}
          rowSpan={label.rowSpan}
          className={layout === "list" && row.labels.length === 1 && stickyClassName ? `${labelClassName ?? ""} ${stickyClassName}` : labelClassName}
          style={layout === "list" ? { paddingLeft: `calc(${basePaddingPx}px + ${row.indent * INDENT_EM}em)` } : undefined}
        >
          {label.text}
        </th>
      ))}
      {layout === "list" ? <td className={unitClassName}>{row.heading ? "—" : (row.unit ?? "")}</td> : null}
    </>
  );
}
