"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Button, Input } from "antd";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { changePasswordSchema, type ChangePasswordInput } from "@/lib/validation/account";
import type { CommandResult } from "@/lib/contracts/command-result";

type Props = { action: (input: ChangePasswordInput) => Promise<CommandResult<unknown>> };

const FIELDS = [
  { name: "currentPassword", label: "当前密码", autoComplete: "current-password" },
  { name: "newPassword", label: "新密码", autoComplete: "new-password" },
  { name: "confirmPassword", label: "再次输入新密码", autoComplete: "new-password" },
] as const;

/** The same zod schema checks the form here and the command on the server. */
export function ChangePasswordForm({ action }: Props) {
  const { control, handleSubmit, setError, formState } = useForm<ChangePasswordInput>({
    resolver: zodResolver(changePasswordSchema),
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
  });
  const [error, setFormError] = useState<string | null>(null);

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await action(values);
    if (result.ok) return;
    setFormError(result.error);
    for (const [field, messages] of Object.entries(result.fieldErrors ?? {})) {
      if (FIELDS.some((f) => f.name === field)) setError(field as keyof ChangePasswordInput, { message: messages[0] });
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate style={{ display: "grid", gap: 16 }}>
      {error ? <Alert type="error" showIcon title={error} /> : null}
      {FIELDS.map((f) => {
        const message = formState.errors[f.name]?.message;
        return (
          <div key={f.name} style={{ display: "grid", gap: 6 }}>
            <label htmlFor={f.name}>{f.label}</label>
            <Controller
              name={f.name}
              control={control}
              render={({ field }) => (
                <Input.Password
                  {...field}
                  id={f.name}
                  autoComplete={f.autoComplete}
                  size="large"
                  status={message ? "error" : undefined}
                  aria-invalid={message ? true : undefined}
                  aria-describedby={message ? `${f.name}-error` : undefined}
                />
              )}
            />
            {message ? (
              <p id={`${f.name}-error`} style={{ color: "#cf1322", margin: 0, fontSize: 13 }}>
                {message}
              </p>
            ) : null}
          </div>
        );
      })}
      <Button type="primary" htmlType="submit" size="large" loading={formState.isSubmitting}>
        修改密码
      </Button>
    </form>
  );
}
