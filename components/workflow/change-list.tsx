import type { KeptChangeLine } from "@/lib/contracts/kept-versions";

/** How many changes a list shows before "等 n 处" (a whole table retyped would bury the page). */
const SHOWN = 30;

/** Changes between two versions, one per line ("名称（代码）：旧 → 新"), wrapping at any width. */
export function ChangeList({ changes, label }: { changes: KeptChangeLine[]; label: string }) {
  const shown = changes.slice(0, SHOWN);
  return (
    <ul aria-label={label} style={{ margin: "4px 0", paddingLeft: 20, overflowWrap: "anywhere" }}>
      {shown.map((c) => (
        <li key={`${c.kind}:${c.label}`}>
          {c.label}：<span style={{ color: "#8c8c8c" }}>{c.from}</span> → <strong>{c.to}</strong>
        </li>
      ))}
      {changes.length > SHOWN ? <li>…… 共 {changes.length} 处</li> : null}
    </ul>
  );
}
