"use client";

import { Select } from "antd";
import { Controller, type Control, type FieldValues, type Path } from "react-hook-form";
import type { FieldControlProps } from "./form-field";

type Props<T extends FieldValues> = {
  /** The accessibility props FormField hands its control. */
  a: FieldControlProps;
  control: Control<T>;
  name: Path<T>;
  options: { value: string; label: string }[];
  placeholder: string;
};

/** A searchable choice of unit bound to a react-hook-form field (empty value = nothing chosen). */
export function UnitSelect<T extends FieldValues>({ a, control, name, options, placeholder }: Props<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <Select
          {...a}
          value={(field.value as string) || undefined}
          onChange={field.onChange}
          onBlur={field.onBlur}
          options={options}
          showSearch={{ optionFilterProp: "label" }}
          placeholder={placeholder}
        />
      )}
    />
  );
}
