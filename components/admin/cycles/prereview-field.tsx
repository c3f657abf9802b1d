"use client";

import { Controller, type Control } from "react-hook-form";
import { Switch } from "antd";
import type { UpdateCycleInput } from "@/lib/validation/cycle";
import { FormField } from "../form-field";

/** The cycle's 预审: units send their report text to the office above before 签发 (decision 022). */
export function PrereviewField({ control }: { control: Control<UpdateCycleInput> }) {
  return (
    <FormField id="cycle-edit-prereview" label="报告预审" extra="开启后，各单位的年度报告须先送上级机关审核员预审，预审通过后才能由负责人签发；没有上级机关的单位无需预审。">
      {(a) => (
        <Controller
          control={control}
          name="prereview"
          render={({ field }) => <Switch id={a.id} checked={field.value !== false} onChange={field.onChange} checkedChildren="开启" unCheckedChildren="关闭" />}
        />
      )}
    </FormField>
  );
}
