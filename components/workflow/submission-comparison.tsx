"use client";

import { Alert, Collapse, List, Table, Tag, Typography } from "antd";

import type { ComparisonRow, ComparisonView } from "@/lib/contracts/workflow-view";
import type { SinceSignedView } from "@/lib/contracts/kept-versions";
import { ChangeList } from "./change-list";

export type { ComparisonRow, ComparisonView };

function sinceLabel(s: SinceSignedView): string {
  if (!s.since) return "与上次签发相比：本单位尚未签发过，这是首次签发";
  const which = s.since.number ? `第 ${s.since.number} 版` : "版本";
  return `与上次签发的${which}（${s.since.signerName}，${s.since.at}）相比：${s.changes.length ? `${s.changes.length} 处变化` : "没有变化"}`;
}

/**
 * What the signer and the reviewer read before deciding: what changed since the version last
 * signed, the warnings with the unit's explanations, then this year against last year, cell by
 * cell (the table scrolls on its own on a phone, the item column stays).
 */
export function SubmissionComparison({ view, title }: { view: ComparisonView; /** 签发核对 for the 负责人, 审核要点 for the reviewer. */ title: string }) {
  const explained = view.warnings.filter((w) => w.explanation).length;
  const since = view.sinceSigned ?? null;
  const open = [...(since?.changes.length ? ["since"] : []), ...(view.warnings.length ? ["warnings"] : [])];
  return (
    <section aria-label={title} style={{ marginBottom: 16 }}>
      <h2 style={{ fontSize: 16, margin: "0 0 8px" }}>{title}</h2>
      {view.hard.length ? (
        <Alert type="error" showIcon style={{ marginBottom: 8 }} title={`有 ${view.hard.length} 处未通过审核规则`} description={<ul style={{ margin: 0, paddingLeft: 20 }}>{view.hard.map((h) => <li key={h}>{h}</li>)}</ul>} />
      ) : null}
      <Collapse
        defaultActiveKey={open}
        items={[
          ...(since
            ? [
                {
                  key: "since",
                  label: <span data-testid="comparison-since">{sinceLabel(since)}</span>,
                  children: since.changes.length ? <ChangeList label="自上次签发以来的变化" changes={since.changes} /> : since.since ? "数据和说明与上次签发时相同" : "没有可比较的已签发版本",
                },
              ]
            : []),
          {
            key: "warnings",
            label: (
              <span data-testid="comparison-warnings">
                提示及说明：{view.warnings.length} 条{view.warnings.length ? `，已说明 ${explained} 条` : ""}
              </span>
            ),
            children: view.warnings.length ? (
              <section aria-label="提示及单位说明">
                <List
                  size="small"
                  dataSource={view.warnings}
                  renderItem={(w) => (
                    <List.Item>
                      <div>
                        <div>
                          <Tag color="gold">提示</Tag>
                          {w.message}
                        </div>
                        <div style={{ marginTop: 4 }}>
                          <Typography.Text type={w.explanation ? undefined : "danger"}>单位说明：{w.explanation ?? "（未说明）"}</Typography.Text>
                        </div>
                      </div>
                    </List.Item>
                  )}
                />
              </section>
            ) : (
              "没有需要说明的提示"
            ),
          },
          {
            key: "compare",
            label: view.hasPrevious ? "与上年对比" : "与上年对比（无上年数据）",
            children: (
              <Table<ComparisonRow>
                aria-label="与上年对比"
                size="small"
                rowKey="code"
                pagination={false}
                scroll={{ x: 600, y: 480 }}
                dataSource={view.rows}
                columns={[
                  { title: "项目", dataIndex: "name", fixed: "left", width: 200, render: (name: string, r) => <span>{name}<Typography.Text type="secondary">（{r.code}）</Typography.Text>{r.warned ? <Tag color="gold" style={{ marginLeft: 6 }}>提示</Tag> : null}</span> },
                  { title: "本年", dataIndex: "current", align: "right", width: 120, render: (v: string | null, r) => (v === null ? "—" : `${v}${r.unit}`) },
                  { title: "上年", dataIndex: "previous", align: "right", width: 120, render: (v: string | null, r) => (v === null ? "—" : `${v}${r.unit}`) },
                  { title: "变化", dataIndex: "change", align: "right", width: 160, render: (v: string | null, r) => (v === null ? "—" : `${v}${r.changePercent !== null ? `（${r.changePercent}%）` : ""}`) },
                ]}
              />
            ),
          },
        ]}
      />
    </section>
  );
}
