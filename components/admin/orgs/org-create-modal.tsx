"use client";

import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Input, Select } from "antd";
import type { z } from "zod";
import { ORG_KIND_LABELS, ORG_KINDS } from "@/lib/import/validate-orgs";
import { createOrganisationSchema, ORG_CODE_MAX_LENGTH, ORG_NAME_MAX_LENGTH, type CreateOrganisationInput } from "@/lib/validation/organisation";
import type { CommandAction } from "../action-result";
import { FormField } from "../form-field";
import { FormModal } from "../form-modal";
import { useCommandFeedback } from "../use-command-feedback";
import { orgOptions, type OrgRow } from "./types";

type Output = z.output<typeof createOrganisationSchema>;

const KIND_OPTIONS = ORG_KINDS.map((k) => ({ value: k, label: ORG_KIND_LABELS[k] }));

/** Adds a unit under an active parent. */
export function OrgCreateModal({ orgs, action, onClose }: { orgs: OrgRow[]; action: CommandAction<CreateOrganisationInput>; onClose: () => void }) {
  const hasRoot = orgs.some((o) => o.parentId === null);
  const { control, handleSubmit, setError, formState } = useForm<CreateOrganisationInput, unknown, Output>({
    resolver: zodResolver(createOrganisationSchema),
    defaultValues: { code: "", name: "", kind: hasRoot ? "department" : "region", parentCode: null },
  });
  const [submitting, setSubmitting] = useState(false);
  const { report } = useCommandFeedback();
  const errors = formState.errors;

  const submit = handleSubmit(async (values) => {
    setSubmitting(true);
    const result = await action(values);
    setSubmitting(false);
    if (report(result, `已新增单位「${values.name}」`, setError)) onClose();
  });

  return (
    <FormModal title="新增单位" open formId="org-create-form" submitting={submitting} onCancel={onClose} onSubmit={submit}>
      <FormField id="org-create-parent" label="上级单位" required={hasRoot} error={errors.parentCode?.message}>
        {(a) => (
          <Controller
            control={control}
            name="parentCode"
            render={({ field }) => (
              <Select
                {...a}
                value={field.value ?? undefined}
                onChange={(v: string | undefined) => field.onChange(v ?? null)}
                onBlur={field.onBlur}
                options={orgOptions(orgs)}
                showSearch={{ optionFilterProp: "label" }}
                allowClear={!hasRoot}
                placeholder={hasRoot ? "请选择上级单位" : "第一个单位（根单位）无上级"}
              />
            )}
          />
        )}
      </FormField>
      <FormField id="org-create-code" label="单位代码" required error={errors.code?.message} extra="导入、导出和统计数据都以单位代码为准，创建后不能修改">
        {(a) => <Controller control={control} name="code" render={({ field }) => <Input {...a} {...field} maxLength={ORG_CODE_MAX_LENGTH} autoComplete="off" />} />}
      </FormField>
      <FormField id="org-create-name" label="单位名称" required error={errors.name?.message}>
        {(a) => <Controller control={control} name="name" render={({ field }) => <Input {...a} {...field} maxLength={ORG_NAME_MAX_LENGTH} autoComplete="off" />} />}
      </FormField>
      <FormField id="org-create-kind" label="单位类型" required error={errors.kind?.message}>
        {(a) => (
          <Controller
            control={control}
            name="kind"
            render={({ field }) => <Select {...a} value={field.value} onChange={field.onChange} onBlur={field.onBlur} options={KIND_OPTIONS} />}
          />
        )}
      </FormField>
    </FormModal>
  );
}
