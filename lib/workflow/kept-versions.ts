import type { Template } from "../templates/types";
import { formatScaled, type CellValues } from "../values";
import { writtenExplanation } from "./explained";
import type { WorkflowEventType } from "./transition";

/**
 * Kept versions (decision 020): a draft overwrites itself; the state of a submission is kept at
 * the workflow points that matter, numbered 第 1 版, 第 2 版 … in the order they were kept. The
 * lock counter (`version` of the API) is something else and moves with every save.
 */
export type KeptPointCode = "ready" | "signoff" | "return" | "approve" | "correction";

/** A kept version's point as the history names it. */
export const KEPT_POINT_LABELS: Record<KeptPointCode, string> = {
  ready: "标记待签发",
  signoff: "签发",
  return: "退回",
  approve: "审核通过",
  correction: "重新打开更正",
};

const POINT_OF_EVENT: Record<WorkflowEventType, KeptPointCode | null> = {
  // A save overwrites the draft: half-typed values are nobody's version.
  edit: null,
  "mark-ready": "ready",
  "sign-off": "signoff",
  return: "return",
  approve: "approve",
  // The request changes nothing yet: the approved version stays as it is until the reviewer reopens it.
  "request-correction": null,
  reopen: "correction",
};

/** The point at which a workflow event keeps a version, or null when it keeps none. */
export function keptPointOf(event: WorkflowEventType): KeptPointCode | null {
  return POINT_OF_EVENT[event];
}

/**
 * The number of the next kept version: one past the highest so far. Rows archived by saves
 * before kept versions (null) are not counted, so the first kept version is 第 1 版.
 */
export function nextKeptNumber(existing: readonly (number | null)[]): number {
  let max = 0;
  for (const n of existing) if (n !== null && n > max) max = n;
  return max + 1;
}

/** What a kept version holds that a change list compares. */
export type KeptState = { values: CellValues; explanations: readonly { ruleKey: string; text: string }[] };

export type KeptChange =
  | { kind: "cell"; code: string; name: string; from: string | null; to: string | null }
  | { kind: "explanation"; key: string; name: string; from: string | null; to: string | null };

/**
 * What changed from one kept version to the next: the entered cells whose values differ
 * (template order; a sum follows its addends, listing it too would only repeat them), then the
 * warning explanations written, rewritten or withdrawn (the import's
 * placeholder counts as none, so replacing it reads as written). `from` null: the first kept
 * version, nothing to compare with (empty list). `warningName` names a warning by its key
 * (its message where known).
 */
export function keptChanges(template: Template, from: KeptState | null, to: KeptState, warningName: (key: string) => string | null = () => null): KeptChange[] {
  if (!from) return [];
  const out: KeptChange[] = [];
  for (const c of template.cells) {
    if (c.computed) continue;
    const a = from.values[c.code];
    const b = to.values[c.code];
    if (a === b) continue;
    const p = (v: bigint | undefined) => (v === undefined ? null : formatScaled(v, c.scale, true));
    out.push({ kind: "cell", code: c.code, name: c.name, from: p(a), to: p(b) });
  }
  const before = new Map(from.explanations.map((e) => [e.ruleKey, writtenExplanation(e.text)]));
  const after = new Map(to.explanations.map((e) => [e.ruleKey, writtenExplanation(e.text)]));
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
  for (const key of keys) {
    const a = before.get(key) || null;
    const b = after.get(key) || null;
    if (a === b) continue;
    out.push({ kind: "explanation", key, name: warningName(key) ?? "一条提示", from: a, to: b });
  }
  return out;
}

/** One change as a line: "名称（代码）：旧 → 新", "提示「…」的说明：旧 → 新"; blank as 空 / 未说明. */
export function keptChangeText(c: KeptChange): string {
  if (c.kind === "cell") return `${c.name}（${c.code}）：${c.from ?? "空"} → ${c.to ?? "空"}`;
  return `提示「${c.name}」的说明：${c.from ?? "未说明"} → ${c.to ?? "未说明"}`;
}
