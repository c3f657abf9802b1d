"use client";

import { useRouter } from "next/navigation";
import { Button, Card, Table, Typography } from "antd";
import { formatAuditTime } from "@/lib/audit/time";
import type { AuditFilter } from "@/lib/audit/filter";
import { PageHeader } from "@/components/admin/page-header";
import { auditActionLabel } from "@/lib/audit/action-labels";
import { AuditDetail } from "./audit-detail";
import { AuditFilterForm } from "./audit-filter-form";
import { AUDIT_PAGE_SIZE, type AppliedFilter, type AuditRow } from "./types";

type Props = {
  rows: AuditRow[];
  total: number;
  page: number;
  applied: AppliedFilter;
  urlError?: string;
  users: string[];
  orgs: { value: string; label: string }[];
  actions: string[];
  /** Whether the viewer may export (audit.export); the route checks again. */
  canExport: boolean;
};

/** The filter as query string parameters (empty ones left out), plus a page when given. */
function query(filter: Partial<AppliedFilter> | AuditFilter, page?: number): string {
  const params = new URLSearchParams();
  for (const key of ["user", "org", "action", "from", "to"] as const) {
    const v = filter[key];
    if (v) params.set(key, v);
  }
  if (page && page > 1) params.set("page", String(page));
  const s = params.toString();
  return s ? `?${s}` : "";
}

/** The 安全审计员's log: filters, a page of entries newest first, and the CSV export. */
export function AuditLog({ rows, total, page, applied, urlError, users, orgs, actions, canExport }: Props) {
  const router = useRouter();
  const actionOptions = actions.map((a) => ({ value: a, label: auditActionLabel(a) === a ? a : `${auditActionLabel(a)}（${a}）` }));

  return (
    <>
      <PageHeader
        title="审计日志"
        actions={
          canExport ? (
            <Button href={`/api/audit/export${query(applied)}`} download>
              导出 CSV
            </Button>
          ) : null
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <AuditFilterForm
          key={JSON.stringify(applied)}
          applied={applied}
          users={users}
          orgs={orgs}
          actions={actionOptions}
          urlError={urlError}
          onApply={(f) => router.push(`/audit${query(f)}`)}
        />
      </Card>
      <Table<AuditRow>
        size="small"
        rowKey="id"
        dataSource={rows}
        tableLayout="fixed"
        expandable={{ expandedRowRender: (r) => <AuditDetail lines={r.lines} />, rowExpandable: (r) => r.lines.length > 0 }}
        pagination={{
          current: page,
          pageSize: AUDIT_PAGE_SIZE,
          total,
          showSizeChanger: false,
          showTotal: (n) => `共 ${n} 条`,
          onChange: (p) => router.push(`/audit${query(applied, p)}`),
        }}
        columns={[
          { title: "时间", dataIndex: "at", width: 160, render: (t: number) => formatAuditTime(t) },
          { title: "用户", dataIndex: "user", width: 130, ellipsis: true, render: (u: string) => <span title={u}>{u}</span> },
          { title: "单位", dataIndex: "orgName", width: 130, ellipsis: true, render: (name: string | null, r) => (name ? <span title={r.orgCode ?? undefined}>{name}</span> : "—") },
          { title: "地址", dataIndex: "ip", width: 120, ellipsis: true, render: (ip: string | null) => ip ?? "—" },
          {
            title: "操作",
            dataIndex: "action",
            width: 150,
            render: (a: string, r) => (
              <span style={{ display: "inline-flex", flexDirection: "column", lineHeight: 1.3 }}>
                {a}
                {a !== r.actionCode ? <Typography.Text type="secondary" style={{ fontSize: 12 }}>{r.actionCode}</Typography.Text> : null}
              </span>
            ),
          },
          {
            title: "对象",
            dataIndex: "target",
            width: 180,
            ellipsis: true,
            render: (t: string) => <span title={t}>{t || "—"}</span>,
          },
          {
            title: "详情",
            dataIndex: "summary",
            ellipsis: true,
            render: (s: string) => <span title={s}>{s || "—"}</span>,
          },
        ]}
      />
    </>
  );
}
