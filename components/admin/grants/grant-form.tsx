"use client";

import { useState } from "react";
import { Controller, useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button, Form, Select } from "antd";
import type { z } from "zod";
import { grantRoleSchema, type GrantRoleInput } from "@/lib/validation/grant";
import type { CommandAction } from "../action-result";
import { FormField } from "../form-field";
import { useCommandFeedback } from "../use-command-feedback";
import type { Grantable } from "./types";

/**
 * Grants a role: pick a user, then one of the roles checkGrant allows them; the unit follows
 * from the role (the user's own unit, or the root for an administrator role).
 */
export function GrantForm({ grantables, action }: { grantables: Grantable[]; action: CommandAction<GrantRoleInput> }) {
  const { control, handleSubmit, setError, setValue, resetField, reset, formState } = useForm<GrantRoleInput, unknown, z.output<typeof grantRoleSchema>>({
    resolver: zodResolver(grantRoleSchema),
    defaultValues: { userId: undefined, role: undefined, orgId: undefined },
  });
  const [submitting, setSubmitting] = useState(false);
  const { report } = useCommandFeedback();
  const userId = useWatch({ control, name: "userId" });
  const role = useWatch({ control, name: "role" });
  const grantable = grantables.find((g) => g.userId === userId);
  const roleOptions = [...new Map((grantable?.options ?? []).map((o) => [o.role, { value: o.role, label: o.roleName }])).values()];
  const orgOptions = (grantable?.options ?? []).filter((o) => o.role === role).map((o) => ({ value: o.orgId, label: o.orgName }));
  const errors = formState.errors;

  const submit = handleSubmit(async (values) => {
    setSubmitting(true);
    const result = await action(values);
    setSubmitting(false);
    const who = grantable?.label ?? "";
    const roleName = roleOptions.find((o) => o.value === values.role)?.label ?? values.role;
    if (report(result, `已授予 ${who} ${roleName}，其当前会话已结束`, setError)) reset();
  });

  return (
    <form noValidate onSubmit={submit} aria-label="授予角色">
      <Form layout="vertical" component={false}>
        <div style={{ display: "grid", gridTemplateColumns: "minmax(0, 2fr) minmax(0, 1fr) minmax(0, 2fr) auto", columnGap: 16, alignItems: "start" }}>
          <FormField id="grant-user" label="用户" required error={errors.userId?.message}>
            {(a) => (
              <Controller
                control={control}
                name="userId"
                render={({ field }) => (
                  <Select
                    {...a}
                    value={field.value}
                    onChange={(v: number) => {
                      field.onChange(v);
                      resetField("role");
                      resetField("orgId");
                    }}
                    onBlur={field.onBlur}
                    options={grantables.map((g) => ({ value: g.userId, label: g.label }))}
                    showSearch={{ optionFilterProp: "label" }}
                    placeholder="请选择用户"
                  />
                )}
              />
            )}
          </FormField>
          <FormField id="grant-role" label="角色" required error={errors.role?.message}>
            {(a) => (
              <Controller
                control={control}
                name="role"
                render={({ field }) => (
                  <Select
                    {...a}
                    value={field.value}
                    onChange={(v: string) => {
                      field.onChange(v);
                      const orgs = grantable?.options.filter((o) => o.role === v) ?? [];
                      if (orgs.length === 1) setValue("orgId", orgs[0]!.orgId);
                      else resetField("orgId");
                    }}
                    onBlur={field.onBlur}
                    options={roleOptions}
                    disabled={!grantable}
                    placeholder={grantable ? "请选择角色" : "请先选择用户"}
                    notFoundContent="该用户没有可授予的角色"
                  />
                )}
              />
            )}
          </FormField>
          <FormField id="grant-org" label="单位" required error={errors.orgId?.message}>
            {(a) => (
              <Controller
                control={control}
                name="orgId"
                render={({ field }) => (
                  <Select {...a} value={field.value} onChange={field.onChange} onBlur={field.onBlur} options={orgOptions} disabled={orgOptions.length <= 1} placeholder="随角色确定" />
                )}
              />
            )}
          </FormField>
          <Form.Item label=" ">
            <Button type="primary" htmlType="submit" loading={submitting}>
              授予
            </Button>
          </Form.Item>
        </div>
      </Form>
    </form>
  );
}
