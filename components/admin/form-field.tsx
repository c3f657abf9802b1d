"use client";

import type { ReactNode } from "react";
import { Form } from "antd";

/** The accessibility props a field's control receives. */
export type FieldControlProps = {
  id: string;
  status?: "error";
  "aria-invalid"?: true;
  "aria-describedby"?: string;
};

type Props = {
  id: string;
  label: ReactNode;
  /** The first error of the field (from the form's schema or the server). */
  error?: string;
  extra?: ReactNode;
  required?: boolean;
  children: (control: FieldControlProps) => ReactNode;
};

/**
 * A labelled form row: the label points at the control (`htmlFor`), and an error shows under it
 * and is tied to it with aria-describedby.
 */
export function FormField({ id, label, error, extra, required, children }: Props) {
  const errorId = `${id}-error`;
  return (
    <Form.Item
      label={label}
      htmlFor={id}
      required={required}
      validateStatus={error ? "error" : undefined}
      help={error ? <span id={errorId}>{error}</span> : undefined}
      extra={extra}
    >
      {children({
        id,
        ...(error ? { status: "error" as const, "aria-invalid": true as const, "aria-describedby": errorId } : {}),
      })}
    </Form.Item>
  );
}
