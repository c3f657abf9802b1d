"use client";

/** A detail JSON parsed, or the raw text when it is not JSON. */
function parse(detailJson: string | null): unknown {
  if (detailJson === null) return null;
  try {
    return JSON.parse(detailJson) as unknown;
  } catch {
    return detailJson;
  }
}

const compact = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));

/** One line for the table: "变更前 … → 变更后 …" when the entry records both, else the detail as JSON. */
export function detailSummary(detailJson: string | null): string {
  const d = parse(detailJson);
  if (d === null) return "";
  if (typeof d === "object" && d !== null && ("before" in d || "after" in d)) {
    const { before, after, ...rest } = d as { before?: unknown; after?: unknown };
    const parts = [before != null ? `变更前 ${compact(before)}` : "", after != null ? `变更后 ${compact(after)}` : "", Object.keys(rest).length ? compact(rest) : ""];
    return parts.filter(Boolean).join("；");
  }
  return compact(d);
}

/** The whole detail, before and after side by side, for an expanded row. */
export function AuditDetail({ detailJson }: { detailJson: string | null }) {
  const d = parse(detailJson);
  if (d === null) return <span>无详情</span>;
  const pre = (v: unknown) => (
    <pre style={{ margin: 0, whiteSpace: "pre-wrap", wordBreak: "break-all", fontSize: 12 }}>{typeof v === "string" ? v : JSON.stringify(v, null, 2)}</pre>
  );
  if (typeof d === "object" && d !== null && ("before" in d || "after" in d)) {
    const { before, after, ...rest } = d as { before?: unknown; after?: unknown };
    return (
      <div style={{ display: "grid", gridTemplateColumns: "repeat(3, minmax(0, 1fr))", gap: 16 }}>
        <section aria-label="变更前">
          <strong>变更前</strong>
          {pre(before ?? null)}
        </section>
        <section aria-label="变更后">
          <strong>变更后</strong>
          {pre(after ?? null)}
        </section>
        <section aria-label="其他">
          <strong>其他</strong>
          {pre(rest)}
        </section>
      </div>
    );
  }
  return pre(d);
}
