"use client";

import { Alert, Collapse, List, Table, Tag, Typography } from "antd";

import type { ComparisonRow, ComparisonView } from "@/lib/contracts/workflow-view";

export type { ComparisonRow, ComparisonView };

/** The reviewer's reading aid: warnings with the unit's explanations, then this year against last year, cell by cell. */
export function SubmissionComparison({ view }: { view: ComparisonView }) {
  const explained = view.warnings.filter((w) => w.explanation).length;
  return (
    <section aria-label="审核要点" style={{ marginBottom: 16 }}>
      {view.hard.length ? (
        <Alert type="error" showIcon style={{ marginBottom: 8 }} title={`有 ${view.hard.length} 处未通过审核规则`} description={<ul style={{ margin: 0, paddingLeft: 20 }}>{view.hard.map((h) => <li key={h}>{h}</li>)}</ul>} />
      ) : null}
      <Collapse
        defaultActiveKey={view.warnings.length ? ["warnings"] : []}
        items={[
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
                scroll={{ y: 480 }}
                dataSource={view.rows}
                columns={[
                  { title: "项目", dataIndex: "name", render: (name: string, r) => <span>{name}<Typography.Text type="secondary">（{r.code}）</Typography.Text>{r.warned ? <Tag color="gold" style={{ marginLeft: 6 }}>提示</Tag> : null}</span> },
                  { title: "本年", dataIndex: "current", align: "right", width: 130, render: (v: string | null, r) => (v === null ? "—" : `${v}${r.unit}`) },
                  { title: "上年", dataIndex: "previous", align: "right", width: 130, render: (v: string | null, r) => (v === null ? "—" : `${v}${r.unit}`) },
                  { title: "变化", dataIndex: "change", align: "right", width: 150, render: (v: string | null, r) => (v === null ? "—" : `${v}${r.changePercent !== null ? `（${r.changePercent}%）` : ""}`) },
                ]}
              />
            ),
          },
        ]}
      />
    </section>
  );
}
