"use client";

import { useMemo, useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Checkbox, Input } from "antd";
import type { z } from "zod";
import { USERNAME_MAX_LENGTH } from "@/lib/validation/login";
import { createUserSchema, DISPLAY_NAME_MAX_LENGTH, type CreateUserInput } from "@/lib/validation/user";
import type { CommandAction } from "../action-result";
import { FormField } from "../form-field";
import { UnitSelect } from "../unit-select";
import { FormModal } from "../form-modal";
import { useCommandFeedback } from "../use-command-feedback";
import type { OrgOption } from "../orgs/types";

type Props = { orgs: OrgOption[]; minLength: number; action: CommandAction<CreateUserInput>; onClose: () => void };

/** Creates an account with an initial password (to be changed at first login unless unticked). */
export function UserCreateModal({ orgs, minLength, action, onClose }: Props) {
  const schema = useMemo(() => createUserSchema({ minLength }), [minLength]);
  const { control, handleSubmit, setError, formState } = useForm<CreateUserInput, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { username: "", displayName: "", orgCode: "", password: "", mustChangePassword: true },
  });
  const [submitting, setSubmitting] = useState(false);
  const { report } = useCommandFeedback();
  const errors = formState.errors;

  const submit = handleSubmit(async (values) => {
    setSubmitting(true);
    const result = await action(values);
    setSubmitting(false);
    if (report(result, `已新建用户 ${values.username}（${values.displayName}）。请由安全管理员为其授予角色。`, setError)) onClose();
  });

  return (
    <FormModal title="新建用户" open formId="user-create-form" submitting={submitting} onCancel={onClose} onSubmit={submit}>
      <FormField id="user-create-username" label="用户名" required error={errors.username?.message} extra="登录用，字母、数字、下划线、点或连字符">
        {(a) => <Controller control={control} name="username" render={({ field }) => <Input {...a} {...field} maxLength={USERNAME_MAX_LENGTH} autoComplete="off" />} />}
      </FormField>
      <FormField id="user-create-name" label="姓名" required error={errors.displayName?.message}>
        {(a) => <Controller control={control} name="displayName" render={({ field }) => <Input {...a} {...field} maxLength={DISPLAY_NAME_MAX_LENGTH} autoComplete="off" />} />}
      </FormField>
      <FormField id="user-create-org" label="所属单位" required error={errors.orgCode?.message}>
        {(a) => <UnitSelect a={a} control={control} name="orgCode" options={orgs} placeholder="请选择所属单位" />}
      </FormField>
      <FormField
        id="user-create-password"
        label="初始密码"
        required
        error={errors.password?.message}
        extra={`至少 ${minLength} 个字符，包含大写字母、小写字母、数字、符号中的至少三类，不能包含用户名`}
      >
        {(a) => <Controller control={control} name="password" render={({ field }) => <Input.Password {...a} {...field} autoComplete="new-password" />} />}
      </FormField>
      <Controller
        control={control}
        name="mustChangePassword"
        render={({ field }) => (
          <Checkbox checked={field.value} onChange={(e) => field.onChange(e.target.checked)}>
            首次登录时必须修改密码
          </Checkbox>
        )}
      />
    </FormModal>
  );
}
