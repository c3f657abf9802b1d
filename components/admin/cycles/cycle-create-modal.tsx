"use client";

import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, InputNumber, Select } from "antd";
import type { z } from "zod";
import { CYCLE_YEAR_MAX, CYCLE_YEAR_MIN, createCycleSchema, type CreateCycleInput } from "@/lib/validation/cycle";
import { defaultDeadlines } from "@/lib/validation/cycle-deadlines";
import type { CommandAction } from "../action-result";
import { FormField } from "../form-field";
import { FormModal } from "../form-modal";
import { useCommandFeedback } from "../use-command-feedback";
import { DeadlineFields } from "./deadline-fields";
import { SettingsFields } from "./settings-fields";
import type { TemplateOption } from "./types";

type Props = { year: number; templateId: string; templates: TemplateOption[]; action: CommandAction<CreateCycleInput>; onClose: () => void };

/** Opens a cycle: year, template, warning settings and deadlines (the legal ones by default). */
export function CycleCreateModal({ year, templateId, templates, action, onClose }: Props) {
  const { control, handleSubmit, setError, formState, getValues, setValue } = useForm<CreateCycleInput, unknown, z.output<typeof createCycleSchema>>({
    resolver: zodResolver(createCycleSchema),
    defaultValues: { year, templateId, warningFactor: "3", warningMinimum: 100, deadlines: defaultDeadlines(year) },
  });
  const [submitting, setSubmitting] = useState(false);
  const { report } = useCommandFeedback();
  const errors = formState.errors;

  /** A new year moves the deadlines along, unless they were changed by hand. */
  function changeYear(next: number | null, onChange: (v: unknown) => void) {
    const before = Number(getValues("year"));
    onChange(next ?? "");
    if (next !== null && JSON.stringify(getValues("deadlines")) === JSON.stringify(defaultDeadlines(before))) {
      setValue("deadlines", defaultDeadlines(next));
    }
  }

  const submit = handleSubmit(async (values) => {
    setSubmitting(true);
    const result = await action(values);
    setSubmitting(false);
    if (report(result, `已建立 ${values.year} 年度填报周期`, setError)) onClose();
  });

  return (
    <FormModal title="新建填报周期" open width={720} formId="cycle-create-form" okText="建立" submitting={submitting} onCancel={onClose} onSubmit={submit}>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title="建立时以当前在用的单位生成本周期的单位名册（快照）；此后单位树的变化不影响本周期。" />
      <div style={{ display: "grid", gridTemplateColumns: "repeat(2, minmax(0, 1fr))", columnGap: 16 }}>
        <FormField id="cycle-create-year" label="报告年度" required error={errors.year?.message}>
          {(a) => (
            <Controller
              control={control}
              name="year"
              render={({ field }) => (
                <InputNumber<number>
                  {...a}
                  style={{ width: "100%" }}
                  min={CYCLE_YEAR_MIN}
                  max={CYCLE_YEAR_MAX}
                  precision={0}
                  value={field.value as number}
                  onChange={(v) => changeYear(v, field.onChange)}
                  onBlur={field.onBlur}
                />
              )}
            />
          )}
        </FormField>
        <FormField id="cycle-create-template" label="统计表模板" required error={errors.templateId?.message}>
          {(a) => (
            <Controller
              control={control}
              name="templateId"
              render={({ field }) => <Select {...a} value={field.value || undefined} onChange={field.onChange} onBlur={field.onBlur} options={templates} placeholder="请选择统计表模板" />}
            />
          )}
        </FormField>
      </div>
      <SettingsFields idPrefix="cycle-create" control={control} errors={errors} />
      <DeadlineFields idPrefix="cycle-create" control={control} errors={errors} />
    </FormModal>
  );
}
