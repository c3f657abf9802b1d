"use client";

import { App } from "antd";
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";
import type { ActionResult } from "./action-result";

/**
 * Reports a command's result: a success message, or the error as a message with each field
 * error set on its form field (shown next to it). Returns whether it succeeded. Messages come
 * from the page's <AdminApp>, so they outlive a dialog that closes on success.
 */
export function useCommandFeedback() {
  const { message, modal } = App.useApp();

  function report<T, F extends FieldValues = FieldValues>(result: ActionResult<T>, success: string, setError?: UseFormSetError<F>): result is { ok: true; data: T } {
    if (result.ok) {
      void message.success(success);
      return true;
    }
    void message.error(result.error);
    if (setError && result.fieldErrors) {
      for (const [field, messages] of Object.entries(result.fieldErrors)) {
        if (messages[0]) setError(field as Path<F>, { type: "server", message: messages[0] });
      }
    }
    return false;
  }

  return { report, message, modal };
}
