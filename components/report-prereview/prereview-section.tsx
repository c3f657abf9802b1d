"use client";

import { useState } from "react";
import { Alert, Button, Form, Input, List, Modal, Space, Tag, Typography } from "antd";
import type { PrereviewView } from "@/lib/contracts/publish-view";
import type { PublishActionResult } from "@/components/report-publish/types";

type Unit = { year: number; orgCode: string; draftVersion: number };

export type PrereviewActions = {
  send: (input: Unit & { note?: string }) => Promise<PublishActionResult>;
  clear: (input: Unit & { note?: string }) => Promise<PublishActionResult>;
  return: (input: Unit & { note?: string; comments: { blockId: string; paragraph: number; text: string }[] }) => Promise<PublishActionResult>;
};

const STATE_COLOR: Record<PrereviewView["code"], string | undefined> = { none: undefined, unsent: "default", pending: "gold", returned: "red", cleared: "green" };

/** The 预审 state as a tag (the panel, the dashboard's words). */
export function PrereviewTag({ view }: { view: Pick<PrereviewView, "code" | "label" | "voided"> }) {
  return <Tag color={STATE_COLOR[view.code]}>{view.voided ? `${view.label}（通过后已修改）` : view.label}</Tag>;
}

type Dialog = null | "send" | "clear" | "return";

/**
 * The office's 预审 inside the 签发与发布 panel: where it stands and whom it waits for, the
 * latest return's comments, 送预审 for the unit, 预审通过 / 退回修改 (with comments on
 * paragraphs) for the office above's reviewer. `run` is the panel's: it shows the outcome and
 * refreshes the page's view; the commands check everything again.
 */
export function PrereviewSection({ view, unit, actions, run, pending }: { view: PrereviewView; unit: Unit; actions: PrereviewActions; run: (call: () => Promise<PublishActionResult>, success: string, close: () => void, fail: (e: string) => void) => void; pending: boolean }) {
  const [dialog, setDialog] = useState<Dialog>(null);
  const [note, setNote] = useState("");
  const [comments, setComments] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  if (view.code === "none") return null;
  const open = (d: Dialog) => {
    setError(null);
    setNote("");
    setDialog(d);
  };
  const close = () => {
    setDialog(null);
    setNote("");
    setComments({});
  };
  const key = (p: { blockId: string; paragraph: number }) => `${p.blockId}#${p.paragraph}`;
  const written = view.paragraphs.flatMap((p) => (comments[key(p)]?.trim() ? [{ blockId: p.blockId, paragraph: p.paragraph, text: comments[key(p)]!.trim() }] : []));
  const latest = view.history.at(-1);
  const maySend = view.can.send && (view.code === "unsent" || view.code === "returned");
  const mayDecide = view.can.decide && view.code === "pending";

  return (
    <section aria-label="报告预审" style={{ marginBottom: 12, padding: 12, background: "#fafafa", border: "1px solid #f0f0f0", borderRadius: 6 }}>
      <Space wrap style={{ marginBottom: 4 }}>
        <strong>报告预审</strong>
        <span data-testid="prereview-state">
          <PrereviewTag view={view} />
        </span>
        <span>{view.summary}</span>
      </Space>
      {latest ? (
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {latest.label}：{latest.userName}，{latest.at}
          {latest.note ? `（${latest.note}）` : ""}
        </Typography.Paragraph>
      ) : null}
      {view.code === "returned" && (view.comments.length || view.returnNote) ? (
        <Alert
          type="warning"
          showIcon
          style={{ margin: "8px 0" }}
          title={`${view.office}预审退回修改的意见`}
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {view.returnNote ? <li>总体意见：{view.returnNote}</li> : null}
              {view.comments.map((c) => (
                <li key={`${c.blockId}#${c.paragraph}`}>
                  {c.where}：{c.text}
                  <Typography.Text type="secondary">（原文：{c.quote}）</Typography.Text>
                </li>
              ))}
            </ul>
          }
        />
      ) : null}
      {mayDecide || maySend ? (
        <Space wrap style={{ marginTop: 8 }}>
          {maySend ? <Button onClick={() => open("send")}>{view.code === "returned" ? "修改后重新送预审" : "送预审"}</Button> : null}
          {mayDecide ? (
            <>
              <Button type="primary" onClick={() => open("clear")}>
                预审通过
              </Button>
              <Button danger onClick={() => open("return")}>
                退回修改
              </Button>
            </>
          ) : null}
        </Space>
      ) : null}

      <Modal
        title="送预审"
        open={dialog === "send"}
        okText="确认送预审"
        cancelText="取消"
        confirmLoading={pending}
        onCancel={close}
        onOk={() => run(() => actions.send({ ...unit, note }), `已送${view.office}预审`, close, setError)}
      >
        <p>
          将报告草稿{unit.draftVersion === 0 ? "（默认正文）" : `第 ${unit.draftVersion} 稿`}送{view.office}预审。预审通过后由本单位负责人签发；通过后再修改正文须重新送审。
        </p>
        <Form layout="vertical">
          <Form.Item label="说明（可选）" htmlFor="pre-send-note">
            <Input.TextArea id="pre-send-note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} maxLength={1000} />
          </Form.Item>
        </Form>
        {error ? <Alert type="error" showIcon title={error} /> : null}
      </Modal>

      <Modal
        title="预审通过"
        open={dialog === "clear"}
        okText="确认预审通过"
        cancelText="取消"
        confirmLoading={pending}
        onCancel={close}
        onOk={() => run(() => actions.clear({ ...unit, note }), "预审已通过", close, setError)}
      >
        <p>确认报告草稿{unit.draftVersion === 0 ? "（默认正文）" : `第 ${unit.draftVersion} 稿`}的正文预审通过。此后正文如有修改，须重新送审。</p>
        <Form layout="vertical">
          <Form.Item label="预审意见（可选）" htmlFor="pre-clear-note">
            <Input.TextArea id="pre-clear-note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} maxLength={1000} />
          </Form.Item>
        </Form>
        {error ? <Alert type="error" showIcon title={error} /> : null}
      </Modal>

      <Modal
        title="退回修改"
        open={dialog === "return"}
        okText="确认退回"
        cancelText="取消"
        width={720}
        confirmLoading={pending}
        okButtonProps={{ danger: true, disabled: !note.trim() && written.length === 0 }}
        onCancel={close}
        onOk={() => run(() => actions.return({ ...unit, note, comments: written }), "已退回修改", close, setError)}
      >
        <p>在需要修改的段落下填写意见（至少填写一条段落意见或总体意见）。意见将显示在填报员编辑器中对应的段落处。</p>
        <Form layout="vertical">
          <Form.Item label="总体意见" htmlFor="pre-return-note">
            <Input.TextArea id="pre-return-note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} maxLength={1000} />
          </Form.Item>
        </Form>
        <List
          size="small"
          bordered
          style={{ maxHeight: 420, overflowY: "auto" }}
          dataSource={view.paragraphs}
          locale={{ emptyText: "报告中尚无撰写的段落" }}
          renderItem={(p) => (
            <List.Item style={{ display: "block" }}>
              <div style={{ fontSize: 12, color: "#8c8c8c" }}>{p.where}</div>
              <div style={{ margin: "4px 0" }}>{p.text}</div>
              <Input.TextArea
                aria-label={`意见：${p.where}`}
                autoSize={{ minRows: 1, maxRows: 4 }}
                placeholder="对本段的意见（可选）"
                value={comments[key(p)] ?? ""}
                onChange={(e) => setComments((c) => ({ ...c, [key(p)]: e.target.value }))}
                maxLength={1000}
              />
            </List.Item>
          )}
        />
        {error ? <Alert type="error" showIcon style={{ marginTop: 8 }} title={error} /> : null}
      </Modal>
    </section>
  );
}
