"use client";

import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { AutoComplete, Button, DatePicker, Form, Select } from "antd";
import dayjs from "dayjs";
import type { z } from "zod";
import { AUDIT_FILTER_TEXT_MAX, auditFilterSchema, type AuditFilterInput } from "@/lib/audit/filter";
import { FormField } from "@/components/admin/form-field";
import type { AppliedFilter } from "./types";

type Option = { value: string; label: string };

type Props = {
  applied: AppliedFilter;
  users: string[];
  orgs: Option[];
  actions: Option[];
  /** The error of a filter that came in the address bar and was refused. */
  urlError?: string;
  onApply: (filter: z.output<typeof auditFilterSchema>) => void;
};

const FORMAT = "YYYY-MM-DD";

/** The log's filter: user, unit, action and a date range (whole days in Asia/Shanghai). */
export function AuditFilterForm({ applied, users, orgs, actions, urlError, onApply }: Props) {
  const { control, handleSubmit, formState, reset } = useForm<AuditFilterInput, unknown, z.output<typeof auditFilterSchema>>({
    resolver: zodResolver(auditFilterSchema),
    defaultValues: applied,
  });
  const errors = formState.errors;
  const date = (name: "from" | "to", label: string) => (
    <FormField id={`audit-${name}`} label={label} error={errors[name]?.message ?? (name === "to" ? urlError : undefined)}>
      {(a) => (
        <Controller
          control={control}
          name={name}
          render={({ field }) => (
            <DatePicker
              {...a}
              style={{ width: "100%" }}
              format={FORMAT}
              value={field.value ? dayjs(field.value, FORMAT) : null}
              onChange={(d) => field.onChange(d ? d.format(FORMAT) : "")}
              onBlur={field.onBlur}
            />
          )}
        />
      )}
    </FormField>
  );

  return (
    <form noValidate onSubmit={handleSubmit(onApply)} aria-label="筛选审计日志">
      <Form layout="vertical" component={false}>
        <div style={{ display: "grid", gridTemplateColumns: "repeat(5, minmax(0, 1fr)) auto", columnGap: 12, alignItems: "start" }}>
          <FormField id="audit-user" label="用户" error={errors.user?.message}>
            {(a) => (
              <Controller
                control={control}
                name="user"
                render={({ field }) => (
                  <AutoComplete
                    {...a}
                    value={field.value ?? ""}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    options={users.map((u) => ({ value: u }))}
                    showSearch={{ filterOption: (input, option) => String(option?.value ?? "").toLowerCase().includes(input.toLowerCase()) }}
                    maxLength={AUDIT_FILTER_TEXT_MAX}
                    allowClear
                    placeholder="用户名"
                  />
                )}
              />
            )}
          </FormField>
          <FormField id="audit-org" label="单位" error={errors.org?.message}>
            {(a) => (
              <Controller
                control={control}
                name="org"
                render={({ field }) => (
                  <Select {...a} value={field.value || undefined} onChange={(v?: string) => field.onChange(v ?? "")} onBlur={field.onBlur} options={orgs} showSearch={{ optionFilterProp: "label" }} allowClear placeholder="全部单位" />
                )}
              />
            )}
          </FormField>
          <FormField id="audit-action" label="操作" error={errors.action?.message}>
            {(a) => (
              <Controller
                control={control}
                name="action"
                render={({ field }) => (
                  <Select {...a} value={field.value || undefined} onChange={(v?: string) => field.onChange(v ?? "")} onBlur={field.onBlur} options={actions} showSearch={{ optionFilterProp: "label" }} allowClear placeholder="全部操作" />
                )}
              />
            )}
          </FormField>
          {date("from", "开始日期")}
          {date("to", "结束日期")}
          <Form.Item label=" ">
            <div style={{ display: "flex", gap: 8 }}>
              <Button type="primary" htmlType="submit">
                查询
              </Button>
              <Button
                onClick={() => {
                  const empty = { from: "", to: "", user: "", org: "", action: "" };
                  reset(empty);
                  onApply({ from: undefined, to: undefined, user: undefined, org: undefined, action: undefined });
                }}
              >
                重置
              </Button>
            </div>
          </Form.Item>
        </div>
      </Form>
    </form>
  );
}
