"use client";

import { Alert } from "antd";

/** A form's error that belongs to no single field (e.g. a rule of the organisation tree). */
export function FormAlert({ message }: { message?: string }) {
  return message ? <Alert type="error" showIcon title={message} style={{ marginBottom: 16 }} /> : null;
}
