"use client";

import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Input } from "antd";
import type { z } from "zod";
import { ORG_NAME_MAX_LENGTH, renameOrganisationSchema, type RenameOrganisationInput } from "@/lib/validation/organisation";
import type { CommandAction } from "../action-result";
import { FormField } from "../form-field";
import { FormModal } from "../form-modal";
import { useCommandFeedback } from "../use-command-feedback";
import type { OrgRow } from "./types";

/** Renames a unit; its code stays. */
export function OrgRenameModal({ org, action, onClose }: { org: OrgRow; action: CommandAction<RenameOrganisationInput>; onClose: () => void }) {
  const { control, handleSubmit, setError, formState } = useForm<RenameOrganisationInput, unknown, z.output<typeof renameOrganisationSchema>>({
    resolver: zodResolver(renameOrganisationSchema),
    defaultValues: { code: org.code, name: org.name },
  });
  const [submitting, setSubmitting] = useState(false);
  const { report } = useCommandFeedback();

  const submit = handleSubmit(async (values) => {
    setSubmitting(true);
    const result = await action(values);
    setSubmitting(false);
    if (report(result, `已将「${org.name}」更名为「${values.name}」`, setError)) onClose();
  });

  return (
    <FormModal title={`重命名：${org.name}（${org.code}）`} open formId="org-rename-form" submitting={submitting} onCancel={onClose} onSubmit={submit}>
      <FormField id="org-rename-name" label="新的单位名称" required error={formState.errors.name?.message}>
        {(a) => <Controller control={control} name="name" render={({ field }) => <Input {...a} {...field} maxLength={ORG_NAME_MAX_LENGTH} autoComplete="off" />} />}
      </FormField>
    </FormModal>
  );
}
