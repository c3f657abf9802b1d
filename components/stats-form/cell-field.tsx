"use client";

import type { UseFormRegister } from "react-hook-form";
import type { CellInfo } from "@/lib";
import type { Issue } from "@/lib/rules";
import { toFieldName, type FormTexts } from "@/lib/form";
import { cellLabel, errorId, helpId, inputId, issueId } from "./cell-ids";
import styles from "./stats-form.module.css";

type Props = {
  cell: CellInfo;
  register: UseFormRegister<FormTexts>;
  /** The live sum, for a computed cell ("—" while one of its parts does not parse). */
  sum: string | undefined;
  parseError: string | undefined;
  issues: Issue[] | undefined;
  previous: string | undefined;
  /** The id of the row's note when this cell still holds the value carried over from last year. */
  prefillNote?: string;
  /** What someone else saved here, when it differs (after a conflict). */
  theirs: string | undefined;
  /** The reviewer's open comments on this cell (from the last 退回). */
  comments: string[] | undefined;
  readOnly: boolean;
};

/** What the cell's help says: 填报说明, the reviewer's comments, what someone else saved. */
function HelpLines({ cell, comments, theirs }: Pick<Props, "cell" | "comments" | "theirs">) {
  return (
    <>
      {cell.note ? <p>填报说明：{cell.note}</p> : null}
      {(comments ?? []).map((text, i) => (
        <p key={i} className={styles.comment}>
          审核意见：{text}
        </p>
      ))}
      {theirs !== undefined ? <p>他人保存的值：{theirs || "（空）"}</p> : null}
    </>
  );
}

/**
 * One value cell (in its table cell): its input (or the live sum), its help shown on focus and
 * hover, last year's value, and its parse error.
 */
export function CellField({ cell, register, sum, parseError, issues, previous, prefillNote, theirs, comments, readOnly }: Props) {
  const label = cellLabel(cell.name, cell.code);
  const hard = issues?.some((i) => i.severity === "hard") ?? false;
  const warned = !hard && (issues?.length ?? 0) > 0;
  const hasHelp = !!cell.note || (comments?.length ?? 0) > 0 || theirs !== undefined;
  const describedBy = [hasHelp ? helpId(cell.code) : null, prefillNote ?? null, parseError ? errorId(cell.code) : null, ...(issues ?? []).map((i) => issueId(i.key))]
    .filter(Boolean)
    .join(" ");
  const classes = [styles.input, parseError || hard ? styles.invalid : warned ? styles.warned : "", theirs !== undefined ? styles.theirs : "", prefillNote ? styles.prefilled : ""].join(" ");

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
          inputMode={cell.scale > 0 ? "decimal" : "numeric"}
          autoComplete="off"
          readOnly={readOnly}
          {...register(toFieldName(cell.code))}
        />
      )}
      {hasHelp ? (
        <div id={helpId(cell.code)} role="tooltip" className={styles.cellHelp}>
          <HelpLines cell={cell} comments={comments} theirs={theirs} />
        </div>
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
