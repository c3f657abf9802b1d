"use client";

import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert } from "antd";
import type { z } from "zod";
import { descendantIds, indexOrgs } from "@/lib/org-tree/org-index";
import { mergeOrganisationSchema, type MergeOrganisationInput } from "@/lib/validation/organisation";
import type { CommandAction } from "../action-result";
import { FormField } from "../form-field";
import { UnitSelect } from "../unit-select";
import { FormModal } from "../form-modal";
import { useCommandFeedback } from "../use-command-feedback";
import { orgOptions, type OrgRow } from "./types";

/** Merges a unit into another (the old one is deactivated; the successor records it), after a confirmation. */
export function OrgMergeModal({ org, orgs, action, onClose }: { org: OrgRow; orgs: OrgRow[]; action: CommandAction<MergeOrganisationInput>; onClose: () => void }) {
  const options = useMemo(() => {
    const below = descendantIds(indexOrgs(orgs), org.id);
    return orgOptions(orgs, (o) => o.id !== org.id && !below.has(o.id) && o.predecessorId === null);
  }, [orgs, org]);
  const { control, handleSubmit, setError, formState } = useForm<MergeOrganisationInput, unknown, z.output<typeof mergeOrganisationSchema>>({
    resolver: zodResolver(mergeOrganisationSchema),
    defaultValues: { code: org.code, successorCode: "" },
  });
  const [submitting, setSubmitting] = useState(false);
  const { report, modal } = useCommandFeedback();

  const submit = handleSubmit((values) => {
    const successor = options.find((o) => o.value === values.successorCode)?.label ?? values.successorCode;
    modal.confirm({
      title: "确认合并？",
      content: `「${org.name}」将并入${successor}并停用，此操作不能撤销。`,
      okText: "确认合并",
      okButtonProps: { danger: true },
      cancelText: "取消",
      onOk: async () => {
        setSubmitting(true);
        const result = await action(values);
        setSubmitting(false);
        if (report(result, `已将「${org.name}」并入${successor}`, setError)) onClose();
      },
    });
  });

  return (
    <FormModal title={`合并：${org.name}（${org.code}）`} open formId="org-merge-form" okText="合并" danger submitting={submitting} onCancel={onClose} onSubmit={submit}>
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 16 }}
        title="合并后，本单位停用，合并后的单位记录本单位为其前身单位（用于年度对比）。本单位的填报记录和用户账户保留；请另行处理其用户。"
      />
      <FormField id="org-merge-successor" label="并入的单位" required error={formState.errors.successorCode?.message}>
        {(a) => <UnitSelect a={a} control={control} name="successorCode" options={options} placeholder="请选择合并后的单位" />}
      </FormField>
    </FormModal>
  );
}
