import type { AuditLine } from "@/lib/audit/entry-words";

/** The whole detail of an expanded row, one line per field (lib/audit/entry-words words them). */
export function AuditDetail({ lines }: { lines: readonly AuditLine[] }) {
  if (lines.length === 0) return <span>无详情</span>;
  return (
    <dl style={{ display: "grid", gridTemplateColumns: "max-content minmax(0, 1fr)", gap: "4px 16px", margin: 0 }}>
      {lines.map((l, i) => (
        <div key={i} style={{ display: "contents" }}>
          <dt style={{ color: "rgba(0, 0, 0, 0.55)" }}>{l.label}</dt>
          <dd style={{ margin: 0, whiteSpace: "pre-wrap", wordBreak: "break-all" }}>{l.value}</dd>
        </div>
      ))}
    </dl>
  );
}
