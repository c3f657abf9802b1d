"use client";

import { Input } from "antd";
import { Controller, type Control, type FieldValues, type Path } from "react-hook-form";

type Props<F extends FieldValues> = {
  id: string;
  name: Path<F>;
  label: string;
  control: Control<F>;
  disabled: boolean;
  placeholder?: string;
  /** The field's first error, shown under it and tied to it with aria-describedby. */
  message?: string;
};

/** One labelled text field of the report page's side forms (前言字段, 报告用语). */
export function TextField<F extends FieldValues>({ id, name, label, control, disabled, placeholder, message }: Props<F>) {
  return (
    <div style={{ display: "grid", gap: 4 }}>
      <label htmlFor={id}>{label}</label>
      <Controller
        name={name}
        control={control}
        render={({ field }) => (
          <Input
            {...field}
            id={id}
            disabled={disabled}
            placeholder={placeholder}
            status={message ? "error" : undefined}
            aria-invalid={message ? true : undefined}
            aria-describedby={message ? `${id}-error` : undefined}
          />
        )}
      />
      {message ? (
        <p id={`${id}-error`} style={{ color: "#cf1322", margin: 0, fontSize: 13 }}>
          {message}
        </p>
      ) : null}
    </div>
  );
}
