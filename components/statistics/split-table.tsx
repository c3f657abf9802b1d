import styles from "./statistics-table.module.css";

export type SplitPart = { label: string; value: string; share: string };

/** The split of a figure between the region's own level (自治区本级) and the leagues/cities (盟市). */
export function SplitTable({ parts, caption = "本级与盟市构成" }: { parts: SplitPart[]; caption?: string }) {
  return (
    <div className={styles.scroll}>
      <table className={styles.table} style={{ width: "auto", minWidth: 360 }}>
        <caption className={styles.caption}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={styles.colHeader}>
              类别
            </th>
            <th scope="col" className={styles.colHeader}>
              数量
            </th>
            <th scope="col" className={styles.colHeader}>
              占比
            </th>
          </tr>
        </thead>
        <tbody>
          {parts.map((part) => (
            <tr key={part.label}>
              <th scope="row" className={styles.rowHeader}>
                {part.label}
              </th>
              <td className={styles.value}>{part.value}</td>
              <td className={styles.value}>{part.share}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
