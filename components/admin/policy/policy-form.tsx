"use client";

import { useState } from "react";
import { Controller, useForm, type FieldPath } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Alert, Button, Card, Form, InputNumber, Switch } from "antd";
import { POLICY_LIMITS, securityPolicySchema, type SecurityPolicy } from "@/lib/security/security-policy";
import type { CommandAction } from "../action-result";
import { FormField } from "../form-field";
import { PageHeader } from "../page-header";
import { useCommandFeedback } from "../use-command-feedback";

type NumberField = { name: FieldPath<SecurityPolicy>; label: string; limits: { min: number; max: number }; extra?: string };

const GROUPS: { title: string; fields: NumberField[] }[] = [
  { title: "密码", fields: [{ name: "minLength", label: "密码最小长度", limits: POLICY_LIMITS.minLength, extra: "另须包含大写字母、小写字母、数字、符号中的至少三类" }] },
  {
    title: "登录失败锁定",
    fields: [
      { name: "lockoutThreshold", label: "连续登录失败锁定次数", limits: POLICY_LIMITS.lockoutThreshold },
      { name: "lockoutMinutes", label: "锁定时长（分钟）", limits: POLICY_LIMITS.lockoutMinutes },
    ],
  },
  {
    title: "会话",
    fields: [
      { name: "idleMinutes", label: "空闲超时（分钟）", limits: POLICY_LIMITS.idleMinutes },
      { name: "sessionMaxHours", label: "会话最长时限（小时）", limits: POLICY_LIMITS.sessionMaxHours },
    ],
  },
  {
    title: "登录请求限流",
    fields: [
      { name: "ipRateLimit.max", label: "单个地址的请求上限", limits: POLICY_LIMITS.rateLimitMax, extra: "多个单位可能共用一个政务外网出口地址，请勿设得过低" },
      { name: "ipRateLimit.windowMinutes", label: "请求计数时间窗（分钟）", limits: POLICY_LIMITS.rateLimitWindowMinutes },
      { name: "trustedProxyHops", label: "可信反向代理层数", limits: POLICY_LIMITS.trustedProxyHops, extra: "应用前面的反向代理层数，用于识别客户端地址" },
    ],
  },
];

/** The 安全管理员's policy form; the same schema checks it on the server. */
export function PolicyForm({ policy, action }: { policy: SecurityPolicy; action: CommandAction<SecurityPolicy> }) {
  const { control, handleSubmit, setError, formState, reset } = useForm<SecurityPolicy>({ resolver: zodResolver(securityPolicySchema), defaultValues: policy });
  const [submitting, setSubmitting] = useState(false);
  const { report } = useCommandFeedback();

  const submit = handleSubmit(async (values) => {
    setSubmitting(true);
    const result = await action(values);
    setSubmitting(false);
    if (report(result, "安全策略已保存，新的设置立即生效", setError)) reset(values);
  });

  const errorOf = (name: FieldPath<SecurityPolicy>): string | undefined => {
    const [a, b] = name.split(".") as [keyof SecurityPolicy, string | undefined];
    const e = formState.errors[a] as Record<string, { message?: string }> & { message?: string } | undefined;
    return b ? e?.[b]?.message : e?.message;
  };

  return (
    <>
      <PageHeader title="安全策略" />
      <form noValidate onSubmit={submit} aria-label="安全策略" style={{ maxWidth: 880 }}>
        <Form layout="vertical" component={false}>
          {formState.errors.root?.message ? <Alert type="error" showIcon title={formState.errors.root.message} style={{ marginBottom: 16 }} /> : null}
          {GROUPS.map((group) => (
            <Card key={group.title} size="small" title={group.title} style={{ marginBottom: 16 }}>
              <div style={{ display: "grid", gridTemplateColumns: "repeat(3, minmax(0, 1fr))", columnGap: 16 }}>
                {group.fields.map((f) => (
                  <FormField key={f.name} id={`policy-${f.name.replace(".", "-")}`} label={f.label} required error={errorOf(f.name)} extra={f.extra ?? `${f.limits.min}–${f.limits.max}`}>
                    {(a) => (
                      <Controller
                        control={control}
                        name={f.name}
                        render={({ field }) => (
                          <InputNumber<number>
                            {...a}
                            style={{ width: "100%" }}
                            min={f.limits.min}
                            max={f.limits.max}
                            precision={0}
                            value={field.value as number}
                            onChange={(v) => field.onChange(v ?? Number.NaN)}
                            onBlur={field.onBlur}
                          />
                        )}
                      />
                    )}
                  </FormField>
                ))}
              </div>
            </Card>
          ))}
          <Card size="small" title="动态口令" style={{ marginBottom: 16 }}>
            <FormField id="policy-totp" label="系统管理员、安全管理员、安全审计员必须使用动态口令登录" error={formState.errors.totpRequiredForAdmins?.message}>
              {(a) => (
                <Controller
                  control={control}
                  name="totpRequiredForAdmins"
                  render={({ field }) => <Switch id={a.id} aria-describedby={a["aria-describedby"]} checked={field.value} onChange={field.onChange} checkedChildren="必须" unCheckedChildren="不要求" />}
                />
              )}
            </FormField>
          </Card>
          <Button type="primary" htmlType="submit" loading={submitting} disabled={!formState.isDirty}>
            保存
          </Button>
        </Form>
      </form>
    </>
  );
}
