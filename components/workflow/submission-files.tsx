"use client";

import { useState } from "react";
import { usePageRefresh } from "@/components/use-page-refresh";
import { Alert, Button, List, Space, Typography, Upload } from "antd";
import type { UploadProps } from "antd";

import type { PanelFile, SubmissionFilesView } from "@/lib/contracts/workflow-view";

export type { PanelFile, SubmissionFilesView };

const MAX_MB = 10;

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/**
 * The 报送单 and the sealed scan: download the slip of the signed version, upload its sealed scan
 * (PDF/JPEG/PNG, at most 10 MB; the server checks the file itself), and the uploaded files with
 * time and uploader. Reviewers see and download the same list.
 */
export function SubmissionFiles({ view }: { view: SubmissionFilesView }) {
  const refresh = usePageRefresh(view);
  const [error, setError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const base = `/api/stats/${view.year}/${encodeURIComponent(view.orgCode)}`;

  const customRequest: UploadProps["customRequest"] = async ({ file }) => {
    setError(null);
    const f = file as File;
    if (f.size > MAX_MB * 1024 * 1024) {
      setError(`文件过大：盖章扫描件不能超过 ${MAX_MB} MB`);
      return;
    }
    setUploading(true);
    try {
      const form = new FormData();
      form.append("file", f, f.name);
      form.append("version", String(view.version));
      const res = await fetch(`${base}/attachments`, { method: "POST", body: form });
      if (!res.ok) {
        const body = (await res.json().catch(() => ({}))) as { error?: string };
        setError(body.error ?? `上传失败（${res.status}）`);
      } else refresh();
    } catch {
      setError("网络错误，上传未完成，请重试");
    } finally {
      setUploading(false);
    }
  };

  if (view.signedVersion === null && view.files.length === 0) return null;
  return (
    <section aria-label="报送单与盖章扫描件" style={{ marginTop: 12 }}>
      <Space wrap>
        {view.signedVersion !== null ? (
          <Button href={`${base}/slip?version=${view.signedVersion}`} download>
            下载报送单
          </Button>
        ) : null}
        {view.canUpload ? (
          <Upload accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png" showUploadList={false} maxCount={1} customRequest={customRequest}>
            <Button loading={uploading}>上传盖章扫描件</Button>
          </Upload>
        ) : null}
        {view.canUpload ? <Typography.Text type="secondary">PDF、JPEG 或 PNG，不超过 {MAX_MB} MB</Typography.Text> : null}
      </Space>
      {error ? <Alert role="alert" style={{ marginTop: 8 }} type="error" showIcon closable onClose={() => setError(null)} title={error} /> : null}
      {view.files.length ? (
        <section aria-label="盖章扫描件">
          <List
            size="small"
            style={{ marginTop: 8 }}
            header={<strong>盖章扫描件</strong>}
            dataSource={view.files}
            renderItem={(f) => (
              <List.Item>
                <Space wrap>
                  <a href={f.url} download>
                    {f.fileName}
                  </a>
                  <Typography.Text type="secondary">
                    第 {f.version} 版 · {sizeText(f.size)} · {f.uploaderName ?? "—"} 于 {f.at} 上传
                  </Typography.Text>
                </Space>
              </List.Item>
            )}
          />
        </section>
      ) : null}
    </section>
  );
}
