import { formatScaled, type CellValues, type Template } from "@/lib";
import { statusLabel } from "@/lib/workflow";
import { formatShanghai } from "@/lib/time";

export type HistoryVersion = { version: number; status: string; values: CellValues; createdAt: number };

/** A 签发 of some version (statistics). */
export type VersionSignoff = { version: number; signerName: string; at: number };

/** The cells whose values differ between two versions, printed "名称（代码）：旧 → 新". */
function changes(template: Template, from: CellValues, to: CellValues): string[] {
  const out: string[] = [];
  for (const c of template.cells) {
    const a = from[c.code];
    const b = to[c.code];
    if (a === b) continue;
    const p = (v: bigint | undefined) => (v === undefined ? "空" : formatScaled(v, c.scale));
    out.push(`${c.name}（${c.code}）：${p(a)} → ${p(b)}`);
  }
  return out;
}

/**
 * The replaced versions of a submission (kept for ever: an approved version survives a
 * correction), oldest first, each with the cells the next version changed.
 */
export function VersionHistory({
  template,
  versions,
  current,
  signoffs,
}: {
  template: Template;
  versions: HistoryVersion[];
  current: { version: number; values: CellValues };
  signoffs: VersionSignoff[];
}) {
  if (versions.length === 0) return null;
  return (
    <details style={{ margin: "0 0 16px", background: "#fff", padding: "8px 12px", border: "1px solid #f0f0f0" }}>
      <summary>历史版本（{versions.length} 个）</summary>
      <ol aria-label="历史版本" style={{ margin: "8px 0 0", paddingLeft: 20 }}>
        {versions.map((v, i) => {
          const next = versions[i + 1] ?? current;
          const changed = changes(template, v.values, next.values);
          const signed = signoffs.filter((s) => s.version === v.version).map((s) => `${s.signerName} ${formatShanghai(s.at)} 签发`);
          return (
            <li key={v.version} value={v.version}>
              第 {v.version} 版（保存于 {formatShanghai(v.createdAt)}{signed.length ? `；${signed.join("、")}` : ""}；被替换时状态：{statusLabel(v.status)}）
              {changed.length ? `；第 ${next.version} 版改动：${changed.slice(0, 10).join("；")}${changed.length > 10 ? `等 ${changed.length} 处` : ""}` : `；第 ${next.version} 版数值未变`}
            </li>
          );
        })}
      </ol>
    </details>
  );
}
