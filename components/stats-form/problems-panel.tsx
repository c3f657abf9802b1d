"use client";

import { Input, Typography } from "antd";
import type { Issue } from "@/lib/rules";
import { isExplained } from "@/lib/workflow/explained";
import type { FormComment } from "./types";
import { inputId, issueId } from "./cell-ids";

type Props = {
  hard: Issue[];
  warnings: Issue[];
  parseErrorCount: number;
  explanations: Record<string, string>;
  onExplain: (key: string, text: string) => void;
  /** The reviewer's open comments (from the last 退回). */
  comments: FormComment[];
  cellName: (code: string) => string;
};

function focusCell(issue: Issue) {
  const first = issue.cells.map((c) => document.getElementById(inputId(c))).find((el) => el && !(el as HTMLInputElement).readOnly);
  (first ?? document.getElementById(inputId(issue.cells[0] ?? "")))?.focus();
}

/** Every problem of the form: hard errors (must be fixed) and warnings (each needs an explanation). */
export function ProblemsPanel({ hard, warnings, parseErrorCount, explanations, onExplain, comments, cellName }: Props) {
  const unexplained = warnings.filter((w) => !isExplained(explanations[w.key])).length;
  return (
    <section aria-labelledby="problems-title" style={{ background: "#fff", border: "1px solid #d9d9d9", borderRadius: 6, padding: 12 }}>
      <h2 id="problems-title" style={{ fontSize: 16, margin: "0 0 8px" }}>
        问题清单
      </h2>
      <p style={{ margin: "0 0 8px", color: "#595959" }} aria-live="polite">
        {hard.length + parseErrorCount === 0 && warnings.length === 0
          ? "暂未发现问题。"
          : `错误 ${hard.length + parseErrorCount} 项，提示 ${warnings.length} 项（${unexplained} 项待说明）。`}
      </p>
      {comments.length > 0 ? <ReviewComments comments={comments} cellName={cellName} /> : null}
      {parseErrorCount > 0 ? <p style={{ color: "#cf1322", margin: "0 0 8px" }}>有 {parseErrorCount} 个单元格填写不正确，见单元格下方的提示。</p> : null}
      {hard.length > 0 ? (
        <>
          <Typography.Text strong type="danger">
            错误（须改正）
          </Typography.Text>
          <ol style={{ paddingLeft: 20, margin: "4px 0 12px" }}>
            {hard.map((issue) => (
              <li key={issue.key} id={issueId(issue.key)} style={{ color: "#cf1322", marginBottom: 6 }}>
                <a href={`#${inputId(issue.cells[0] ?? "")}`} onClick={(e) => (e.preventDefault(), focusCell(issue))} style={{ color: "inherit" }}>
                  {issue.message}
                </a>
              </li>
            ))}
          </ol>
        </>
      ) : null}
      {warnings.length > 0 ? (
        <>
          <Typography.Text strong style={{ color: "#ad6800" }}>
            提示（须填写说明）
          </Typography.Text>
          <ol style={{ paddingLeft: 20, margin: "4px 0 0" }}>
            {warnings.map((issue) => (
              <li key={issue.key} style={{ marginBottom: 10 }}>
                <div id={issueId(issue.key)} style={{ color: "#ad6800" }}>
                  {issue.message}
                </div>
                <Input.TextArea
                  aria-labelledby={issueId(issue.key)}
                  aria-required
                  autoSize={{ minRows: 2, maxRows: 6 }}
                  maxLength={500}
                  placeholder="请说明原因"
                  value={explanations[issue.key] ?? ""}
                  onChange={(e) => onExplain(issue.key, e.target.value)}
                  status={isExplained(explanations[issue.key]) ? undefined : "warning"}
                />
              </li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
}

/** The reviewer's comments from the last 退回: on the whole form, and on cells (each a link to its cell). */
function ReviewComments({ comments, cellName }: Pick<Props, "comments" | "cellName">) {
  return (
    <>
      <Typography.Text strong style={{ color: "#9e1068" }}>
        审核意见（退回时提出，请按意见修改）
      </Typography.Text>
      <ol aria-label="审核意见" style={{ paddingLeft: 20, margin: "4px 0 12px" }}>
        {comments.map((c) => (
          <li key={c.id} style={{ marginBottom: 6 }}>
            {c.cell ? (
              <a href={`#${inputId(c.cell)}`} onClick={(e) => (e.preventDefault(), document.getElementById(inputId(c.cell!))?.focus())}>
                {cellName(c.cell)}（{c.cell}）
              </a>
            ) : (
              <span>整体意见</span>
            )}
            ：{c.text}
            <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 4 }}>
              {c.at}
            </Typography.Text>
          </li>
        ))}
      </ol>
    </>
  );
}
