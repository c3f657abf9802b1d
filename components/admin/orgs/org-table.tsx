"use client";

import { useMemo, useState } from "react";
import { Button, Popconfirm, Space, Switch, Table, Tag, Tooltip } from "antd";
import { nestOrgs, type Nested } from "@/lib/org-tree/nest";
import { ORG_KIND_LABELS, type OrgKind } from "@/lib/import/validate-orgs";
import type { OrgRow } from "./types";

export type OrgRowAction = "rename" | "move" | "merge" | "deactivate" | "reactivate" | "delete" | "rule_making";

type Props = {
  orgs: OrgRow[];
  /** Rows to show (a search keeps matches and their ancestors); all when null. */
  visibleIds: Set<number> | null;
  busyCode: string | null;
  onAction: (action: OrgRowAction, org: OrgRow) => void;
};

/** The organisation tree as a nested table with each unit's actions. */
export function OrgTable({ orgs, visibleIds, busyCode, onAction }: Props) {
  const byId = useMemo(() => new Map(orgs.map((o) => [o.id, o])), [orgs]);
  const tree = useMemo(() => nestOrgs(visibleIds ? orgs.filter((o) => visibleIds.has(o.id)) : orgs), [orgs, visibleIds]);
  const [collapsed, setCollapsed] = useState<Set<number>>(new Set());
  // Precomputed: a tree of a few thousand units must not scan every unit for every row.
  const { withChildren, withActiveChildren } = useMemo(() => {
    const all = new Set<number>();
    const active = new Set<number>();
    for (const o of orgs) {
      if (o.parentId === null) continue;
      all.add(o.parentId);
      if (o.active) active.add(o.parentId);
    }
    return { withChildren: all, withActiveChildren: active };
  }, [orgs]);
  const hasChildren = (id: number) => withActiveChildren.has(id);
  /** Merged unit → the unit it was merged into. */
  const successorOf = useMemo(() => new Map(orgs.filter((o) => o.predecessorId !== null).map((o) => [o.predecessorId!, o])), [orgs]);

  return (
    <Table<Nested<OrgRow>>
      size="small"
      rowKey="id"
      dataSource={tree}
      pagination={false}
      sticky
      expandable={{
        expandedRowKeys: [...withChildren].filter((id) => visibleIds !== null || !collapsed.has(id)),
        onExpand: (expanded, row) => {
          const next = new Set(collapsed);
          if (expanded) next.delete(row.id);
          else next.add(row.id);
          setCollapsed(next);
        },
      }}
      columns={[
        {
          title: "单位名称",
          dataIndex: "name",
          render: (name: string, o) => (
            <span style={o.active ? undefined : { color: "#8c8c8c" }}>
              {name}
              {o.predecessorId !== null ? <span style={{ color: "#8c8c8c", marginLeft: 8 }}>（前身：{byId.get(o.predecessorId)?.name ?? "—"}）</span> : null}
              {successorOf.has(o.id) ? <span style={{ marginLeft: 8 }}>（已并入：{successorOf.get(o.id)!.name}）</span> : null}
            </span>
          ),
        },
        { title: "代码", dataIndex: "code", width: 120 },
        { title: "类型", dataIndex: "kind", width: 100, render: (k: string) => ORG_KIND_LABELS[k as OrgKind] ?? k },
        {
          title: <Tooltip title="只有自治区人民政府和设区的市人民政府有规章制定权；其他单位填报规章件数时会提示">规章制定权</Tooltip>,
          dataIndex: "ruleMaking",
          width: 100,
          render: (ruleMaking: boolean, o) => (
            <Popconfirm
              title={ruleMaking ? `取消「${o.name}」的规章制定权？` : `设「${o.name}」为有规章制定权？`}
              okText="确定"
              cancelText="取消"
              onConfirm={() => onAction("rule_making", o)}
            >
              <Switch size="small" checked={ruleMaking} loading={busyCode === o.code} aria-label={`${o.name}的规章制定权`} />
            </Popconfirm>
          ),
        },
        { title: "状态", dataIndex: "active", width: 80, render: (active: boolean) => (active ? <Tag color="green">在用</Tag> : <Tag>已停用</Tag>) },
        { title: "填报记录", dataIndex: "submissions", width: 90, align: "right" },
        { title: "用户", dataIndex: "users", width: 60, align: "right" },
        {
          title: "操作",
          key: "actions",
          width: 300,
          render: (_: unknown, o) => {
            const isRoot = o.parentId === null;
            const deletable = o.submissions === 0 && o.users === 0 && !withChildren.has(o.id);
            const busy = busyCode === o.code;
            return (
              <Space size={0} wrap>
                <Button type="link" size="small" onClick={() => onAction("rename", o)}>
                  重命名
                </Button>
                <Button type="link" size="small" disabled={isRoot || !o.active} onClick={() => onAction("move", o)}>
                  移动
                </Button>
                <Button type="link" size="small" disabled={isRoot || !o.active} onClick={() => onAction("merge", o)}>
                  合并
                </Button>
                {o.active ? (
                  <Popconfirm
                    title={`停用「${o.name}」？`}
                    description="停用后，新建的填报周期不再包含该单位；已有数据保留。"
                    okText="停用"
                    okButtonProps={{ danger: true }}
                    cancelText="取消"
                    disabled={isRoot || hasChildren(o.id)}
                    onConfirm={() => onAction("deactivate", o)}
                  >
                    <Tooltip title={isRoot ? "根单位不能停用" : hasChildren(o.id) ? "请先移动或停用其下级单位" : undefined}>
                      <Button type="link" size="small" danger disabled={isRoot || hasChildren(o.id)} loading={busy}>
                        停用
                      </Button>
                    </Tooltip>
                  </Popconfirm>
                ) : (
                  <Tooltip title={successorOf.has(o.id) ? "已并入其他单位，不能重新启用" : undefined}>
                    <Button type="link" size="small" loading={busy} disabled={successorOf.has(o.id)} onClick={() => onAction("reactivate", o)}>
                      启用
                    </Button>
                  </Tooltip>
                )}
                {deletable ? (
                  <Popconfirm
                    title={`删除「${o.name}」？`}
                    description="只有没有任何填报记录、名册、用户和下级单位的单位可以删除。"
                    okText="删除"
                    okButtonProps={{ danger: true }}
                    cancelText="取消"
                    onConfirm={() => onAction("delete", o)}
                  >
                    <Button type="link" size="small" danger>
                      删除
                    </Button>
                  </Popconfirm>
                ) : null}
              </Space>
            );
          },
        },
      ]}
    />
  );
}
