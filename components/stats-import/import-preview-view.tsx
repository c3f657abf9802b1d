"use client";

import { Alert, Card, Collapse, List, Space, Table, Tag, Typography } from "antd";
import type { ImportPreview, ImportPreviewUnit } from "@/lib/contracts/import-preview";
import { changesLabel } from "@/lib/import/changes-label";

const at = (addresses: string[]) => (addresses.length ? addresses.join("、") : null);

function UnitCard({ unit }: { unit: ImportPreviewUnit }) {
  const hard = unit.messages.filter((m) => m.severity === "hard");
  const warnings = unit.messages.filter((m) => m.severity === "warning");
  const title = unit.orgName ? `${unit.orgName}（${unit.orgCode}）` : (unit.orgCode ?? "未识别的单位");
  return (
    <Card
      size="small"
      role="region"
      aria-label={`${title}的预览`}
      title={<span style={{ whiteSpace: "normal" }}>{title}</span>}
      extra={
        <Space wrap size={4}>
          {unit.statusLabel ? <Tag>{unit.statusLabel}</Tag> : null}
          {unit.asReviewer ? <Tag color="blue">由上级审核员上传</Tag> : null}
          {hard.length ? <Tag color="red">{hard.length} 处错误</Tag> : <Tag color="green">可以导入</Tag>}
          {warnings.length ? <Tag color="orange">{warnings.length} 条提示</Tag> : null}
        </Space>
      }
      style={{ marginBottom: 12 }}
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        来自：{unit.source}
      </Typography.Paragraph>
      {unit.messages.length ? (
        <List
          size="small"
          aria-label="错误与提示"
          dataSource={unit.messages}
          renderItem={(m, i) => (
            <List.Item key={i} style={{ display: "block" }}>
              <Tag color={m.severity === "hard" ? "red" : "orange"}>{m.severity === "hard" ? "错误" : "提示"}</Tag>
              {at(m.addresses) ? <Typography.Text code>{at(m.addresses)}</Typography.Text> : null} <span>{m.message}</span>
            </List.Item>
          )}
        />
      ) : null}
      <Collapse
        size="small"
        style={{ marginTop: 8 }}
        items={[
          {
            key: "changes",
            label: changesLabel(unit.changes),
            collapsible: unit.changes.length ? undefined : "disabled",
            children: (
              <Table
                size="small"
                rowKey="cell"
                pagination={unit.changes.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
                dataSource={unit.changes}
                // Two columns, so a phone shows the change without scrolling sideways.
                columns={[
                  {
                    title: "项目（位置）",
                    dataIndex: "name",
                    render: (v: string, r) => (
                      <>
                        {v}（{r.cell}）
                        <br />
                        <Typography.Text type="secondary">{r.address ?? "合计，自动计算"}</Typography.Text>
                      </>
                    ),
                  },
                  { title: "原值 → 新值", dataIndex: "to", align: "right", render: (v: string | null, r) => <span style={{ whiteSpace: "nowrap" }}>{`${r.from ?? "空"} → ${v ?? "空"}`}</span> },
                ]}
              />
            ),
          },
        ]}
      />
    </Card>
  );
}

/** The preview of an upload: a summary, then per unit the errors and warnings at their places and the values that change. */
export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  return (
    <section aria-label="导入预览">
      <Alert
        style={{ marginBottom: 12 }}
        showIcon
        type={preview.ok ? (preview.warningCount ? "warning" : "success") : "error"}
        title={
          preview.ok
            ? `${preview.units.length} 个单位的数据可以导入${preview.warningCount ? `，有 ${preview.warningCount} 条提示性问题（导入后请在填报页说明）` : ""}。`
            : `发现 ${preview.hardCount} 处错误，不能导入；请改正文件后重新上传。${preview.warningCount ? `另有 ${preview.warningCount} 条提示。` : ""}`
        }
      />
      {preview.units.map((u, i) => (
        <UnitCard key={`${u.source}-${i}`} unit={u} />
      ))}
    </section>
  );
}
