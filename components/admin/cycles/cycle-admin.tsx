"use client";

import { useState } from "react";
import { Alert, Button, Table, Tag } from "antd";
import type { CreateCycleInput, UpdateCycleInput } from "@/lib/validation/cycle";
import type { SetRosterScopeInput } from "@/lib/validation/roster-scope";
import { DEADLINE_KIND_LABELS, DEADLINE_KINDS } from "@/lib/validation/cycle-deadlines";
import { formatWarningFactor } from "@/lib/validation/warning-factor";
import type { CommandAction } from "../action-result";
import { PageHeader } from "../page-header";
import { CycleCreateModal } from "./cycle-create-modal";
import { CycleEditModal } from "./cycle-edit-modal";
import { CycleScopeModal } from "./cycle-scope-modal";
import type { CycleRow, TemplateOption } from "./types";

export type CycleActions = { create: CommandAction<CreateCycleInput>; update: CommandAction<UpdateCycleInput>; scope: CommandAction<SetRosterScopeInput> };

type Props = {
  cycles: CycleRow[];
  templates: TemplateOption[];
  /** The new cycle's defaults: the year after the latest cycle, and that cycle's template. */
  suggested: { year: number; templateId: string };
  actions: CycleActions;
};

/** The 系统管理员's cycle page: the cycles with their settings; create and edit. */
export function CycleAdmin({ cycles, templates, suggested, actions }: Props) {
  const [dialog, setDialog] = useState<{ kind: "create" } | { kind: "edit" | "scope"; cycle: CycleRow } | null>(null);
  return (
    <>
      <PageHeader
        title="填报周期"
        actions={
          <Button type="primary" onClick={() => setDialog({ kind: "create" })}>
            新建周期
          </Button>
        }
      >
        <Alert
          type="info"
          showIcon
          style={{ marginTop: 12 }}
          title="每个周期的单位名册是建立周期时在用单位的快照：之后在「单位管理」中的任何修改都不会改变已建立周期的名册。默认期限依《政府信息公开条例》第四十九条：部门次年1月31日前，政府次年3月31日前。"
        />
      </PageHeader>
      <Table<CycleRow>
        size="small"
        rowKey="year"
        dataSource={cycles}
        pagination={false}
        scroll={{ x: 1000 }}
        columns={[
          { title: "年度", dataIndex: "year", width: 80 },
          { title: "统计表模板", dataIndex: "templateName", width: 220 },
          { title: "预警倍数 k", key: "k", width: 100, render: (_: unknown, c) => formatWarningFactor(c.warningFactorNum, c.warningFactorDen) },
          { title: "预警起算值", dataIndex: "warningMinimum", width: 100 },
          {
            title: "期限（报送 / 公开）",
            key: "deadlines",
            render: (_: unknown, c) => (
              <div style={{ lineHeight: 1.6 }}>
                {DEADLINE_KINDS.map((kind) => (
                  <div key={kind}>
                    {DEADLINE_KIND_LABELS[kind]}：{c.deadlines[kind].submit ?? "未设置"} / {c.deadlines[kind].publish ?? "未设置"}
                  </div>
                ))}
              </div>
            ),
          },
          { title: "名册单位数", dataIndex: "rosterSize", width: 100, align: "right" },
          { title: "报告预审", dataIndex: "prereview", width: 90, render: (on: boolean) => (on ? <Tag color="blue">开启</Tag> : <Tag>关闭</Tag>) },
          { title: "状态", dataIndex: "state", width: 120, render: (s: CycleRow["state"]) => <Tag color={s.code === "open" ? "green" : s.code === "overdue" ? "orange" : undefined}>{s.label}</Tag> },
          {
            title: "操作",
            key: "actions",
            width: 190,
            render: (_: unknown, c) => (
              <>
                <Button type="link" size="small" onClick={() => setDialog({ kind: "edit", cycle: c })} aria-label={`编辑 ${c.year} 年度`}>
                  编辑
                </Button>
                <Button type="link" size="small" onClick={() => setDialog({ kind: "scope", cycle: c })} aria-label={`${c.year} 年度的报告范围与汇总`}>
                  报告范围与汇总
                </Button>
              </>
            ),
          },
        ]}
      />
      {dialog?.kind === "create" ? <CycleCreateModal year={suggested.year} templateId={suggested.templateId} templates={templates} action={actions.create} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === "edit" ? <CycleEditModal cycle={dialog.cycle} action={actions.update} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === "scope" ? <CycleScopeModal cycle={dialog.cycle} action={actions.scope} onClose={() => setDialog(null)} /> : null}
    </>
  );
}
