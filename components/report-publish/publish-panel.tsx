"use client";

import { useEffect, useState, useTransition } from "react";
import { usePageRefresh } from "@/components/use-page-refresh";
import { Alert, Button, Card, Descriptions, Form, Input, Modal, Space, Table, Tag, Typography } from "antd";
import { officialUrlSchema } from "@/lib/validation/report-publication";
import type { PublishActionResult, PublishActions, PublishedVersion, PublishView } from "./types";
import { REPORT_SAVED } from "./saved-event";
import { PrereviewSection } from "@/components/report-prereview/prereview-section";

/**
 * How long after the last save elsewhere on the page the panel reads its view again: after the
 * preview's render, which the reading (it builds the report twice) would otherwise slow down.
 */
const RELOAD_DELAY_MS = 1500;

/** The view the page loaded, replaced by a fresh one after each save announced on the page (debounced). */
function useCurrentView(loaded: PublishView, reload: PublishActions["reload"]): PublishView {
  const [view, setView] = useState(loaded);
  useEffect(() => setView(loaded), [loaded]);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onSaved = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        void reload({ year: loaded.year, orgCode: loaded.orgCode }).then((next) => {
          if (next) setView(next);
        });
      }, RELOAD_DELAY_MS);
    };
    window.addEventListener(REPORT_SAVED, onSaved);
    return () => {
      clearTimeout(timer);
      window.removeEventListener(REPORT_SAVED, onSaved);
    };
  }, [loaded.year, loaded.orgCode, reload]);
  return view;
}

type Dialog = null | "signoff" | "secrecy" | "publish" | "correct" | { official: number };

const DEFAULT_SECRECY_NOTE = "经保密审查，报告内容不涉及国家秘密、工作秘密和敏感信息，同意公开。";

function StepText({ step, empty }: { step: PublishView["signoff"]; empty: string }) {
  if (!step) return <Typography.Text type="secondary">{empty}</Typography.Text>;
  return (
    <span>
      {step.userName}，{step.at}
      {step.note ? `（${step.note}）` : ""}
    </span>
  );
}

/**
 * 签发与发布: where the report stands (草稿 / 已签发 / 保密审查已确认 / 已发布 第N版), the steps this
 * user may take — each behind a confirmation dialog — and every published version with its
 * SHA-256, downloads, 更正说明 and official URL. The commands check everything again.
 */
export function PublishPanel({ view: loaded, actions }: { view: PublishView; actions: PublishActions }) {
  const refresh = usePageRefresh(loaded);
  const view = useCurrentView(loaded, actions.reload);
  const [pending, startTransition] = useTransition();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  // What the user typed stays in these until a step succeeds.
  const [signNote, setSignNote] = useState("");
  const [secrecyNote, setSecrecyNote] = useState(DEFAULT_SECRECY_NOTE);
  const [indexNo, setIndexNo] = useState("");
  const [publisher, setPublisher] = useState(view.defaults.publisher);
  const [writtenDate, setWrittenDate] = useState(view.defaults.today);
  const [correctionNote, setCorrectionNote] = useState("");
  const [correctionDate, setCorrectionDate] = useState(view.defaults.today);
  const [officialUrl, setOfficialUrl] = useState("");
  const [officialDate, setOfficialDate] = useState(view.defaults.today);
  const [dialogError, setDialogError] = useState<string | null>(null);

  const unit = { year: view.year, orgCode: view.orgCode, draftVersion: view.draftVersion };
  const published = view.versions.length > 0;
  const latest = view.versions.at(-1);

  const run = (call: () => Promise<PublishActionResult>, success: string) =>
    startTransition(async () => {
      setError(null);
      setDialogError(null);
      const r = await call();
      if (r.ok) {
        setDialog(null);
        setDone(success);
        refresh();
      } else {
        setDialogError(r.error);
      }
    });

  // 预审's dialogs are its own; the outcome shows here and the page's view is read again.
  const runPrereview = (call: () => Promise<PublishActionResult>, success: string, close: () => void, fail: (e: string) => void) =>
    startTransition(async () => {
      setError(null);
      setDone(null);
      const r = await call();
      if (r.ok) {
        close();
        setDone(success);
        refresh();
      } else fail(r.error);
    });
  const waitsForPrereview = view.prereview.code !== "none" && view.prereview.code !== "cleared";

  const openDialog = (d: Dialog) => {
    setDialogError(null);
    setDone(null);
    setDialog(d);
  };

  const versionColumns = [
    { title: "版本", dataIndex: "version", key: "version", render: (v: number) => <span style={{ whiteSpace: "nowrap" }}>第{v}版</span> },
    { title: "发布时间", dataIndex: "publishedAt", key: "publishedAt", render: (t: string) => <span style={{ whiteSpace: "nowrap" }}>{t}</span> },
    {
      title: "签发 / 保密审查",
      key: "steps",
      render: (_: unknown, v: PublishedVersion) => (
        <span>
          {v.signer.userName}（{v.signer.at}）/ {v.secrecy.userName}（{v.secrecy.at}）
        </span>
      ),
    },
    {
      title: "PDF SHA-256",
      dataIndex: "pdfSha256",
      key: "sha",
      render: (s: string) => (
        // The whole hash is the text (copied whole, read by tools); the eye gets its first characters.
        <Typography.Text code copyable={{ text: s }} title={s} aria-label="PDF SHA-256">
          <span style={{ fontSize: 11, display: "inline-block", maxWidth: "8em", overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", verticalAlign: "bottom" }}>{s}</span>
        </Typography.Text>
      ),
    },
    {
      title: "更正说明",
      key: "correction",
      render: (_: unknown, v: PublishedVersion) => (v.correctionNote ? `${v.correctionDate ?? ""} ${v.correctionNote}` : "—"),
    },
    {
      title: "下载",
      key: "downloads",
      render: (_: unknown, v: PublishedVersion) => (
        <Space orientation="vertical" size={0}>
          <a href={v.pdfUrl} target="_blank" rel="noreferrer" aria-label={`下载第${v.version}版 PDF`}>
            PDF
          </a>
          <a href={v.packageUrl} aria-label={`下载第${v.version}版发布包`}>
            发布包（zip）
          </a>
        </Space>
      ),
    },
    {
      title: "正式发布网址",
      key: "official",
      render: (_: unknown, v: PublishedVersion) => (
        <Space orientation="vertical" size={0}>
          {v.officialUrl ? (
            <span>
              <a href={v.officialUrl} target="_blank" rel="noreferrer">
                {v.officialUrl}
              </a>
              （{v.officialDate}）
            </span>
          ) : (
            <Typography.Text type="secondary">未登记</Typography.Text>
          )}
          {view.can.publish ? (
            <Button
              size="small"
              type="link"
              style={{ padding: 0 }}
              onClick={() => {
                setOfficialUrl(v.officialUrl ?? "");
                setOfficialDate(v.officialDate ?? view.defaults.today);
                openDialog({ official: v.version });
              }}
            >
              登记第{v.version}版正式网址
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];

  const officialVersion = dialog && typeof dialog === "object" ? dialog.official : null;
  const officialCheck = officialUrlSchema.safeParse(officialUrl);

  return (
    <Card title="签发与发布" style={{ marginBottom: 16 }} role="region" aria-label="签发与发布">
      <Space wrap style={{ marginBottom: 12 }} aria-label="发布状态">
        {view.labels.map((l) => (
          <Tag key={l} color={l.startsWith("已发布") ? "green" : l === "草稿" ? "default" : "blue"}>
            {l}
          </Tag>
        ))}
      </Space>
      <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
        {view.deadline ? (
          <Descriptions.Item label="发布期限">
            <span data-testid="publish-deadline">
              {view.deadline.date}
              {view.deadline.lateBy ? (
                <Tag color="orange" style={{ marginLeft: 8 }}>
                  逾期发布 {view.deadline.lateBy}
                </Tag>
              ) : view.deadline.overdueBy ? (
                <Tag color="red" style={{ marginLeft: 8 }}>
                  已逾期 {view.deadline.overdueBy}，仍可发布
                </Tag>
              ) : null}
            </span>
          </Descriptions.Item>
        ) : null}
        <Descriptions.Item label="当前草稿">{view.draftVersion === 0 ? "尚未保存正文（按默认正文）" : `第 ${view.draftVersion} 稿`}</Descriptions.Item>
        <Descriptions.Item label="负责人签发">
          <StepText step={view.signoff} empty="未签发" />
        </Descriptions.Item>
        <Descriptions.Item label="保密审查">
          <StepText step={view.secrecy} empty="未确认" />
          {view.sameReviewer ? <Typography.Text type="warning">（与签发为同一人）</Typography.Text> : null}
        </Descriptions.Item>
      </Descriptions>

      <PrereviewSection view={view.prereview} unit={unit} actions={actions.prereview} run={runPrereview} pending={pending} />
      {view.dataFlag ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={view.dataFlag.label}
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {view.dataFlag.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
              <li>已发布的版本保持不变；如需更新，请发布更正版本。</li>
            </ul>
          }
        />
      ) : null}
      {view.buildError ? <Alert type="error" showIcon style={{ marginBottom: 12 }} title={view.buildError} /> : null}
      {view.missing.length ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          title={`签发前须撰写以下 ${view.missing.length} 处内容（年度报告格式规定不得遗漏）`}
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {view.missing.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          }
        />
      ) : null}
      {view.unwritten.length ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={`有 ${view.unwritten.length} 处内容尚未撰写，发布时将不出现在报告中`}
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {view.unwritten.map((u) => (
                <li key={u}>{u}</li>
              ))}
            </ul>
          }
        />
      ) : null}
      {error ? <Alert type="error" showIcon style={{ marginBottom: 12 }} title={error} /> : null}
      {done ? <Alert type="success" showIcon style={{ marginBottom: 12 }} title={done} /> : null}

      <Space wrap style={{ marginBottom: 16 }}>
        {view.can.signoff ? (
          <Button onClick={() => openDialog("signoff")} disabled={!!view.buildError || !!view.signoff || view.missing.length > 0 || waitsForPrereview}>
            签发报告
          </Button>
        ) : null}
        {view.can.secrecy ? (
          <Button onClick={() => openDialog("secrecy")} disabled={!!view.buildError || !!view.secrecy}>
            确认保密审查
          </Button>
        ) : null}
        {view.can.publish && !published ? (
          <Button type="primary" onClick={() => openDialog("publish")} disabled={view.blockers.length > 0 || !!view.buildError}>
            发布报告
          </Button>
        ) : null}
        {view.can.publish && published ? (
          <Button type="primary" onClick={() => openDialog("correct")} disabled={view.blockers.length > 0 || !!view.buildError}>
            发布更正版本
          </Button>
        ) : null}
      </Space>
      {view.can.publish && view.blockers.length && !view.buildError ? (
        <Alert
          type="info"
          style={{ marginBottom: 16 }}
          title={published ? "发布更正版本前须完成：" : "发布前须完成："}
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {view.blockers.map((b) => (
                <li key={b}>{b}</li>
              ))}
            </ul>
          }
        />
      ) : null}
      {!view.can.publish && !view.can.signoff ? (
        <Typography.Paragraph type="secondary">报告须由本单位负责人签发、经保密审查确认后发布；填报员不能单独发布。</Typography.Paragraph>
      ) : null}

      {published ? (
        <Table<PublishedVersion> size="small" rowKey="version" pagination={false} columns={versionColumns} dataSource={view.versions} aria-label="已发布的版本" scroll={{ x: "max-content" }} />
      ) : null}

      <Modal
        title="签发报告"
        open={dialog === "signoff"}
        okText="确认签发"
        cancelText="取消"
        confirmLoading={pending}
        onCancel={() => setDialog(null)}
        onOk={() => run(() => actions.signoff({ ...unit, note: signNote }), "已签发")}
      >
        <p>您将以负责人身份签发报告草稿{view.draftVersion === 0 ? "（默认正文）" : `第 ${view.draftVersion} 稿`}。草稿再次修改后须重新签发。</p>
        <Form layout="vertical">
          <Form.Item label="签发意见（可选）" htmlFor="pub-sign-note">
            <Input.TextArea id="pub-sign-note" rows={2} value={signNote} onChange={(e) => setSignNote(e.target.value)} maxLength={500} />
          </Form.Item>
        </Form>
        {dialogError ? <Alert type="error" showIcon title={dialogError} /> : null}
      </Modal>

      <Modal
        title="确认保密审查"
        open={dialog === "secrecy"}
        okText="确认"
        cancelText="取消"
        confirmLoading={pending}
        okButtonProps={{ disabled: !secrecyNote.trim() }}
        onCancel={() => setDialog(null)}
        onOk={() => run(() => actions.secrecy({ ...unit, note: secrecyNote }), "保密审查已确认")}
      >
        <p>确认报告草稿{view.draftVersion === 0 ? "（默认正文）" : `第 ${view.draftVersion} 稿`}已经过保密审查。将记录您的姓名、时间和审查意见。</p>
        <Form layout="vertical">
          <Form.Item label="保密审查意见" required htmlFor="pub-secrecy-note">
            <Input.TextArea id="pub-secrecy-note" rows={3} value={secrecyNote} onChange={(e) => setSecrecyNote(e.target.value)} maxLength={500} />
          </Form.Item>
        </Form>
        {dialogError ? <Alert type="error" showIcon title={dialogError} /> : null}
      </Modal>

      <Modal
        title={dialog === "correct" ? `发布更正版本（第${(latest?.version ?? 0) + 1}版）` : "发布报告"}
        open={dialog === "publish" || dialog === "correct"}
        okText={dialog === "correct" ? "确认发布更正版本" : "确认发布"}
        cancelText="取消"
        confirmLoading={pending}
        okButtonProps={{ disabled: dialog === "correct" && !correctionNote.trim() }}
        onCancel={() => setDialog(null)}
        onOk={() =>
          dialog === "correct"
            ? run(() => actions.correct({ ...unit, indexNo, publisher, writtenDate, correctionNote, correctionDate }), "更正版本已发布")
            : run(() => actions.publish({ ...unit, indexNo, publisher, writtenDate }), "报告已发布")
        }
      >
        <Alert
          type="warning"
          style={{ marginBottom: 12 }}
          title="发布后，该版本的文字、数据和 PDF 即冻结，不再改变；如需修改，只能发布更正版本。"
          description={view.unwritten.length ? `尚未撰写的 ${view.unwritten.length} 处内容不会出现在发布的报告中。` : undefined}
        />
        <Form layout="vertical">
          {dialog === "correct" ? (
            <>
              <Form.Item label="更正说明" required htmlFor="pub-correction-note">
                <Input.TextArea id="pub-correction-note" rows={3} value={correctionNote} onChange={(e) => setCorrectionNote(e.target.value)} maxLength={1000} />
              </Form.Item>
              <Form.Item label="更正日期" required htmlFor="pub-correction-date">
                <Input id="pub-correction-date" type="date" value={correctionDate} onChange={(e) => setCorrectionDate(e.target.value)} />
              </Form.Item>
            </>
          ) : null}
          <Form.Item label="索引号" htmlFor="pub-index-no">
            <Input id="pub-index-no" value={indexNo} onChange={(e) => setIndexNo(e.target.value)} maxLength={60} />
          </Form.Item>
          <Form.Item label="发布机构" htmlFor="pub-publisher">
            <Input id="pub-publisher" value={publisher} onChange={(e) => setPublisher(e.target.value)} maxLength={100} />
          </Form.Item>
          <Form.Item label="成文日期" htmlFor="pub-written-date">
            <Input id="pub-written-date" type="date" value={writtenDate} onChange={(e) => setWrittenDate(e.target.value)} />
          </Form.Item>
        </Form>
        {dialogError ? <Alert type="error" showIcon title={dialogError} /> : null}
      </Modal>

      <Modal
        title={`登记第${officialVersion ?? ""}版的正式发布网址`}
        open={officialVersion !== null}
        okText="保存"
        cancelText="取消"
        confirmLoading={pending}
        onCancel={() => setDialog(null)}
        onOk={() => {
          if (!officialCheck.success) return setDialogError(officialCheck.error.issues[0]?.message ?? "网址格式不正确");
          run(() => actions.official({ year: view.year, orgCode: view.orgCode, version: officialVersion!, officialUrl, officialDate }), "正式发布网址已登记");
        }}
      >
        <p>在政府信息公开平台发布后，登记报告的正式网址和发布日期。</p>
        <Form layout="vertical">
          <Form.Item label="正式发布网址" required htmlFor="pub-official-url">
            <Input id="pub-official-url" value={officialUrl} placeholder="https://" onChange={(e) => setOfficialUrl(e.target.value)} maxLength={500} />
          </Form.Item>
          <Form.Item label="正式发布日期" required htmlFor="pub-official-date">
            <Input id="pub-official-date" type="date" value={officialDate} onChange={(e) => setOfficialDate(e.target.value)} />
          </Form.Item>
        </Form>
        {dialogError ? <Alert type="error" showIcon title={dialogError} /> : null}
      </Modal>
    </Card>
  );
}
