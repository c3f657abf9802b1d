import type { ReportDocument } from "../report";
import { sha256Hex } from "../report-publication/fingerprint";

/**
 * What a 预审 clearance is given on: the report's text as it prints — the title and every block
 * from the first heading on (written paragraphs, the sentences generated from the figures,
 * tables, charts). The preface before the first heading is left out: it carries the contact
 * fields (联系单位, 电话, 下载网址), which are the 负责人's under 签发, not the office's
 * (decision 022). Pass the document as it would be published (prompts and empty headings out).
 */
export function textSha256(doc: Pick<ReportDocument, "title" | "blocks">): string {
  const first = doc.blocks.findIndex((b) => b.kind === "heading");
  const body = first < 0 ? doc.blocks : doc.blocks.slice(first);
  return sha256Hex(JSON.stringify([doc.title, body]));
}
