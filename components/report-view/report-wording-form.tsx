"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Button, Collapse } from "antd";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { TextField } from "./text-field";
import { WORDING_KEYS, WORDING_LABELS, type NodeWording, type WordingKey } from "@/lib/report/wording";
import { saveOrgWordingSchema, type SaveOrgWordingInput } from "@/lib/validation/org-wording";
import type { CommandResult } from "@/lib/contracts/command-result";

type Values = Record<WordingKey, string>;

type Props = {
  year: number;
  orgCode: string;
  /** The words from the unit's name, kind and children: what a blank field means. */
  defaults: NodeWording;
  initial: Partial<Values>;
  action: ((input: SaveOrgWordingInput) => Promise<CommandResult<unknown>>) | null;
  onSaved?: () => void;
};

const formSchema = saveOrgWordingSchema.omit({ year: true, orgCode: true });

/** 报告用语: how the report names the unit and its parts; blank fields keep the default shown. */
export function ReportWordingForm({ year, orgCode, defaults, initial, action, onSaved }: Props) {
  const [error, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const { control, handleSubmit, setError, formState } = useForm<Values>({
    resolver: zodResolver(formSchema),
    defaultValues: Object.fromEntries(WORDING_KEYS.map((k) => [k, initial[k] ?? ""])) as Values,
  });

  const onSubmit = handleSubmit(async (values) => {
    if (!action) return;
    setFormError(null);
    setSaved(false);
    const result = await action({ ...values, year, orgCode });
    if (result.ok) {
      setSaved(true);
      onSaved?.();
      return;
    }
    setFormError(result.error);
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      if ((WORDING_KEYS as readonly string[]).includes(field)) setError(field as WordingKey, { message: messages[0] });
    }
  });

  const form = (
    <form onSubmit={onSubmit} noValidate aria-label="报告用语" style={{ display: "grid", gap: 12 }}>
      <p style={{ margin: 0, color: "#595959" }}>报告按本单位的名称、类型和下级单位自动确定用语；留空即使用灰色的默认用语。修改后本单位各年度的报告都按新用语生成。</p>
      {error ? <Alert type="error" showIcon title={error} /> : null}
      {saved ? <Alert type="success" showIcon title="报告用语已保存，预览即将刷新" /> : null}
      {WORDING_KEYS.map((k) => (
        <TextField
          key={k}
          id={`wording-${k}`}
          name={k}
          label={WORDING_LABELS[k]}
          control={control}
          disabled={!action}
          placeholder={defaults[k]}
          message={formState.errors[k]?.message}
        />
      ))}
      {action ? (
        <Button type="primary" htmlType="submit" loading={formState.isSubmitting}>
          保存报告用语
        </Button>
      ) : (
        <p style={{ margin: 0, color: "#8c8c8c" }}>您可以查看报告用语，但不能修改。</p>
      )}
    </form>
  );

  return (
    <Collapse
      style={{ background: "#fff" }}
      items={[{ key: "wording", label: `报告用语（主语：${initial.subject || defaults.subject}）`, children: form }]}
    />
  );
}
