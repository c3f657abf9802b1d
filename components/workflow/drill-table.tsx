"use client";

import Link from "next/link";
import { Table, Tag } from "antd";
import type { DrillRow } from "@/lib/contracts/review";

/** The drill-down as an expandable tree table: subtotals on compiling units, the leaves below them. */
export function DrillTable({ root, unit }: { root: DrillRow; unit: string }) {
  const rows = root.children ?? [];
  return (
    <Table<DrillRow>
      aria-label="数据构成"
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={rows}
      expandable={{ defaultExpandedRowKeys: rows.filter((r) => r.children).map((r) => r.key) }}
      columns={[
        {
          title: "单位",
          dataIndex: "name",
          render: (name: string, r) => (
            <span>
              <Link href={r.href}>{name}</Link>
              <span style={{ color: "#8c8c8c", marginLeft: 6 }}>{r.code}</span>
              {r.leaf ? null : <Tag style={{ marginLeft: 6 }}>小计 · {r.leaves} 个单位</Tag>}
            </span>
          ),
        },
        { title: `数值${unit ? `（${unit}）` : ""}`, dataIndex: "text", align: "right", width: 180 },
        { title: "占本级合计", dataIndex: "share", align: "right", width: 140, render: (v: string | null) => (v === null ? "—" : `${v}%`) },
      ]}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}>
            <strong>合计</strong>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={1} align="right">
            <strong>{root.text}</strong>
          </Table.Summary.Cell>
          <Table.Summary.Cell index={2} align="right">
            {root.share === null ? "—" : `${root.share}%`}
          </Table.Summary.Cell>
        </Table.Summary.Row>
      )}
    />
  );
}
