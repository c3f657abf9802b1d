"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "antd";
import type { z } from "zod";
import { updateCycleSchema, type UpdateCycleInput } from "@/lib/validation/cycle";
import { DEADLINE_KINDS, DEADLINE_PURPOSES, defaultDeadlines, type Deadlines } from "@/lib/validation/cycle-deadlines";
import { formatWarningFactor } from "@/lib/validation/warning-factor";
import type { CommandAction } from "../action-result";
import { FormModal } from "../form-modal";
import { useCommandFeedback } from "../use-command-feedback";
import { DeadlineFields } from "./deadline-fields";
import { SettingsFields } from "./settings-fields";
import { PrereviewField } from "./prereview-field";
import type { CycleRow } from "./types";

/** Stored deadlines, with the legal default for any never set. */
function withDefaults(cycle: CycleRow): Deadlines {
  const d = defaultDeadlines(cycle.year);
  for (const kind of DEADLINE_KINDS) for (const purpose of DEADLINE_PURPOSES) d[kind][purpose] = cycle.deadlines[kind][purpose] ?? d[kind][purpose];
  return d;
}

/** Edits a cycle's deadlines, warning factor and minimum and its 预审 (template and roster stay). */
export function CycleEditModal({ cycle, action, onClose }: { cycle: CycleRow; action: CommandAction<UpdateCycleInput>; onClose: () => void }) {
  const { control, handleSubmit, setError, formState, setValue } = useForm<UpdateCycleInput, unknown, z.output<typeof updateCycleSchema>>({
    resolver: zodResolver(updateCycleSchema),
    defaultValues: {
      year: cycle.year,
      warningFactor: formatWarningFactor(cycle.warningFactorNum, cycle.warningFactorDen),
      warningMinimum: cycle.warningMinimum,
      deadlines: withDefaults(cycle),
      prereview: cycle.prereview,
    },
  });
  const [submitting, setSubmitting] = useState(false);
  const { report } = useCommandFeedback();

  const submit = handleSubmit(async (values) => {
    setSubmitting(true);
    const result = await action(values);
    setSubmitting(false);
    if (report(result, `已保存 ${cycle.year} 年度填报周期的设置`, setError)) onClose();
  });

  return (
    <FormModal title={`编辑 ${cycle.year} 年度填报周期`} open width={720} formId="cycle-edit-form" submitting={submitting} onCancel={onClose} onSubmit={submit}>
      <p style={{ marginTop: 0 }}>
        模板：{cycle.templateName}；单位名册：{cycle.rosterSize} 个单位（建立周期时的快照，不随单位树变化）。
      </p>
      <SettingsFields idPrefix="cycle-edit" control={control} errors={formState.errors} />
      <DeadlineFields idPrefix="cycle-edit" control={control} errors={formState.errors} />
      <PrereviewField control={control} />
      <Button type="link" style={{ padding: 0 }} onClick={() => setValue("deadlines", defaultDeadlines(cycle.year), { shouldDirty: true })}>
        恢复条例第四十九条规定的期限
      </Button>
    </FormModal>
  );
}
