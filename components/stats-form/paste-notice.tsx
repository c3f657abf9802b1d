"use client";

import { Alert, Button } from "antd";
import { inputId } from "./cell-ids";

/** What the last paste did when it was not simply laid down: refused (naming the cell) or labels skipped. */
export type PasteMessage = { kind: "refused"; text: string; cell: string } | { kind: "skipped"; text: string };

/** The last paste's message, above the form, announced to screen readers; closed by the person or the next paste. */
export function PasteNotice({ message, onClose }: { message: PasteMessage | null; onClose: () => void }) {
  if (!message) return null;
  const cell = message.kind === "refused" ? message.cell : null;
  return (
    <Alert
      type={message.kind === "refused" ? "error" : "info"}
      role="alert"
      showIcon
      closable
      onClose={onClose}
      style={{ marginBottom: 8 }}
      title={message.kind === "refused" ? "未粘贴" : "已粘贴"}
      description={message.text}
      action={
        cell ? (
          <Button size="small" onClick={() => document.getElementById(inputId(cell))?.focus()}>
            转到该单元格
          </Button>
        ) : null
      }
    />
  );
}
