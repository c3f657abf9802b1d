"use client";

import { useMemo, useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Input } from "antd";
import type { z } from "zod";
import { resetPasswordSchema, type ResetPasswordInput } from "@/lib/validation/user";
import type { CommandAction } from "../action-result";
import { FormField } from "../form-field";
import { FormModal } from "../form-modal";
import { useCommandFeedback } from "../use-command-feedback";
import type { UserRow } from "./types";

type Props = { user: UserRow; minLength: number; action: CommandAction<ResetPasswordInput>; onClose: () => void };

/** Sets a new initial password after a confirmation; the user must change it at next login. */
export function UserResetModal({ user, minLength, action, onClose }: Props) {
  const schema = useMemo(() => resetPasswordSchema({ minLength }), [minLength]);
  const { control, handleSubmit, setError, formState } = useForm<ResetPasswordInput, unknown, z.output<typeof schema>>({
    resolver: zodResolver(schema),
    defaultValues: { id: user.id, password: "" },
  });
  const [submitting, setSubmitting] = useState(false);
  const { report, modal } = useCommandFeedback();

  const submit = handleSubmit((values) => {
    modal.confirm({
      title: `确认重置 ${user.username} 的密码？`,
      content: "该用户的所有会话将立即结束，下次登录须使用新的初始密码并修改密码。",
      okText: "确认重置",
      okButtonProps: { danger: true },
      cancelText: "取消",
      onOk: async () => {
        setSubmitting(true);
        const result = await action(values);
        setSubmitting(false);
        if (report(result, `已重置 ${user.username} 的密码`, setError)) onClose();
      },
    });
  });

  return (
    <FormModal title={`重置密码：${user.displayName}（${user.username}）`} open formId="user-reset-form" okText="重置密码" danger submitting={submitting} onCancel={onClose} onSubmit={submit}>
      <Alert type="warning" showIcon style={{ marginBottom: 16 }} title="重置后该用户的会话全部结束，账户锁定解除，下次登录时必须修改密码。请通过安全渠道把新的初始密码告知本人。" />
      <FormField id="user-reset-password" label="新的初始密码" required error={formState.errors.password?.message} extra={`至少 ${minLength} 个字符，包含大写字母、小写字母、数字、符号中的至少三类`}>
        {(a) => <Controller control={control} name="password" render={({ field }) => <Input.Password {...a} {...field} autoComplete="new-password" />} />}
      </FormField>
    </FormModal>
  );
}
