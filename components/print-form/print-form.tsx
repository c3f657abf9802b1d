import Link from "next/link";
import type { BodyRow, TableLayout } from "@/lib/templates";
import type { PrintForm } from "@/lib/contracts/print-form";
import { RowLabels, TableHeaderRows, valueColumnCount } from "@/components/statistics/table-parts";
import { PrintButton } from "./print-button";
import styles from "./print-form.module.css";

function Row({ row, layout, printed, valueColumns }: { row: BodyRow; layout: TableLayout["layout"]; printed: Record<string, string>; valueColumns: number }) {
  const cells = row.heading ? Array.from({ length: valueColumns }, () => null) : row.cells;
  return (
    <tr className={row.heading ? styles.headingRow : undefined}>
      <RowLabels row={row} layout={layout} labelClassName={styles.rowHeader} unitClassName={styles.unit} basePaddingPx={4} />
      {cells.map((code, i) => (
        <td key={code ?? `c${i}`} className={styles.value}>
          {code ? (printed[code] ?? "") : ""}
        </td>
      ))}
    </tr>
  );
}

/**
 * The statistics form as the official table prints on A4: the title, the unit, its code and the
 * year, each section's tables with their merged headers (repeated on every printed page), row
 * labels, units and the values (or blank cells), then the signature line.
 */
export function PrintFormView({ form }: { form: PrintForm }) {
  return (
    <div className={styles.page}>
      <div className={styles.toolbar}>
        <PrintButton />
        {form.links.other ? <Link href={form.links.other}>{form.blank ? "打印已填数据" : "打印空白表"}</Link> : null}
        <Link href={form.links.back}>返回</Link>
      </div>
      <h1 className={styles.title}>{form.title}</h1>
      <div className={styles.meta}>
        <span>填报单位（盖章）：{form.unit ? form.unit.name : "＿＿＿＿＿＿＿＿＿＿＿＿"}</span>
        {form.unit ? <span>单位代码：{form.unit.code}</span> : null}
        <span>年度：{form.yearTitle}</span>
        {form.unit && !form.blank ? (
          <span>
            数据：{form.unit.source}（{form.unit.statusLabel}）
          </span>
        ) : null}
      </div>
      {form.sections.map((section) => (
        <section key={section.id} aria-label={section.title}>
          <h2 className={styles.section}>{section.title}</h2>
          {section.tables.map((table) => (
            <table key={table.id} className={styles.table}>
              {table.title ? <caption>{table.title}</caption> : null}
              <thead>
                <TableHeaderRows table={table} cellClassName={styles.colHeader} />
              </thead>
              <tbody>
                {table.body.map((row, r) => (
                  <Row key={row.rowCode ?? `r${r}`} row={row} layout={table.layout} printed={form.printed} valueColumns={valueColumnCount(table)} />
                ))}
              </tbody>
            </table>
          ))}
        </section>
      ))}
      <div className={styles.signatures}>
        <span>单位负责人：＿＿＿＿＿＿</span>
        <span>填表人：＿＿＿＿＿＿</span>
        <span>联系电话：＿＿＿＿＿＿</span>
        <span>填报日期：＿＿＿＿年＿＿月＿＿日</span>
      </div>
    </div>
  );
}
