import type { ReportDocument } from "@/lib/report/document";

/**
 * A one-page document in every face the report prints (title, the four heading levels, body,
 * prompt): rendering it once loads each font into the worker before a user's first preview.
 */
export const WARM_DOC: ReportDocument = {
  title: "预热",
  titleLines: ["政府信息公开工作年度报告"],
  meta: { templateId: "gov-disclosure-2021", year: 2000, orgCode: "-", unitName: "预热" },
  blocks: [
    { kind: "heading", level: 1, text: "一、总体情况" },
    { kind: "heading", level: 2, text: "（一）主动公开" },
    { kind: "heading", level: 3, text: "1.政府信息" },
    { kind: "heading", level: 4, text: "（1）规章" },
    { kind: "paragraph", role: "body", runs: [{ text: "本年度共收到政府信息公开申请0件。" }] },
    { kind: "paragraph", role: "prompt", runs: [{ text: "【待撰写】" }] },
  ],
};
