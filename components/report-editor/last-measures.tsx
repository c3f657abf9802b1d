"use client";

import { Checkbox, Typography } from "antd";
import { useEffect, useState } from "react";
import styles from "./narrative-editor.module.css";

type Props = {
  /** Where the ticks are kept in this browser (one report, one block). */
  storageKey: string;
  year: number;
  items: string[];
};

/**
 * Last year's announced measures beside the block that reports on them: a list to tick off as
 * each is reported in this year's text. The ticks are the writer's own aid, kept in this browser;
 * nothing here goes into the report.
 */
export function LastMeasures({ storageKey, year, items }: Props) {
  const [done, setDone] = useState<number[]>([]);
  useEffect(() => {
    try {
      const kept = JSON.parse(window.localStorage.getItem(storageKey) ?? "[]") as unknown;
      // The stored ticks are read once, after hydration (the server has no localStorage).
      if (Array.isArray(kept)) setDone(kept.filter((i): i is number => Number.isInteger(i) && i >= 0 && i < items.length));
    } catch {
      // An unreadable entry is as good as none.
    }
  }, [storageKey, items.length]);
  const toggle = (i: number, on: boolean) => {
    const next = on ? [...new Set([...done, i])].sort((a, b) => a - b) : done.filter((x) => x !== i);
    setDone(next);
    window.localStorage.setItem(storageKey, JSON.stringify(next));
  };
  const titleId = `${storageKey}-title`;
  return (
    <aside className={styles.measures} aria-labelledby={titleId}>
      <Typography.Text strong id={titleId}>
        {year}年度报告所列改进措施（{done.length}/{items.length} 项已报告落实情况）
      </Typography.Text>
      <Typography.Paragraph type="secondary" style={{ margin: "4px 0 8px" }}>
        请在本部分逐项写明落实情况；本清单不会印入报告。
      </Typography.Paragraph>
      <ul className={styles.measureList}>
        {items.map((item, i) => (
          <li key={i}>
            <Checkbox checked={done.includes(i)} onChange={(e) => toggle(i, e.target.checked)}>
              {item}
            </Checkbox>
          </li>
        ))}
      </ul>
    </aside>
  );
}
