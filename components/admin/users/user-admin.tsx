"use client";

import { useMemo, useState } from "react";
import { Button, Input, Popconfirm, Space, Table, Tag, Tooltip } from "antd";
import { formatShanghai } from "@/lib/time/clock";
import type { CreateUserInput, ResetPasswordInput } from "@/lib/validation/user";
import type { CommandAction } from "../action-result";
import { PageHeader } from "../page-header";
import { useCommandFeedback } from "../use-command-feedback";
import type { OrgOption } from "../orgs/types";
import { UserCreateModal } from "./user-create-modal";
import { UserResetModal } from "./user-reset-modal";
import type { UserRow } from "./types";

export type UserActions = {
  create: CommandAction<CreateUserInput>;
  disable: CommandAction<{ id: number }>;
  enable: CommandAction<{ id: number }>;
  resetPassword: CommandAction<ResetPasswordInput>;
};

type Props = {
  users: UserRow[];
  orgs: OrgOption[];
  /** The signed-in administrator (who may not act on their own account). */
  selfId: number;
  minLength: number;
  /** Server time of the page, to tell whether a lockout is still running. */
  now: number;
  actions: UserActions;
};

/** The 系统管理员's user page: accounts, create, disable/enable, reset password. */
export function UserAdmin({ users, orgs, selfId, minLength, now, actions }: Props) {
  const [dialog, setDialog] = useState<{ kind: "create" } | { kind: "reset"; user: UserRow } | null>(null);
  const [query, setQuery] = useState("");
  const [busyId, setBusyId] = useState<number | null>(null);
  const { report } = useCommandFeedback();
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return q ? users.filter((u) => [u.username, u.displayName, u.orgName, u.orgCode].some((s) => s.toLowerCase().includes(q))) : users;
  }, [users, query]);

  async function toggle(user: UserRow) {
    setBusyId(user.id);
    const result = await (user.disabled ? actions.enable : actions.disable)({ id: user.id });
    setBusyId(null);
    report(result, user.disabled ? `已启用 ${user.username}` : `已停用 ${user.username}，其会话已全部结束`);
  }

  return (
    <>
      <PageHeader
        title="用户管理"
        actions={
          <>
            <Input.Search placeholder="按用户名、姓名或单位查找" allowClear onSearch={setQuery} onChange={(e) => !e.target.value && setQuery("")} style={{ width: 240 }} aria-label="查找用户" />
            <Button type="primary" onClick={() => setDialog({ kind: "create" })}>
              新建用户
            </Button>
          </>
        }
      />
      <Table<UserRow>
        size="small"
        rowKey="id"
        dataSource={shown}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showTotal: (n) => `共 ${n} 个用户` }}
        scroll={{ x: 1100 }}
        columns={[
          { title: "单位", dataIndex: "orgName", width: 180, render: (name: string, u) => <span title={u.orgCode}>{name}</span> },
          { title: "用户名", dataIndex: "username", width: 130 },
          { title: "姓名", dataIndex: "displayName", width: 120 },
          { title: "角色", dataIndex: "roles", width: 180, render: (roles: string[]) => (roles.length ? roles.map((r) => <Tag key={r}>{r}</Tag>) : <span style={{ color: "#8c8c8c" }}>未授权</span>) },
          {
            title: "状态",
            key: "status",
            width: 130,
            render: (_: unknown, u) => (
              <Space size={4} wrap>
                {u.disabled ? <Tag>已停用</Tag> : <Tag color="green">在用</Tag>}
                {u.mustChangePassword ? <Tag color="orange">须改密码</Tag> : null}
              </Space>
            ),
          },
          { title: "锁定", dataIndex: "lockedUntil", width: 140, render: (t: number | null) => (t !== null && t > now ? <Tag color="red">锁定至 {formatShanghai(t).slice(11)}</Tag> : "—") },
          { title: "动态口令", dataIndex: "totpEnabled", width: 90, render: (on: boolean) => (on ? "已绑定" : "未绑定") },
          { title: "最近登录", dataIndex: "lastLoginAt", width: 140, render: (t: number | null) => (t === null ? "—" : formatShanghai(t)) },
          {
            title: "操作",
            key: "actions",
            width: 160,
            fixed: "right",
            render: (_: unknown, u) => {
              const self = u.id === selfId;
              return (
                <Space size={0}>
                  <Popconfirm
                    title={u.disabled ? `启用 ${u.username}？` : `停用 ${u.username}？`}
                    description={u.disabled ? undefined : "停用后该用户不能登录，其所有会话立即结束。"}
                    okText={u.disabled ? "启用" : "停用"}
                    okButtonProps={{ danger: !u.disabled }}
                    cancelText="取消"
                    disabled={self}
                    onConfirm={() => toggle(u)}
                  >
                    <Tooltip title={self ? "不能停用或启用本人账户" : undefined}>
                      <Button type="link" size="small" danger={!u.disabled} disabled={self} loading={busyId === u.id}>
                        {u.disabled ? "启用" : "停用"}
                      </Button>
                    </Tooltip>
                  </Popconfirm>
                  <Tooltip title={self ? "请在「我的账户」中修改本人密码" : undefined}>
                    <Button type="link" size="small" disabled={self} onClick={() => setDialog({ kind: "reset", user: u })}>
                      重置密码
                    </Button>
                  </Tooltip>
                </Space>
              );
            },
          },
        ]}
      />
      {dialog?.kind === "create" ? <UserCreateModal orgs={orgs} minLength={minLength} action={actions.create} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === "reset" ? <UserResetModal user={dialog.user} minLength={minLength} action={actions.resetPassword} onClose={() => setDialog(null)} /> : null}
    </>
  );
}
