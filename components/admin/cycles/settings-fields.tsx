"use client";

import { Controller, type Control, type FieldErrors, type FieldValues, type Path } from "react-hook-form";
import { Input, InputNumber } from "antd";
import { WARNING_MINIMUM_MAX } from "@/lib/validation/cycle";
import { FormField } from "../form-field";

type WithSettings = { warningFactor: string | number; warningMinimum: number };

/** The year-on-year warning: factor k (a decimal) and the minimum below which it stays silent. */
export function SettingsFields<T extends FieldValues & WithSettings>(props: { idPrefix: string; control: Control<T>; errors: FieldErrors<T> }) {
  const { idPrefix, control } = props;
  const errors = props.errors as FieldErrors<WithSettings>;
  return (
    <div style={{ display: "grid", gridTemplateColumns: "repeat(2, minmax(0, 1fr))", columnGap: 16 }}>
      <FormField id={`${idPrefix}-factor`} label="同比预警倍数 k" required error={errors.warningFactor?.message} extra="本年值超过上年的 k 倍或低于上年的 1/k 时预警，如 3 或 2.5">
        {(a) => (
          <Controller
            control={control}
            name={"warningFactor" as Path<T>}
            render={({ field }) => <Input {...a} value={String(field.value ?? "")} onChange={field.onChange} onBlur={field.onBlur} inputMode="decimal" autoComplete="off" />}
          />
        )}
      </FormField>
      <FormField id={`${idPrefix}-minimum`} label="预警起算值" required error={errors.warningMinimum?.message} extra="两年中较大的值不小于此数时才比较">
        {(a) => (
          <Controller
            control={control}
            name={"warningMinimum" as Path<T>}
            render={({ field }) => (
              <InputNumber<number> {...a} style={{ width: "100%" }} min={0} max={WARNING_MINIMUM_MAX} precision={0} value={field.value as number} onChange={(v) => field.onChange(v ?? Number.NaN)} onBlur={field.onBlur} />
            )}
          />
        )}
      </FormField>
    </div>
  );
}
