import { Alert } from "antd";
import type { PrereviewCommentView } from "@/lib/contracts/publish-view";

/** The office's 预审 comments on one prose block's paragraphs, shown above the block in the editor while the report is returned. */
export function ParagraphComments({ comments }: { comments: readonly PrereviewCommentView[] }) {
  if (!comments.length) return null;
  return (
    <Alert
      type="warning"
      showIcon
      role="note"
      aria-label="预审意见"
      style={{ margin: "4px 0" }}
      title="预审意见"
      description={
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          {comments.map((c) => (
            <li key={`${c.blockId}#${c.paragraph}`}>
              <strong>第 {c.paragraph + 1} 段</strong>：{c.text}
              <div style={{ color: "#8c8c8c", fontSize: 12 }}>原文：{c.quote}</div>
            </li>
          ))}
        </ul>
      }
    />
  );
}
