"use client";

import type { UseFormRegister } from "react-hook-form";
import type { CellInfo } from "@/lib";
import type { Issue } from "@/lib/rules";
import { toFieldName, type FormTexts } from "@/lib/form";
import { cellLabel, errorId, inputId, issueId, noteId } from "./cell-ids";
import styles from "./stats-form.module.css";

type Props = {
  cell: CellInfo;
  register: UseFormRegister<FormTexts>;
  /** The live sum, for a computed cell. */
  sum: string | undefined;
  parseError: string | undefined;
  issues: Issue[] | undefined;
  previous: string | undefined;
  /** The id of the row's note when this cell still holds the value carried over from last year. */
  prefillNote?: string;
  /** What someone else saved here, when it differs (after a conflict). */
  theirs: string | undefined;
  readOnly: boolean;
};

/** One value cell: its input (or the live sum), last year's value, and its parse error. */
export function CellField({ cell, register, sum, parseError, issues, previous, prefillNote, theirs, readOnly }: Props) {
  const label = cellLabel(cell.name, cell.code);
  const hard = issues?.some((i) => i.severity === "hard") ?? false;
  const warned = !hard && (issues?.length ?? 0) > 0;
  const describedBy = [cell.note ? noteId(cell.code) : null, prefillNote ?? null, parseError ? errorId(cell.code) : null, ...(issues ?? []).map((i) => issueId(i.key))]
    .filter(Boolean)
    .join(" ");
  const classes = [styles.input, parseError || hard ? styles.invalid : warned ? styles.warned : "", theirs !== undefined ? styles.theirs : "", prefillNote ? styles.prefilled : ""].join(" ");
  const title = [cell.note, ...(issues ?? []).map((i) => i.message), theirs !== undefined ? `他人保存的值：${theirs || "（空）"}` : null]
    .filter(Boolean)
    .join("\n");

  return (
    <>
      {cell.computed ? (
        <input
          id={inputId(cell.code)}
          data-code={cell.code}
          className={`${classes} ${styles.computed}`}
          aria-label={label}
          aria-describedby={describedBy || undefined}
          aria-invalid={hard || undefined}
          title={title || undefined}
          value={sum ?? ""}
          readOnly
          tabIndex={-1}
        />
      ) : (
        <input
          id={inputId(cell.code)}
          data-code={cell.code}
          className={classes}
          aria-label={label}
          aria-describedby={describedBy || undefined}
          aria-invalid={parseError || hard ? true : undefined}
          title={title || undefined}
          inputMode={cell.scale > 0 ? "decimal" : "numeric"}
          autoComplete="off"
          readOnly={readOnly}
          {...register(toFieldName(cell.code))}
        />
      )}
      {cell.note ? (
        <span id={noteId(cell.code)} hidden>
          填报说明：{cell.note}
        </span>
      ) : null}
      {previous !== undefined ? <div className={styles.previous}>上年 {previous}</div> : null}
      {parseError ? (
        <div id={errorId(cell.code)} className={styles.cellError}>
          {parseError}
        </div>
      ) : null}
    </>
  );
}
