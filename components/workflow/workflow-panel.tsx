"use client";

import { useState, useTransition, type ReactNode } from "react";
import { usePageRefresh } from "@/components/use-page-refresh";
import { Alert, Button, Card, Form, Input, Modal, Select, Space, Steps, Tag, message } from "antd";
import { FactList } from "./fact-list";
import type { AllowedSteps, WorkflowActionResult, WorkflowActions, WorkflowView } from "./types";

const STEP_INDEX: Record<string, number> = { draft: 0, returned: 0, ready: 1, submitted: 2, approved: 3 };

function statusColor(status: string | null): string {
  switch (status) {
    case "approved":
      return "green";
    case "submitted":
      return "blue";
    case "ready":
      return "gold";
    case "returned":
      return "red";
    case "draft":
      return "default";
    default:
      return "default";
  }
}

/** What blocks 待签发, from the mark-ready command's 422 field errors. */
function Blockers({ fieldErrors }: { fieldErrors: Record<string, string[]> }) {
  const missing = fieldErrors.missing ?? [];
  const hard = fieldErrors.hard ?? [];
  const unexplained = fieldErrors.unexplained ?? [];
  if (!missing.length && !hard.length && !unexplained.length) return null;
  return (
    <ul style={{ margin: "4px 0 0", paddingLeft: 20 }}>
      {missing.length ? <li>未填写的单元格 {missing.length} 个：{missing.slice(0, 20).join("、")}{missing.length > 20 ? "……" : ""}</li> : null}
      {hard.map((m) => (
        <li key={m}>{m}</li>
      ))}
      {unexplained.length ? <li>{unexplained.length} 条提示尚未填写说明（请在填报页面的问题面板或“本级汇总结果”中填写说明）</li> : null}
    </ul>
  );
}

type Props = { view: WorkflowView; actions: WorkflowActions; /** Shown at the bottom of the panel (the 报送单 and sealed scans). */ extra?: ReactNode };

/**
 * The unit's workflow: where its statistics stand (草稿 → 待签发 → 已报送 → 已通过), who signed
 * them and when, 逾期, the reviewer's comments, and the steps the current user may take.
 */
export function WorkflowPanel({ view, actions, extra }: Props) {
  const refresh = usePageRefresh(view);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<{ message: string; fieldErrors?: Record<string, string[]> } | null>(null);
  const [dialog, setDialog] = useState<null | "signoff" | "approve" | "return" | "correct" | "reopen">(null);
  const [wholeComment, setWholeComment] = useState("");
  const [cellComments, setCellComments] = useState<{ cell?: string; text: string }[]>([]);
  const [reason, setReason] = useState("");
  const [toast, toastHolder] = message.useMessage();
  const unit = { year: view.year, orgCode: view.orgCode, version: view.version };
  const a: AllowedSteps = view.allowed;

  /** `done`: the confirmation shown when the step went through. */
  const run = (call: () => Promise<WorkflowActionResult>, done: string) =>
    startTransition(async () => {
      setError(null);
      const r = await call();
      if (r.ok) {
        toast.success(done);
        setDialog(null);
        setWholeComment("");
        setCellComments([]);
        setReason("");
        refresh();
      } else {
        setDialog(null);
        setError({ message: r.error, fieldErrors: r.fieldErrors });
      }
    });

  const returnComments = [
    ...(wholeComment.trim() ? [{ text: wholeComment.trim() }] : []),
    ...cellComments.filter((c) => c.cell && c.text.trim()).map((c) => ({ cell: c.cell, text: c.text.trim() })),
  ];

  const current = view.status ? (STEP_INDEX[view.status] ?? 0) : 0;
  const open = view.comments.filter((c) => !c.resolved);
  const anyButton = a.ready || a.signOff || a.review || a.correct || a.reopen;

  return (
    <Card size="small" title="报送流程" style={{ marginBottom: 16 }} aria-label="报送流程">
      {toastHolder}
      <Steps
        size="small"
        current={current}
        status={view.status === "returned" ? "error" : view.status === "approved" ? "finish" : "process"}
        style={{ marginBottom: 16 }}
        items={[{ title: view.status === "returned" ? "已退回" : "草稿" }, { title: "待签发" }, { title: "已报送" }, { title: "已通过" }]}
      />
      <FactList
        items={[
          {
            key: "status",
            label: "状态",
            children: (
              <span data-testid="workflow-status">
                <Tag color={statusColor(view.status)}>{view.statusLabel}</Tag>
                {view.openCorrection ? <Tag color="orange">已申请更正</Tag> : null}
              </span>
            ),
          },
          {
            key: "signoff",
            label: "签发",
            children: view.signoff ? (
              <span data-testid="workflow-signoff">
                {view.signoff.signerName}（{view.signoff.at}）
                {view.signoff.late ? <Tag color="red" style={{ marginLeft: 8 }}>逾期{view.signoff.lateBy ? ` ${view.signoff.lateBy}` : ""}</Tag> : null}
              </span>
            ) : (
              "—"
            ),
          },
          {
            key: "deadline",
            label: "报送期限",
            children: (
              <>
                {view.deadline ?? "未设置"}
                {view.overdueBy ? <Tag color="red" style={{ marginLeft: 8 }}>已逾期 {view.overdueBy}</Tag> : null}
              </>
            ),
          },
          { key: "change", label: "最后修改", children: view.lastChange ?? "—" },
          { key: "approved", label: "审核通过", children: view.approvedAt ?? "—" },
          { key: "version", label: "保留版本", children: view.status ? <span data-testid="workflow-kept">{view.keptLabel}</span> : "—" },
        ]}
      />
      {view.openCorrection ? (
        <Alert style={{ marginTop: 12 }} type="warning" showIcon title={`更正申请（${view.openCorrection.at}）`} description={view.openCorrection.reason} />
      ) : null}
      {open.length ? (
        <Alert
          style={{ marginTop: 12 }}
          type="error"
          showIcon
          title="审核退回意见"
          description={
            <ul aria-label="退回意见" style={{ margin: 0, paddingLeft: 20 }}>
              {open.map((c) => (
                <li key={c.id}>
                  <strong>{c.cell ? `${c.cellName ?? c.cell}（${c.cell}）` : "整体意见"}：</strong>
                  {c.text}
                  <span style={{ color: "#8c8c8c", marginLeft: 8 }}>{c.at}</span>
                </li>
              ))}
            </ul>
          }
        />
      ) : null}
      {error ? (
        <Alert
          role="alert"
          style={{ marginTop: 12 }}
          type="error"
          showIcon
          closable
          onClose={() => setError(null)}
          title={error.message}
          description={error.fieldErrors ? <Blockers fieldErrors={error.fieldErrors} /> : undefined}
        />
      ) : null}
      {anyButton ? (
        <Space wrap style={{ marginTop: 12 }}>
          {a.ready ? (
            <Button type="primary" loading={pending} onClick={() => run(() => actions.markReady(unit), "已标记为待签发，请本单位负责人签发")}>
              标记为待签发
            </Button>
          ) : null}
          {a.signOff ? (
            <Button type="primary" loading={pending} onClick={() => setDialog("signoff")}>
              签发并报送
            </Button>
          ) : null}
          {a.review ? (
            <>
              <Button danger loading={pending} onClick={() => setDialog("return")}>
                退回
              </Button>
              <Button type="primary" loading={pending} onClick={() => setDialog("approve")}>
                审核通过
              </Button>
            </>
          ) : null}
          {a.correct ? (
            <Button loading={pending} onClick={() => setDialog("correct")}>
              申请更正
            </Button>
          ) : null}
          {a.reopen ? (
            <Button loading={pending} onClick={() => setDialog("reopen")}>
              重新打开
            </Button>
          ) : null}
        </Space>
      ) : null}
      {extra}

      <Modal
        open={dialog === "signoff"}
        title="签发并报送"
        okText="签发并报送"
        cancelText="取消"
        confirmLoading={pending}
        onCancel={() => setDialog(null)}
        onOk={() => run(() => actions.signOff(unit), "已签发并报送上级审核")}
      >
        <p>
          确认以 <strong>{view.userName}</strong> 的名义签发 <strong>{view.unitName}</strong> {view.year} 年度的统计数据，并报送上级审核？签发的数据保留为第 {view.nextKept} 版，报送单注明该版本。
        </p>
        {view.signing ? (
          <ul aria-label="签发前请核对" style={{ paddingLeft: 20 }}>
            <li>
              提示 {view.signing.warnings} 条{view.signing.warnings ? `，${view.signing.unexplained ? `其中 ${view.signing.unexplained} 条未说明` : "均已说明"}` : ""}
            </li>
            <li>
              {view.signing.firstSigning
                ? "本单位首次签发"
                : `与上次签发的${view.signing.sinceNumber ? `第 ${view.signing.sinceNumber} 版` : "版本"}相比${view.signing.changes ? `有 ${view.signing.changes} 处变化` : "没有变化"}`}
              （详见页面中的“签发核对”）
            </li>
          </ul>
        ) : null}
        <p>签发后本单位不能再修改，除非被退回。</p>
      </Modal>

      <Modal
        open={dialog === "approve"}
        title="审核通过"
        okText="审核通过"
        cancelText="取消"
        confirmLoading={pending}
        onCancel={() => setDialog(null)}
        onOk={() => run(() => actions.approve(unit), "已审核通过")}
      >
        <p>
          确认 <strong>{view.unitName}</strong> {view.year} 年度的统计数据{view.signoff?.keptVersion ? `（签发的第 ${view.signoff.keptVersion} 版）` : ""}审核通过？
        </p>
      </Modal>

      <Modal
        open={dialog === "return"}
        title="退回"
        okText="退回"
        okButtonProps={{ danger: true, disabled: returnComments.length === 0 }}
        cancelText="取消"
        confirmLoading={pending}
        width={640}
        onCancel={() => setDialog(null)}
        onOk={() => run(() => actions.returnSubmission({ ...unit, comments: returnComments }), "已退回，退回意见已发送给本单位")}
      >
        <Form layout="vertical">
          <Form.Item label="整体意见">
            <Input.TextArea aria-label="整体意见" rows={3} maxLength={2000} value={wholeComment} onChange={(e) => setWholeComment(e.target.value)} />
          </Form.Item>
          {cellComments.map((c, i) => (
            // Select and comment share the row and wrap on a narrow dialog instead of running past its edge.
            <div key={i} style={{ display: "flex", flexWrap: "wrap", gap: 8, marginBottom: 8 }}>
              <Select
                aria-label={`单元格 ${i + 1}`}
                showSearch={{ optionFilterProp: "label" }}
                placeholder="选择单元格"
                style={{ flex: "1 1 220px", minWidth: 0 }}
                value={c.cell}
                options={view.cells.map((cell) => ({ value: cell.code, label: `${cell.name}（${cell.code}）` }))}
                onChange={(cell: string) => setCellComments((list) => list.map((x, j) => (j === i ? { ...x, cell } : x)))}
              />
              <Input
                aria-label={`单元格意见 ${i + 1}`}
                style={{ flex: "2 1 220px", minWidth: 0 }}
                maxLength={2000}
                value={c.text}
                onChange={(e) => setCellComments((list) => list.map((x, j) => (j === i ? { ...x, text: e.target.value } : x)))}
              />
              <Button onClick={() => setCellComments((list) => list.filter((_, j) => j !== i))}>删除</Button>
            </div>
          ))}
          <Button onClick={() => setCellComments((list) => [...list, { text: "" }])}>添加单元格意见</Button>
        </Form>
      </Modal>

      <Modal
        open={dialog === "correct"}
        title="申请更正"
        okText="提交申请"
        okButtonProps={{ disabled: !reason.trim() }}
        cancelText="取消"
        confirmLoading={pending}
        onCancel={() => setDialog(null)}
        onOk={() => run(() => actions.requestCorrection({ ...unit, reason: reason.trim() }), "更正申请已提交")}
      >
        <Form layout="vertical">
          <Form.Item label="更正理由" required>
            <Input.TextArea aria-label="更正理由" rows={4} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} />
          </Form.Item>
        </Form>
      </Modal>

      <Modal
        open={dialog === "reopen"}
        title="重新打开"
        okText="重新打开"
        cancelText="取消"
        confirmLoading={pending}
        onCancel={() => setDialog(null)}
        onOk={() => run(() => actions.reopen({ ...unit, to: "returned" }), "已重新打开，退回本单位更正")}
      >
        <p>
          重新打开 <strong>{view.unitName}</strong> {view.year} 年度已通过的统计数据，退回本单位更正？
        </p>
        {view.openCorrection ? <p>更正理由：{view.openCorrection.reason}</p> : null}
      </Modal>
    </Card>
  );
}
