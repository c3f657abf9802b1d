import type { KeptHistoryView } from "@/lib/contracts/kept-versions";
import { ChangeList } from "./change-list";

/**
 * The kept versions of a submission (decision 020: kept at 待签发, 签发, 退回, 通过 and 更正; a
 * draft overwrites itself), oldest first, each with what changed since the one before; the
 * draft's changes since the latest kept version; rows archived before kept versions, folded.
 */
export function VersionHistory({ view }: { view: KeptHistoryView }) {
  if (!view.versions.length && !view.archived.length) return null;
  return (
    <details style={{ margin: "0 0 16px", background: "#fff", padding: "8px 12px", border: "1px solid #f0f0f0" }}>
      <summary>历史版本（{view.versions.length} 个）</summary>
      {view.unkept ? (
        <section aria-label="未保留的修改" style={{ marginTop: 8 }}>
          当前数据在第 {view.unkept.since} 版之后有修改（尚未保留为版本，标记待签发时保留）：
          {view.unkept.changes.length ? <ChangeList label={`第 ${view.unkept.since} 版之后的修改`} changes={view.unkept.changes} /> : " 仅状态变化"}
        </section>
      ) : null}
      <ol aria-label="历史版本" style={{ margin: "8px 0 0", paddingLeft: 20 }}>
        {view.versions.map((v, i) => (
          <li key={v.number} value={v.number} style={{ marginBottom: 6 }}>
            <strong>第 {v.number} 版</strong>：{v.pointLabel}（{v.by ? `${v.by}，` : ""}{v.at}；状态：{v.statusLabel}）
            {i === 0 ? null : v.changes.length ? (
              <>
                ，与第 {view.versions[i - 1]!.number} 版相比：
                <ChangeList label={`第 ${v.number} 版的改动`} changes={v.changes} />
              </>
            ) : (
              `，与第 ${view.versions[i - 1]!.number} 版相同`
            )}
          </li>
        ))}
      </ol>
      {view.archived.length ? (
        <details style={{ marginTop: 8 }}>
          <summary>早期保存记录（{view.archived.length} 个：启用版本保留前每次保存都留一份，按保存序号）</summary>
          <ul aria-label="早期保存记录" style={{ margin: "4px 0 0", paddingLeft: 20 }}>
            {view.archived.map((a) => (
              <li key={`${a.version}-${a.at}`}>
                保存序号 {a.version}（{a.at}；状态：{a.statusLabel}）
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </details>
  );
}
