"use client";

import { useMemo, useState } from "react";
import { Alert, Button, Card, Input, Popconfirm, Table, Tag, Tooltip } from "antd";
import { formatShanghai } from "@/lib/time/clock";
import type { GrantRoleInput } from "@/lib/validation/grant";
import type { CommandAction } from "../action-result";
import { PageHeader } from "../page-header";
import { useCommandFeedback } from "../use-command-feedback";
import { GrantForm } from "./grant-form";
import type { GrantRow, Grantable } from "./types";

export type GrantActions = { grant: CommandAction<GrantRoleInput>; revoke: CommandAction<{ id: number }> };

/** The 安全管理员's grants page: the grant form and every grant with its revoke button. */
export function GrantAdmin({ grants, grantables, actions }: { grants: GrantRow[]; grantables: Grantable[]; actions: GrantActions }) {
  const [query, setQuery] = useState("");
  const [busyId, setBusyId] = useState<number | null>(null);
  const { report } = useCommandFeedback();
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return q ? grants.filter((g) => [g.username, g.displayName, g.orgName, g.roleName].some((s) => s.toLowerCase().includes(q))) : grants;
  }, [grants, query]);

  async function revoke(g: GrantRow) {
    setBusyId(g.id);
    const result = await actions.revoke({ id: g.id });
    setBusyId(null);
    report(result, `已撤销 ${g.username} 的${g.roleName}角色，其当前会话已结束`);
  }

  return (
    <>
      <PageHeader title="角色授权">
        <Alert
          type="info"
          showIcon
          style={{ marginTop: 12 }}
          title="三员分立：同一人只能担任系统管理员、安全管理员、安全审计员中的一个，且不能兼任业务角色。业务角色只能授予在用户所属单位上。授予或撤销后，该用户的会话立即结束，重新登录后按新的权限使用。"
        />
      </PageHeader>
      <Card size="small" title="授予角色" style={{ marginBottom: 16 }}>
        <GrantForm grantables={grantables} action={actions.grant} />
      </Card>
      <div style={{ display: "flex", justifyContent: "flex-end", marginBottom: 8 }}>
        <Input.Search placeholder="按用户、单位或角色查找" allowClear onSearch={setQuery} onChange={(e) => !e.target.value && setQuery("")} style={{ width: 240 }} aria-label="查找授权" />
      </div>
      <Table<GrantRow>
        size="small"
        rowKey="id"
        dataSource={shown}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (n) => `共 ${n} 项授权` }}
        columns={[
          { title: "用户名", dataIndex: "username", width: 140 },
          { title: "姓名", dataIndex: "displayName", width: 140 },
          { title: "角色", dataIndex: "roleName", width: 120, render: (name: string) => <Tag>{name}</Tag> },
          { title: "单位", dataIndex: "orgName", render: (name: string, g) => <span title={g.orgCode}>{name}</span> },
          { title: "授予时间", dataIndex: "grantedAt", width: 150, render: (t: number) => formatShanghai(t) },
          {
            title: "操作",
            key: "actions",
            width: 90,
            render: (_: unknown, g) => {
              const blocked = g.revokeProblems.join("；");
              return (
                <Popconfirm
                  title={`撤销 ${g.username} 的${g.roleName}角色？`}
                  description="撤销后该用户的会话立即结束。"
                  okText="撤销"
                  okButtonProps={{ danger: true }}
                  cancelText="取消"
                  disabled={Boolean(blocked)}
                  onConfirm={() => revoke(g)}
                >
                  <Tooltip title={blocked || undefined}>
                    <Button type="link" size="small" danger disabled={Boolean(blocked)} loading={busyId === g.id}>
                      撤销
                    </Button>
                  </Tooltip>
                </Popconfirm>
              );
            },
          },
        ]}
      />
    </>
  );
}
