import type { ReactNode } from "react";
import styles from "./fact-list.module.css";

/**
 * Label–value pairs in a grid that reflows by CSS: three or four a row on a desktop, one a row
 * on a phone (antd's Descriptions keeps its server-rendered column count and squeezes them).
 */
export function FactList({ items, label }: { items: { key: string; label: string; children: ReactNode }[]; label?: string }) {
  return (
    <dl className={styles.facts} aria-label={label}>
      {items.map((it) => (
        <div key={it.key} className={styles.fact}>
          <dt className={styles.term}>{it.label}</dt>
          <dd className={styles.value}>{it.children}</dd>
        </div>
      ))}
    </dl>
  );
}
