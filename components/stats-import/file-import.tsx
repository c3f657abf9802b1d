"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Alert, Button, Input, InputNumber, List, Modal, Space, Typography, Upload } from "antd";
import type { UploadFile } from "antd";
import type { ImportCommitResult, ImportPreview } from "@/lib/contracts/import-preview";
import { IMPORT_FILE_MAX_BYTES, IMPORT_MAX_FILES } from "@/lib/import/upload-limits";
import { ImportPreviewView } from "./import-preview-view";

export type FileImportProps = {
  /** The cycle; null lets the user type it (the office's history import). */
  year: number | null;
  /** draft: filled Excel templates (填报员 or the parent's reviewer); history: a published report's page or pasted table. */
  mode: "draft" | "history";
  /** The unit the page is about: files that name no unit are for it. */
  orgCode?: string;
  /** The button's text. */
  label?: string;
  /** Where the unit's Excel template downloads, shown in the dialog. */
  templateHref?: string;
};

type Phase = { kind: "choose" } | { kind: "preview"; preview: ImportPreview } | { kind: "done"; result: ImportCommitResult };

/**
 * 上传 Excel (or 导入历史报告): choose files, see what they would change with every error and
 * warning at its cell, confirm. Nothing is saved before the confirmation; the confirmation sends
 * the same files with the preview's fingerprint, so a file changed since is refused (decision 023).
 */
export function FileImport({ year: fixedYear, mode, orgCode, label, templateHref }: FileImportProps) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [files, setFiles] = useState<UploadFile[]>([]);
  const [pasted, setPasted] = useState("");
  const [org, setOrg] = useState(orgCode ?? "");
  const [year, setYear] = useState<number | null>(fixedYear);
  const [phase, setPhase] = useState<Phase>({ kind: "choose" });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const history = mode === "history";

  const reset = () => {
    setFiles([]);
    setPasted("");
    setPhase({ kind: "choose" });
    setError(null);
  };

  async function send(preview: boolean, fingerprint?: string) {
    setError(null);
    if (!year) return setError("请填写年度");
    if (!files.length && !pasted.trim()) return setError(history ? "请选择另存的报告网页，或粘贴统计表" : "请选择要上传的 Excel 文件");
    const big = files.find((f) => (f.size ?? 0) > IMPORT_FILE_MAX_BYTES);
    if (big) return setError(`「${big.name}」超过 5 MB，不能导入`);
    const form = new FormData();
    for (const f of files) form.append("file", f.originFileObj as File, f.name);
    if (org.trim()) form.append("org", org.trim());
    if (history) form.append("kind", "history");
    if (pasted.trim()) form.append("pasted", pasted);
    if (fingerprint) form.append("fingerprint", fingerprint);
    setBusy(true);
    try {
      const res = await fetch(`/api/stats/${year}/import${preview ? "?preview=1" : ""}`, { method: "POST", body: form });
      const body = (await res.json().catch(() => ({}))) as { error?: string; fieldErrors?: Record<string, string[]> };
      if (!res.ok) {
        const details = Object.values(body.fieldErrors ?? {}).flat();
        setError([body.error ?? `上传失败（${res.status}）`, ...details].join("；"));
        return;
      }
      if (preview) setPhase({ kind: "preview", preview: body as unknown as ImportPreview });
      else {
        setPhase({ kind: "done", result: body as unknown as ImportCommitResult });
        router.refresh();
      }
    } catch {
      setError("网络错误，上传未完成，请重试");
    } finally {
      setBusy(false);
    }
  }

  const footer =
    phase.kind === "choose" ? (
      <Space wrap>
        <Button onClick={() => setOpen(false)}>取消</Button>
        <Button type="primary" loading={busy} onClick={() => send(true)}>
          预览
        </Button>
      </Space>
    ) : phase.kind === "preview" ? (
      <Space wrap>
        <Button onClick={() => setPhase({ kind: "choose" })}>返回修改</Button>
        {phase.preview.ok ? (
          <Button type="primary" loading={busy} onClick={() => send(false, phase.preview.fingerprint)}>
            确认导入
          </Button>
        ) : null}
      </Space>
    ) : (
      <Button type="primary" onClick={() => setOpen(false)}>
        完成
      </Button>
    );

  return (
    <>
      <Button
        onClick={() => {
          reset();
          setOpen(true);
        }}
      >
        {label ?? (history ? "导入历史报告" : "上传 Excel")}
      </Button>
      <Modal
        open={open}
        title={history ? "从已发布的报告导入历史数据" : "上传填好的 Excel 填报表"}
        onCancel={() => setOpen(false)}
        footer={footer}
        width={phase.kind === "preview" ? 960 : 640}
        destroyOnHidden
      >
        {error ? <Alert role="alert" type="error" showIcon style={{ marginBottom: 12 }} title={error} /> : null}
        {phase.kind === "choose" ? (
          <Space orientation="vertical" style={{ width: "100%" }}>
            <Typography.Paragraph style={{ margin: 0 }}>
              {history
                ? "选择单位已发布的年度报告另存的网页（.html），或把报告中的统计表复制后粘贴在下面。系统按表头和行标题识别表式，作为该单位该年度已审核通过的历史数据保存。"
                : `可以一次上传一个或多个文件（每个不超过 5 MB，最多 ${IMPORT_MAX_FILES} 个），一个工作簿中也可以每个单位一个工作表。预览无误并确认后才保存为草稿。`}
              {templateHref ? (
                <>
                  {" "}
                  <a href={templateHref} download>
                    下载本单位的 Excel 填报表
                  </a>
                </>
              ) : null}
            </Typography.Paragraph>
            {history ? (
              <Space wrap>
                <label>
                  年度 <InputNumber aria-label="年度" min={2000} max={2100} value={year ?? undefined} onChange={(v) => setYear(typeof v === "number" ? v : null)} />
                </label>
                <label>
                  单位代码 <Input aria-label="单位代码" style={{ width: 180 }} value={org} onChange={(e) => setOrg(e.target.value)} />
                </label>
              </Space>
            ) : null}
            <Upload.Dragger
              multiple
              accept={history ? ".html,.htm,.txt" : ".xlsx"}
              fileList={files}
              beforeUpload={() => false}
              onChange={({ fileList }) => setFiles(fileList.slice(0, IMPORT_MAX_FILES))}
            >
              <p style={{ margin: 8 }}>{history ? "点击或拖入报告网页（.html）" : "点击或拖入 Excel 文件（.xlsx）"}</p>
            </Upload.Dragger>
            {history ? <Input.TextArea aria-label="粘贴的统计表" rows={5} placeholder="或在此粘贴从报告网页复制的统计表" value={pasted} onChange={(e) => setPasted(e.target.value)} /> : null}
          </Space>
        ) : phase.kind === "preview" ? (
          <ImportPreviewView preview={phase.preview} />
        ) : (
          <Space orientation="vertical" style={{ width: "100%" }}>
            <Alert
              type="success"
              showIcon
              title={
                history
                  ? `已导入 ${phase.result.units.length} 个单位 ${phase.result.year} 年度的历史数据（已审核通过）。`
                  : `已保存 ${phase.result.units.length} 个单位的草稿。${phase.result.warnings.length ? `有 ${phase.result.warnings.length} 条提示性问题，请在填报页说明。` : ""}`
              }
            />
            <List
              size="small"
              dataSource={phase.result.units}
              renderItem={(u) => (
                <List.Item>
                  <a href={`/stats/${phase.result.year}/${encodeURIComponent(u.orgCode)}${history ? "" : "/edit"}`}>
                    {u.orgName}（{u.orgCode}）{history ? "的统计数据" : "的填报页"}
                  </a>
                </List.Item>
              )}
            />
          </Space>
        )}
      </Modal>
    </>
  );
}
