"use client";

import { useState } from "react";
import { Modal, Select, Switch, Table } from "antd";
import { COVERAGE_LABELS, type SetRosterScopeInput } from "@/lib/validation/roster-scope";
import { ROSTER_COVERAGES, type RosterCoverage } from "@/lib/report/coverage";
import type { CommandAction } from "../action-result";
import { useCommandFeedback } from "../use-command-feedback";
import type { CycleRow, RosterScopeRow } from "./types";

const COVERAGE_OPTIONS = ROSTER_COVERAGES.map((v) => ({ value: v, label: COVERAGE_LABELS[v] }));

/**
 * 报告范围与汇总 of a cycle: for each government with 本级 units, whether its report covers the
 * whole area, the 本级 only, or both as two reports; for each 垂直管理 unit, whether it counts in its parent's sums.
 * Each change is saved at once (audited).
 */
export function CycleScopeModal({ cycle, action, onClose }: { cycle: CycleRow; action: CommandAction<SetRosterScopeInput>; onClose: () => void }) {
  const [rows, setRows] = useState(cycle.scopes);
  const [busy, setBusy] = useState<string | null>(null);
  const { report } = useCommandFeedback();

  async function change(row: RosterScopeRow, patch: { coverage?: RosterCoverage; inSums?: boolean }) {
    setBusy(row.orgCode);
    const result = await action({ year: cycle.year, orgCode: row.orgCode, ...patch });
    setBusy(null);
    if (report(result, `已保存 ${row.name} 的${patch.coverage ? "报告范围" : "汇总设置"}`)) setRows((rs) => rs.map((r) => (r.orgCode === row.orgCode ? { ...r, ...patch } : r)));
  }

  return (
    <Modal title={`${cycle.year} 年度：报告范围与汇总`} open width={760} onCancel={onClose} footer={null}>
      <p style={{ marginTop: 0 }}>
        政府的年度报告可覆盖全域（含全部下级单位）、只覆盖本级（本级政府办公室及其部门），或全域和本级各发布一份报告（各自撰写、签发和发布）。垂直管理单位默认不计入所在地的汇总，需要时可计入。复议后起诉的案件以复议机关为共同被告，汇总数中同一案件可能计入两次。
      </p>
      {rows.length === 0 ? (
        <p>本年度名册中没有需要选择的单位（没有设本级部门的政府，也没有垂直管理单位）。</p>
      ) : (
        <Table<RosterScopeRow>
          size="small"
          rowKey="orgCode"
          dataSource={rows}
          pagination={false}
          columns={[
            { title: "单位", key: "name", render: (_: unknown, r) => `${r.name}（${r.orgCode}）` },
            { title: "上级", dataIndex: "parentName", width: 160, render: (v: string | null) => v ?? "—" },
            {
              title: "设置",
              key: "choice",
              width: 260,
              render: (_: unknown, r) =>
                r.choice === "coverage" ? (
                  <Select
                    aria-label={`${r.name}的报告范围`}
                    value={r.coverage}
                    options={COVERAGE_OPTIONS}
                    disabled={busy !== null}
                    style={{ width: 240 }}
                    onChange={(v) => void change(r, { coverage: v })}
                  />
                ) : (
                  <Switch
                    aria-label={`${r.name}计入上级汇总`}
                    checked={r.inSums}
                    checkedChildren="计入汇总"
                    unCheckedChildren="不计入汇总"
                    loading={busy === r.orgCode}
                    disabled={busy !== null}
                    onChange={(v) => void change(r, { inSums: v })}
                  />
                ),
            },
          ]}
        />
      )}
    </Modal>
  );
}
