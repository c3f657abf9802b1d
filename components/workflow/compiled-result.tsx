"use client";

import { useState, useTransition } from "react";
import Link from "next/link";
import { useLeaveGuard } from "@/components/use-leave-guard";
import { usePageRefresh } from "@/components/use-page-refresh";
import { Alert, Button, Card, Input, List, Space, Tag } from "antd";
import type { WorkflowActionResult } from "./types";

/** A direct child that holds the compiled result back (not yet 已通过). */
export type PendingChild = { orgCode: string; name: string; statusLabel: string };

/** A warning of the compiled values, with the explanation stored for it. */
export type CompiledWarning = { key: string; message: string; text: string };

type Props = {
  year: number;
  orgCode: string;
  version: number;
  /** The kept version the stored result stands at (第 n 版), null before any. */
  keptNumber: number | null;
  /** 实时汇总 (compiled now) or the stored version that was marked 待签发 / signed. */
  source: "live" | "frozen";
  pending: PendingChild[];
  /** The stored snapshot differs from what the approved children compile to now. */
  stale: boolean;
  warnings: CompiledWarning[];
  /** The current user may write explanations now (填报员, result editable). */
  canExplain: boolean;
  saveExplanations: (input: { year: number; orgCode: string; version: number; explanations: Record<string, string> }) => Promise<WorkflowActionResult>;
};

/**
 * The compiling unit's own compiled result (decision 011): where its values come from, which
 * direct children are not yet approved (it cannot be marked 待签发 before), and the warnings of
 * the compiled values with their explanations (written here: nothing of it is typed).
 */
export function CompiledResult(p: Props) {
  const refresh = usePageRefresh(p.warnings);
  const [pendingSave, startTransition] = useTransition();
  const [texts, setTexts] = useState<Record<string, string>>(() => Object.fromEntries(p.warnings.map((w) => [w.key, w.text])));
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  // What was last saved here (the page's own copy may be a refresh behind).
  const [savedTexts, setSavedTexts] = useState<Record<string, string> | null>(null);
  useLeaveGuard(p.canExplain && p.warnings.some((w) => (texts[w.key] ?? "") !== (savedTexts ? (savedTexts[w.key] ?? "") : w.text)));

  const save = () =>
    startTransition(async () => {
      setMessage(null);
      const r = await p.saveExplanations({ year: p.year, orgCode: p.orgCode, version: p.version, explanations: texts });
      if (r.ok) {
        setSavedTexts(texts);
        setMessage({ ok: true, text: "说明已保存" });
        refresh();
      } else setMessage({ ok: false, text: r.error });
    });

  return (
    <Card size="small" title="本级汇总结果" style={{ marginBottom: 16 }} aria-label="本级汇总结果">
      <p style={{ margin: "0 0 8px" }}>
        {p.source === "frozen"
          ? `下表为本级已标记待签发（或已签发）时保存的汇总结果${p.keptNumber ? `（第 ${p.keptNumber} 版）` : ""}，上级审核的就是这一版。`
          : "下表为已审核通过的下级单位数据的实时汇总（只读，不能直接填报）；标记为待签发时保存为本级汇总结果。"}
      </p>
      <p style={{ margin: "0 0 8px" }}>
        下载已审核通过数据的汇总表：
        <a href={`/api/stats/${p.year}/${encodeURIComponent(p.orgCode)}/table.xlsx`} download>
          Excel
        </a>
        {" / "}
        <a href={`/api/stats/${p.year}/${encodeURIComponent(p.orgCode)}/table.csv`} download>
          CSV
        </a>
        {"；所属各单位的数据（每单位一行）："}
        <a href={`/api/stats/${p.year}/${encodeURIComponent(p.orgCode)}/units.xlsx`} download>
          各单位数据 Excel
        </a>
      </p>
      {p.stale ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          title="下级单位的已通过数据在本级汇总结果保存后有变化"
          description={p.pending.length ? `未审核通过的下级单位：${p.pending.map((c) => `${c.name}（${c.statusLabel}）`).join("、")}` : "如需更新，请按更正流程重新汇总报送。"}
        />
      ) : null}
      {p.source === "live" && p.pending.length ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 8 }}
          title={`尚有 ${p.pending.length} 个下级单位未审核通过，本级汇总结果暂不能标记为待签发`}
          description={
            <ul aria-label="未审核通过的下级单位" style={{ margin: 0, paddingLeft: 20 }}>
              {p.pending.map((c) => (
                <li key={c.orgCode}>
                  <Link href={`/stats/${p.year}/${encodeURIComponent(c.orgCode)}`}>{c.name}</Link>
                  <Tag style={{ marginLeft: 8 }}>{c.statusLabel}</Tag>
                </li>
              ))}
            </ul>
          }
        />
      ) : p.source === "live" ? (
        <Alert type="success" showIcon style={{ marginBottom: 8 }} title="下级单位已全部审核通过，可以标记为待签发" />
      ) : null}
      {p.warnings.length ? (
        <>
          <List
            size="small"
            header={<strong>汇总数据的提示（{p.warnings.length} 条，须说明后才能标记为待签发）</strong>}
            dataSource={p.warnings}
            renderItem={(w) => (
              <List.Item>
                <div style={{ width: "100%" }}>
                  <div>{w.message}</div>
                  {p.canExplain ? (
                    <Input.TextArea
                      aria-label={`说明：${w.message}`}
                      rows={2}
                      maxLength={2000}
                      style={{ marginTop: 4 }}
                      value={texts[w.key] ?? ""}
                      onChange={(e) => setTexts((t) => ({ ...t, [w.key]: e.target.value }))}
                    />
                  ) : (
                    <div style={{ color: w.text ? undefined : "#cf1322" }}>说明：{w.text || "（未说明）"}</div>
                  )}
                </div>
              </List.Item>
            )}
          />
          {p.canExplain ? (
            <Space style={{ marginTop: 8 }}>
              <Button onClick={save} loading={pendingSave}>
                保存说明
              </Button>
              {message ? <span role={message.ok ? "status" : "alert"} style={{ color: message.ok ? "#389e0d" : "#cf1322" }}>{message.text}</span> : null}
            </Space>
          ) : null}
        </>
      ) : null}
    </Card>
  );
}
