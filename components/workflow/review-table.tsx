"use client";

import { useState, useTransition } from "react";
import Link from "next/link";
import { usePageRefresh } from "@/components/use-page-refresh";
import { Alert, Button, Modal, Space, Table, Tag, Tooltip, message } from "antd";
import type { ColumnsType } from "antd/es/table";
import type { DashboardRow } from "@/lib/contracts/review";
import { PrereviewCell } from "@/components/report-prereview/dashboard-cell";

/** One direct child in the reviewer's dashboard, as the server formats it (one definition, used on both sides). */
export type ReviewRow = DashboardRow;

export type BulkApproveResult = { ok: true; approved: string[] } | { ok: false; error: string; refused: string[] };

type Props = {
  year: number;
  rows: ReviewRow[];
  /** The cycle's template's name, shown as each unit's format. */
  format: string;
  bulkApprove: (input: { year: number; items: { orgCode: string; version: number }[] }) => Promise<BulkApproveResult>;
};

const STATUS_FILTERS = ["未填报", "草稿", "待签发", "已报送", "已退回", "已通过"].map((s) => ({ text: s, value: s }));
const STATUS_COLOR: Record<string, string | undefined> = { approved: "green", submitted: "blue", returned: "red", ready: "gold" };
const CONTINUITY_COLOR: Record<string, string | undefined> = { continuous: "green", broken: "red" };
const cmp = (a: number | null, b: number | null) => (a ?? -1) - (b ?? -1);

/**
 * The reviewer's dashboard table: every direct child with where it stands; filters and sorting
 * in the table; 批量通过 of the selected 已报送 units after a confirmation.
 */
export function ReviewTable({ year, rows, format, bulkApprove }: Props) {
  const refresh = usePageRefresh(rows);
  const [selected, setSelected] = useState<string[]>([]);
  const [confirming, setConfirming] = useState(false);
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<BulkApproveResult | null>(null);
  const [toast, toastHolder] = message.useMessage();
  const chosen = rows.filter((r) => selected.includes(r.orgCode));

  const approve = () =>
    startTransition(async () => {
      const r = await bulkApprove({ year, items: chosen.map((c) => ({ orgCode: c.orgCode, version: c.version ?? 0 })) });
      setConfirming(false);
      setOutcome(r);
      if (r.ok) {
        setSelected([]);
        toast.success(`批量通过完成：共 ${r.approved.length} 个单位`);
        refresh();
      } else toast.error(r.error);
    });

  const columns: ColumnsType<ReviewRow> = [
    {
      title: "单位",
      dataIndex: "name",
      fixed: "left",
      width: 210,
      sorter: (a, b) => (a.orgCode < b.orgCode ? -1 : a.orgCode > b.orgCode ? 1 : 0),
      render: (name: string, r) => (
        <span>
          <Link href={`/stats/${year}/${encodeURIComponent(r.orgCode)}`}>{name}</Link>
          <span style={{ color: "#8c8c8c", marginLeft: 6, fontSize: 12 }}>{r.orgCode}</span>
        </span>
      ),
    },
    {
      title: "状态",
      dataIndex: "statusLabel",
      width: 90,
      filters: STATUS_FILTERS,
      onFilter: (value, r) => r.statusLabel === value,
      sorter: (a, b) => a.statusLabel.localeCompare(b.statusLabel, "zh"),
      render: (label: string, r) => <Tag color={STATUS_COLOR[r.status]}>{label}</Tag>,
    },
    {
      title: "签发",
      dataIndex: "signedAt",
      width: 150,
      sorter: (a, b) => cmp(a.signedAtMs, b.signedAtMs),
      render: (v: string | null, r) => (v ? `${r.signerName}（${v}）` : "—"),
    },
    { title: "最后修改", dataIndex: "lastChange", width: 110, sorter: (a, b) => cmp(a.lastChangeMs, b.lastChangeMs), render: (v: string | null) => v ?? "—" },
    {
      title: "逾期",
      dataIndex: "late",
      width: 120,
      filters: [
        { text: "逾期", value: "late" },
        { text: "未逾期", value: "ok" },
      ],
      onFilter: (value, r) => (value === "late" ? r.late !== null : r.late === null),
      sorter: (a, b) => cmp(a.lateMs, b.lateMs),
      render: (v: string | null, r) => (v ? <Tag color="red">逾期 {v}</Tag> : r.deadline ? `期限 ${r.deadline}` : "—"),
    },
    {
      title: "提示",
      dataIndex: "warnings",
      width: 120,
      sorter: (a, b) => cmp(a.warnings?.count ?? null, b.warnings?.count ?? null),
      render: (w: ReviewRow["warnings"]) =>
        w === null ? "—" : w.count === 0 ? "0" : <Tag color={w.explained === w.count ? "gold" : "red"}>{`${w.count} 条（已说明 ${w.explained}）`}</Tag>,
    },
    {
      title: "结转",
      dataIndex: "continuity",
      width: 90,
      filters: ["连续", "不连续", "无上年数据"].map((s) => ({ text: s, value: s })),
      onFilter: (value, r) => r.continuity.label === value,
      render: (c: ReviewRow["continuity"]) =>
        c.detail.length ? (
          <Tooltip title={<ul style={{ margin: 0, paddingLeft: 16 }}>{c.detail.map((d) => <li key={d}>{d}</li>)}</ul>}>
            <Tag color={CONTINUITY_COLOR[c.state]}>{c.label}</Tag>
          </Tooltip>
        ) : c.state === "none" ? (
          "—"
        ) : (
          <Tag color={CONTINUITY_COLOR[c.state]}>{c.label}</Tag>
        ),
    },
    {
      title: "报告预审",
      key: "prereview",
      width: 120,
      filters: ["未送审", "待预审", "已退回", "已通过", "无需预审"].map((s) => ({ text: s, value: s })),
      onFilter: (value, r) => r.prereview.label === value,
      render: (_: unknown, r) => <PrereviewCell name={r.name} prereview={r.prereview} />,
    },
    // Every row has the cycle's format: its edition in one line ("2021年修订版"), the full name on hover.
    { title: "格式", key: "format", width: 120, render: () => <span style={{ fontSize: 12, whiteSpace: "nowrap" }} title={format}>{/（([^（）]+)）$/.exec(format)?.[1] ?? format}</span> },
    {
      title: "报告发布",
      dataIndex: "publication",
      width: 170,
      filters: [
        { text: "已发布", value: "yes" },
        { text: "未发布", value: "no" },
      ],
      onFilter: (value, r) => (value === "yes" ? r.publication !== null : r.publication === null),
      sorter: (a, b) => cmp(a.publication?.dateMs ?? null, b.publication?.dateMs ?? null),
      render: (p: ReviewRow["publication"], r) =>
        p ? (
          <span>
            {p.date}
            {p.url ? (
              <a href={p.url} target="_blank" rel="noreferrer noopener" style={{ marginLeft: 6 }}>
                链接
              </a>
            ) : null}
            {p.lateBy ? (
              <Tooltip title={`发布期限 ${r.publishDeadline}`}>
                <Tag color="orange" style={{ marginLeft: 6 }}>
                  逾期 {p.lateBy}
                </Tag>
              </Tooltip>
            ) : null}
          </span>
        ) : r.publishOverdue ? (
          <Tooltip title={`发布期限 ${r.publishDeadline}`}>
            <Tag color="red">未发布（已逾期 {r.publishOverdue}）</Tag>
          </Tooltip>
        ) : (
          <span>
            <Tag>未发布</Tag>
            {r.publishDeadline ? <span style={{ fontSize: 12, color: "#8c8c8c" }}>期限 {r.publishDeadline}</span> : null}
          </span>
        ),
    },
  ];

  return (
    <>
      {toastHolder}
      <Space wrap style={{ padding: 12 }}>
        <Button type="primary" disabled={chosen.length === 0} onClick={() => setConfirming(true)}>
          批量通过{chosen.length ? `（${chosen.length}）` : ""}
        </Button>
        <Button href={`/api/review/${year}/notice`} download>
          导出通报（xlsx）
        </Button>
      </Space>
      {outcome ? (
        <Alert
          role={outcome.ok ? "status" : "alert"}
          style={{ margin: "0 12px 12px" }}
          type={outcome.ok ? "success" : "error"}
          showIcon
          closable
          onClose={() => setOutcome(null)}
          title={outcome.ok ? `已审核通过 ${outcome.approved.length} 个单位：${outcome.approved.join("、")}` : outcome.error}
          description={!outcome.ok && outcome.refused.length ? <ul style={{ margin: 0, paddingLeft: 20 }}>{outcome.refused.map((x) => <li key={x}>{x}</li>)}</ul> : undefined}
        />
      ) : null}
      <Table<ReviewRow>
        rowKey="orgCode"
        size="small"
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: "max-content" }}
        sticky
        aria-label="下级单位报送情况"
        rowSelection={{
          selectedRowKeys: selected,
          onChange: (keys) => setSelected(keys as string[]),
          getCheckboxProps: (r) => ({ disabled: r.status !== "submitted", "aria-label": `选择${r.name}` }),
        }}
      />
      <Modal
        open={confirming}
        title="批量审核通过"
        okText="全部审核通过"
        cancelText="取消"
        confirmLoading={pending}
        onCancel={() => setConfirming(false)}
        onOk={approve}
      >
        <p>确认以下 {chosen.length} 个单位 {year} 年度的统计数据全部审核通过？任何一个不能通过时，全部不通过。</p>
        <ul>
          {chosen.map((c) => (
            <li key={c.orgCode}>
              {c.name}
              {c.signerName ? `（${c.signerName}签发${c.signedAt ? `，${c.signedAt}` : ""}）` : ""}
            </li>
          ))}
        </ul>
      </Modal>
    </>
  );
}
