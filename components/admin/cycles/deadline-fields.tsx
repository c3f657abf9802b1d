"use client";

import { Controller, type Control, type FieldErrors, type FieldValues, type Path } from "react-hook-form";
import { DatePicker } from "antd";
import dayjs from "dayjs";
import { DEADLINE_KIND_LABELS, DEADLINE_KINDS, DEADLINE_PURPOSE_LABELS, DEADLINE_PURPOSES, type Deadlines } from "@/lib/validation/cycle-deadlines";
import { FormField } from "../form-field";

type WithDeadlines = { deadlines: Deadlines };

const FORMAT = "YYYY-MM-DD";

/** One date per kind of unit and purpose (报送, 公开), Asia/Shanghai calendar days. */
export function DeadlineFields<T extends FieldValues & WithDeadlines>(props: { idPrefix: string; control: Control<T>; errors: FieldErrors<T> }) {
  const { idPrefix, control } = props;
  const errors = props.errors as FieldErrors<WithDeadlines>;
  return (
    <fieldset style={{ border: "1px solid #f0f0f0", borderRadius: 8, padding: "8px 16px 0", marginBottom: 16 }}>
      <legend style={{ fontSize: 14, padding: "0 4px", width: "auto", marginBottom: 0, border: 0 }}>期限（北京时间，当日 24 时截止）</legend>
      {errors.deadlines?.message ? <p style={{ color: "#ff4d4f", marginTop: 0 }}>{errors.deadlines.message}</p> : null}
      <div style={{ display: "grid", gridTemplateColumns: "repeat(2, minmax(0, 1fr))", columnGap: 16 }}>
        {DEADLINE_KINDS.flatMap((kind) =>
          DEADLINE_PURPOSES.map((purpose) => {
            const id = `${idPrefix}-${kind}-${purpose}`;
            return (
              <FormField key={id} id={id} label={`${DEADLINE_KIND_LABELS[kind]}：${DEADLINE_PURPOSE_LABELS[purpose]}`} required error={errors.deadlines?.[kind]?.[purpose]?.message}>
                {(a) => (
                  <Controller
                    control={control}
                    name={`deadlines.${kind}.${purpose}` as Path<T>}
                    render={({ field }) => (
                      <DatePicker
                        {...a}
                        style={{ width: "100%" }}
                        format={FORMAT}
                        allowClear={false}
                        value={field.value ? dayjs(field.value, FORMAT) : null}
                        onChange={(d) => field.onChange(d ? d.format(FORMAT) : "")}
                        onBlur={field.onBlur}
                      />
                    )}
                  />
                )}
              </FormField>
            );
          }),
        )}
      </div>
    </fieldset>
  );
}
