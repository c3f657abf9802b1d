"use client";

import Link from "next/link";
import { Table, Tag } from "antd";
import type { ColumnsType } from "antd/es/table";

/** One direct child unit in the reviewer's list (formatted on the server). */
export type ReviewRow = {
  orgCode: string;
  name: string;
  status: string;
  statusLabel: string;
  signerName: string | null;
  signedAt: string | null;
  signedAtMs: number | null;
  lastChange: string | null;
  lastChangeMs: number | null;
  /** 逾期: signed late, or not yet sent and past the deadline. */
  late: string | null;
};

const STATUS_FILTERS = ["未填报", "草稿", "待签发", "已报送", "已退回", "已通过"].map((s) => ({ text: s, value: s }));

export function ReviewTable({ year, rows }: { year: number; rows: ReviewRow[] }) {
  const columns: ColumnsType<ReviewRow> = [
    {
      title: "单位",
      dataIndex: "name",
      sorter: (a, b) => a.orgCode.localeCompare(b.orgCode),
      render: (name: string, r) => <Link href={`/stats/${year}/${encodeURIComponent(r.orgCode)}`}>{name}</Link>,
    },
    {
      title: "状态",
      dataIndex: "statusLabel",
      filters: STATUS_FILTERS,
      onFilter: (value, r) => r.statusLabel === value,
      sorter: (a, b) => a.statusLabel.localeCompare(b.statusLabel, "zh"),
      render: (label: string, r) => <Tag color={r.status === "approved" ? "green" : r.status === "submitted" ? "blue" : r.status === "returned" ? "red" : undefined}>{label}</Tag>,
    },
    { title: "签发人", dataIndex: "signerName", render: (v: string | null) => v ?? "—" },
    { title: "签发时间", dataIndex: "signedAt", sorter: (a, b) => (a.signedAtMs ?? 0) - (b.signedAtMs ?? 0), render: (v: string | null) => v ?? "—" },
    { title: "最后修改", dataIndex: "lastChange", sorter: (a, b) => (a.lastChangeMs ?? 0) - (b.lastChangeMs ?? 0), render: (v: string | null) => v ?? "—" },
    {
      title: "逾期",
      dataIndex: "late",
      filters: [
        { text: "逾期", value: "late" },
        { text: "未逾期", value: "ok" },
      ],
      onFilter: (value, r) => (value === "late" ? r.late !== null : r.late === null),
      render: (v: string | null) => (v ? <Tag color="red">逾期 {v}</Tag> : "—"),
    },
  ];
  return <Table<ReviewRow> rowKey="orgCode" size="small" columns={columns} dataSource={rows} pagination={false} aria-label="下级单位报送情况" />;
}
