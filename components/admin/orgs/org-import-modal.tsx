"use client";

import { useState } from "react";
import { Alert, Button, Modal, Popconfirm, Space, Table, Tag } from "antd";
import type { OrgImportItem, OrgImportPlan } from "@/lib/org-tree/import-plan";
import { ORG_KIND_LABELS, type OrgKind } from "@/lib/import/validate-orgs";
import type { ActionResult } from "../action-result";
import { useCommandFeedback } from "../use-command-feedback";

type Props = {
  preview: (form: FormData) => Promise<ActionResult<OrgImportPlan>>;
  commit: (form: FormData) => Promise<ActionResult<{ inserted: number; updated: number }>>;
  onClose: () => void;
};

const STATUS = {
  add: { label: "新增", color: "green" },
  change: { label: "变更", color: "blue" },
  same: { label: "无变化", color: "default" },
  refused: { label: "拒绝", color: "red" },
} as const satisfies Record<OrgImportItem["status"], { label: string; color: string }>;

const FIELD_LABELS = { name: "名称", kind: "类型", parent: "上级", rule_making: "规章制定权" } as const;

const kindLabel = (k: string | null) => (k && k in ORG_KIND_LABELS ? ORG_KIND_LABELS[k as OrgKind] : (k ?? "（无）"));

function describe(item: OrgImportItem): string {
  if (item.status === "refused") return item.problems.join("；");
  if (item.status === "change") {
    return item.changes
      .map((c) => `${FIELD_LABELS[c.field]}：${c.field === "kind" ? kindLabel(c.before) : (c.before ?? "（无）")} → ${c.field === "kind" ? kindLabel(c.after) : (c.after ?? "（无）")}`)
      .join("；");
  }
  return "";
}

/**
 * Import from CSV (UTF-8 or GB18030) or XLSX: preview what will be added, changed or refused,
 * then commit all rows or none. The commit sends the same file again and the server works the
 * plan out afresh.
 */
export function OrgImportModal({ preview, commit, onClose }: Props) {
  const [file, setFile] = useState<File | null>(null);
  const [plan, setPlan] = useState<OrgImportPlan | null>(null);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [onlyNotSame, setOnlyNotSame] = useState(true);
  const { report } = useCommandFeedback();

  const formWithFile = () => {
    const form = new FormData();
    form.set("file", file!);
    return form;
  };

  async function runPreview() {
    if (!file) return setError("请选择要导入的文件");
    setBusy(true);
    const result = await preview(formWithFile());
    setBusy(false);
    setPlan(result.ok ? result.data : null);
    setError(result.ok ? undefined : result.error);
  }

  async function runCommit() {
    setBusy(true);
    const result = await commit(formWithFile());
    setBusy(false);
    if (report(result, result.ok ? `导入完成：新增 ${result.data.inserted} 个单位，变更 ${result.data.updated} 个单位` : "")) onClose();
    else if (!result.ok) setError(result.error);
  }

  const rows = plan ? plan.items.filter((i) => !onlyNotSame || i.status !== "same") : [];

  return (
    <Modal
      title="导入单位"
      open
      width={900}
      onCancel={onClose}
      destroyOnHidden
      footer={[
        <Button key="cancel" onClick={onClose}>
          取消
        </Button>,
        <Popconfirm
          key="commit"
          title="确认导入？"
          description={plan ? `新增 ${plan.counts.add} 个、变更 ${plan.counts.change} 个单位；全部成功或全部不导入。` : undefined}
          okText="导入"
          cancelText="取消"
          onConfirm={runCommit}
          disabled={!plan?.ok || plan.counts.add + plan.counts.change === 0}
        >
          <Button type="primary" loading={busy} disabled={!plan?.ok || plan.counts.add + plan.counts.change === 0}>
            确认导入
          </Button>
        </Popconfirm>,
      ]}
    >
      <p style={{ marginTop: 0 }}>
        文件为 CSV（UTF-8 或 GB18030 编码）或 XLSX（第一个工作表），表头为 <code>code,name,parent_code,kind</code>；kind 为 region（自治区/省）、department（区直部门）、
        league_city（盟市）、county（旗县）之一。可再加一列 <code>rule_making</code>（规章制定权：1 有，0 无；空白则不变）。已有代码的单位按文件更新名称、类型和上级。
      </p>
      <Space wrap style={{ marginBottom: 16 }}>
        <label htmlFor="org-import-file">选择文件</label>
        <input
          id="org-import-file"
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setPlan(null);
            setError(undefined);
          }}
          aria-describedby={error ? "org-import-error" : undefined}
        />
        <Button onClick={runPreview} loading={busy} disabled={!file}>
          预览
        </Button>
      </Space>
      {error ? <Alert id="org-import-error" type="error" showIcon title={error} style={{ marginBottom: 16 }} /> : null}
      {plan ? (
        <>
          <Space wrap style={{ marginBottom: 8 }}>
            {(Object.keys(STATUS) as OrgImportItem["status"][]).map((s) => (
              <Tag key={s} color={STATUS[s].color}>
                {STATUS[s].label} {plan.counts[s]}
              </Tag>
            ))}
            <Button size="small" type="link" onClick={() => setOnlyNotSame(!onlyNotSame)}>
              {onlyNotSame ? "显示全部行" : "只显示有变化或被拒绝的行"}
            </Button>
          </Space>
          {plan.ok ? null : <Alert type="error" showIcon title="有被拒绝的行，不能导入。请修改文件后重新预览。" style={{ marginBottom: 8 }} />}
          <Table<OrgImportItem>
            size="small"
            rowKey="line"
            dataSource={rows}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            scroll={{ y: 320 }}
            columns={[
              { title: "行", dataIndex: "line", width: 60 },
              { title: "结果", dataIndex: "status", width: 80, render: (s: OrgImportItem["status"]) => <Tag color={STATUS[s].color}>{STATUS[s].label}</Tag> },
              { title: "代码", dataIndex: "code", width: 120 },
              { title: "名称", dataIndex: "name", width: 200 },
              { title: "上级代码", dataIndex: "parentCode", width: 110 },
              { title: "说明", key: "detail", render: (_: unknown, item) => describe(item) },
            ]}
          />
        </>
      ) : null}
    </Modal>
  );
}
