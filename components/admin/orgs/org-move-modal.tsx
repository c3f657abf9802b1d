"use client";

import { useMemo, useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert } from "antd";
import type { z } from "zod";
import { descendantIds, indexOrgs } from "@/lib/org-tree/org-index";
import { moveOrganisationSchema, type MoveOrganisationInput } from "@/lib/validation/organisation";
import type { CommandAction } from "../action-result";
import { FormField } from "../form-field";
import { UnitSelect } from "../unit-select";
import { FormModal } from "../form-modal";
import { useCommandFeedback } from "../use-command-feedback";
import { orgOptions, type OrgRow } from "./types";

/** Moves a unit (and everything below it) under another parent; offers neither itself nor its descendants. */
export function OrgMoveModal({ org, orgs, action, onClose }: { org: OrgRow; orgs: OrgRow[]; action: CommandAction<MoveOrganisationInput>; onClose: () => void }) {
  const options = useMemo(() => {
    const below = descendantIds(indexOrgs(orgs), org.id);
    return orgOptions(orgs, (o) => o.id !== org.id && o.id !== org.parentId && !below.has(o.id));
  }, [orgs, org]);
  const { control, handleSubmit, setError, formState } = useForm<MoveOrganisationInput, unknown, z.output<typeof moveOrganisationSchema>>({
    resolver: zodResolver(moveOrganisationSchema),
    defaultValues: { code: org.code, parentCode: "" },
  });
  const [submitting, setSubmitting] = useState(false);
  const { report } = useCommandFeedback();

  const submit = handleSubmit(async (values) => {
    setSubmitting(true);
    const result = await action(values);
    setSubmitting(false);
    if (report(result, `已移动「${org.name}」`, setError)) onClose();
  });

  return (
    <FormModal title={`移动：${org.name}（${org.code}）`} open formId="org-move-form" submitting={submitting} onCancel={onClose} onSubmit={submit}>
      <Alert type="info" showIcon style={{ marginBottom: 16 }} title="下级单位随之移动。已建立的填报周期名册不受影响，新建周期时按新的上下级关系生成名册。" />
      <FormField id="org-move-parent" label="新的上级单位" required error={formState.errors.parentCode?.message}>
        {(a) => <UnitSelect a={a} control={control} name="parentCode" options={options} placeholder="请选择新的上级单位" />}
      </FormField>
    </FormModal>
  );
}
