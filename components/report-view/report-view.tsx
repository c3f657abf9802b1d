"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Button } from "antd";
import { useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { PdfPreview } from "./pdf-preview";
import { TextField } from "./text-field";
import { announceReportSaved } from "@/components/report-publish/saved-event";
import { useLeaveGuard } from "@/components/use-leave-guard";
import { reportPrefaceSchema, type ReportPreface, type SaveReportPrefaceInput } from "@/lib/validation/report-fields";
import type { CommandResult } from "@/lib/contracts/command-result";

type Props = {
  year: number;
  orgCode: string;
  /** A government's 本级 report beside its area's ("own"); else its only or first report. */
  coverage?: "area" | "own";
  editable: boolean;
  /** What a blank unit name / scope falls back to. */
  defaults: { unitName: string; scope: string };
  initial: ReportPreface;
  action: ((input: SaveReportPrefaceInput) => Promise<CommandResult<unknown>>) | null;
  /** Changes when something else the report is built from was saved (the narrative): the preview reloads. */
  refreshSignal?: number;
  /** Preview above the fields (beside the narrative editor) instead of side by side. */
  stacked?: boolean;
};

const FIELDS: { name: keyof ReportPreface; label: string; hint?: string }[] = [
  { name: "unitName", label: "单位名称（标题）" },
  { name: "scope", label: "范围称谓", hint: "如“全区”“全市”“本机关”" },
  { name: "compiler", label: "编制单位" },
  { name: "sources", label: "数据来源", hint: "如“各盟市、区直各部门”" },
  { name: "downloadSite", label: "下载网站" },
  { name: "downloadUrl", label: "下载网址" },
  { name: "contactOffice", label: "联系单位" },
  { name: "phone", label: "电话" },
  { name: "email", label: "电子邮箱" },
];

/**
 * How long after a save the preview reloads: just enough to fold the narrative's and the
 * preface's saves into one render (the autosave already waits for typing to pause; the preview
 * is to show within 1.5 s of the last keystroke).
 */
const REFRESH_DELAY_MS = 100;

/** The report's preface fields (a form for those with report.edit) beside the PDF preview. */
export function ReportView({ year, orgCode, coverage, editable, defaults, initial, action, refreshSignal = 0, stacked = false }: Props) {
  const pdfUrl = `/api/reports/${year}/${encodeURIComponent(orgCode)}/pdf${coverage === "own" ? "?coverage=own" : ""}`;
  const [version, setVersion] = useState(0);
  const [pending, setPending] = useState(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [error, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const { control, handleSubmit, setError, formState, reset } = useForm<ReportPreface>({
    resolver: zodResolver(reportPrefaceSchema),
    defaultValues: initial,
  });

  useEffect(() => {
    if (!pending && !refreshSignal) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => setVersion((v) => v + 1), REFRESH_DELAY_MS);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [pending, refreshSignal]);

  const onSubmit = handleSubmit(async (values) => {
    if (!action) return;
    setFormError(null);
    setSaved(false);
    const result = await action({ ...values, year, orgCode });
    if (result.ok) {
      // What was saved is the form's new starting point: nothing unsaved is left to guard.
      reset(values, { keepErrors: false });
      setSaved(true);
      setPending((n) => n + 1);
      announceReportSaved();
      return;
    }
    setFormError(result.error);
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      if (FIELDS.some((f) => f.name === field)) setError(field as keyof ReportPreface, { message: messages[0] });
    }
  });

  useLeaveGuard(editable && formState.isDirty);

  const src = version ? `${pdfUrl}${pdfUrl.includes("?") ? "&" : "?"}v=${version}` : pdfUrl;

  return (
    <div style={stacked ? { display: "flex", flexDirection: "column-reverse", gap: 16 } : { display: "grid", gridTemplateColumns: "minmax(280px, 360px) 1fr", gap: 24, alignItems: "start" }}>
      <form onSubmit={onSubmit} noValidate aria-label="报告前言字段" style={{ display: "grid", gap: 12, background: "#fff", padding: 16, minWidth: 0 }}>
        <h2 style={{ fontSize: 16, margin: 0 }}>前言字段</h2>
        {error ? <Alert type="error" showIcon title={error} /> : null}
        {saved ? <Alert type="success" showIcon title="已保存，预览即将刷新" /> : null}
        {FIELDS.map((f) => (
          <TextField
            key={f.name}
            id={`report-${f.name}`}
            name={f.name}
            label={f.label}
            control={control}
            disabled={!editable}
            placeholder={f.name === "unitName" ? defaults.unitName : f.name === "scope" ? defaults.scope : f.hint}
            message={formState.errors[f.name]?.message}
          />
        ))}
        {editable ? (
          <Button type="primary" htmlType="submit" loading={formState.isSubmitting}>
            保存
          </Button>
        ) : (
          <p style={{ margin: 0, color: "#8c8c8c" }}>您可以查看本报告，但不能修改前言字段。</p>
        )}
        <a href={pdfUrl} download>
          下载 PDF
        </a>
        <a href={`/api/reports/${year}/${encodeURIComponent(orgCode)}/report.docx${coverage === "own" ? "?coverage=own" : ""}`} download>
          下载 Word
        </a>
      </form>
      <PdfPreview src={src} title="报告预览" height={stacked ? "70vh" : "80vh"} />
    </div>
  );
}
