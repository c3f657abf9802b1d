import type { Quantity } from "../../figures";
import { formatScaled } from "../../values";
import type { PathStep, TemplateNode } from "./parse";

/** A piece of printed text; `source` names the placeholder a piece of data came from. */
export type Run = { text: string; source?: string };

/** Names a template may use: figures by id and the report's fields. null = "not stated". */
export type Scope = Record<string, unknown>;

/** A placeholder that names nothing known: a mistake in the outline, not missing data. */
export class UnknownPlaceholderError extends Error {}

const FORBIDDEN_KEYS = new Set(["__proto__", "prototype", "constructor"]);

export function isQuantity(v: unknown): v is Quantity {
  return typeof v === "object" && v !== null && typeof (v as Quantity).value === "bigint" && typeof (v as Quantity).wan === "string";
}

function stepName(path: PathStep[]): string {
  return path.map((s, i) => ("key" in s ? (i ? "." : "") + s.key : `[${s.index}]`)).join("");
}

/** Walks a path through own properties only; null (or an index past the end) is "not stated". */
export function resolvePath(path: PathStep[], frames: unknown[]): unknown {
  const [root, ...rest] = path;
  if (!root || !("key" in root) || FORBIDDEN_KEYS.has(root.key)) throw new UnknownPlaceholderError(`未知的占位符：${stepName(path)}`);
  const frame = [...frames].reverse().find((f) => typeof f === "object" && f !== null && Object.hasOwn(f, root.key));
  if (frame === undefined) throw new UnknownPlaceholderError(`未知的占位符：${stepName(path)}`);
  let cur: unknown = (frame as Record<string, unknown>)[root.key];
  for (const step of rest) {
    if (cur === null || cur === undefined) return null;
    if ("index" in step) {
      if (!Array.isArray(cur)) throw new UnknownPlaceholderError(`占位符 ${stepName(path)} 不是列表`);
      cur = step.index < cur.length ? cur[step.index] : null;
    } else {
      if (typeof cur !== "object" || FORBIDDEN_KEYS.has(step.key) || !Object.hasOwn(cur, step.key)) {
        throw new UnknownPlaceholderError(`未知的占位符：${stepName(path)}`);
      }
      cur = (cur as Record<string, unknown>)[step.key];
    }
  }
  return cur ?? null;
}

/**
 * How a value prints in a sentence: counts as 万 from 10,000 on (422.32万), amounts at their
 * scale (745.45), strings as they are (percentages are already "12.12"); null is not stated.
 */
export function printValue(v: unknown, source: string): string | null {
  if (v === null || v === undefined) return null;
  if (isQuantity(v)) return v.scale === 0 ? v.wan : formatScaled(v.value, v.scale);
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "bigint") return String(v);
  throw new UnknownPlaceholderError(`占位符 ${source} 不是可打印的值`);
}

function isZeroItem(item: unknown): boolean {
  const v = typeof item === "object" && item !== null ? (item as Record<string, unknown>).value : undefined;
  return (isQuantity(v) && v.value === 0n) || v === 0n || v === 0;
}

function fillNodes(nodes: TemplateNode[], frames: unknown[]): Run[] | null {
  const runs: Run[] = [];
  for (const node of nodes) {
    if (node.kind === "text") {
      runs.push({ text: node.text });
      continue;
    }
    if (node.kind === "value") {
      let text = printValue(resolvePath(node.path, frames), node.source);
      if (text === null) return null;
      for (const p of node.pipes) if (p.name === "abs") text = text.replace(/^-/, "");
      runs.push({ text, source: node.source });
      continue;
    }
    const list = resolvePath(node.path, frames);
    if (list === null) return null;
    if (!Array.isArray(list)) throw new UnknownPlaceholderError(`列表 ${node.source} 不是列表`);
    const items = node.pipes.some((p) => p.name === "nonzero") ? list.filter((x) => !isZeroItem(x)) : list;
    if (items.length === 0) return null;
    const sep = node.pipes.find((p) => p.name === "sep")?.arg ?? "、";
    const last = node.pipes.find((p) => p.name === "last")?.arg ?? sep;
    for (const [i, item] of items.entries()) {
      if (i > 0) runs.push({ text: i === items.length - 1 ? last : sep });
      const body = fillNodes(node.body, [...frames, item]);
      if (body === null) return null;
      runs.push(...body);
    }
  }
  return runs;
}

/** Adjacent literal runs merged, empty runs dropped. */
function compact(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    if (r.text === "") continue;
    const prev = out[out.length - 1];
    if (prev && prev.source === undefined && r.source === undefined) prev.text += r.text;
    else out.push({ ...r });
  }
  return out;
}

/** Fills a parsed template; null when any value in it is not stated (the sentence is left out). */
export function fillTemplate(nodes: TemplateNode[], scope: Scope): Run[] | null {
  const runs = fillNodes(nodes, [scope]);
  return runs === null ? null : compact(runs);
}

/** The sign of a value for conditions: Quantity, bigint, number or a decimal string; null if not stated. */
export function signOf(v: unknown): -1 | 0 | 1 | null {
  let n: bigint | number | null = null;
  if (isQuantity(v)) n = v.value;
  else if (typeof v === "bigint" || typeof v === "number") n = v;
  else if (typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v)) n = Number(v);
  if (n === null) return null;
  return n > 0 ? 1 : n < 0 ? -1 : 0;
}
