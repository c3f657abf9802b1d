import type { ConditionDef, SentenceDef, WhenDef } from "./outline/schema";
import { fillTemplate, resolvePath, signOf, type Run, type Scope } from "./placeholders/fill";
import { parsePath, parseTemplate, type TemplateNode } from "./placeholders/parse";

const parsed = new Map<string, TemplateNode[]>();

/** Parses a template once (outlines are constant data). */
export function compiled(text: string): TemplateNode[] {
  let nodes = parsed.get(text);
  if (!nodes) {
    nodes = parseTemplate(text);
    parsed.set(text, nodes);
  }
  return nodes;
}

export function holds(when: WhenDef | undefined, scope: Scope): boolean {
  if (!when) return true;
  if (Array.isArray(when)) return when.every((c) => holds(c, scope));
  return "path" in when ? holdsValue(when, scope) : holdsReport(when, scope);
}

/** Compiled or not, and the level: the report facts the scope carries (reportScope). */
function holdsReport(when: Exclude<ConditionDef, { path: string }>, scope: Scope): boolean {
  if (when.compiled !== undefined && scope.compiled !== when.compiled) return false;
  return when.level === undefined || when.level.includes(scope.level as (typeof when.level)[number]);
}

function holdsValue(when: Extract<ConditionDef, { path: string }>, scope: Scope): boolean {
  const sign = signOf(resolvePath(parsePath(when.path), [scope]));
  if (sign === null) return false;
  switch (when.is) {
    case "zero":
      return sign === 0;
    case "positive":
      return sign > 0;
    case "negative":
      return sign < 0;
    case "nonzero":
      return sign !== 0;
  }
}

/** The first variant that applies and has every value stated; null: the sentence is left out. */
export function fillSentence(def: SentenceDef, scope: Scope): Run[] | null {
  const variants = typeof def === "string" ? [{ text: def }] : def.variants;
  for (const v of variants) {
    if (!holds("when" in v ? v.when : undefined, scope)) continue;
    const runs = fillTemplate(compiled(v.text), scope);
    if (runs) return runs;
  }
  return null;
}

/** Sentences of one paragraph, those left out skipped; null when none is left. */
export function fillParagraph(defs: readonly SentenceDef[], scope: Scope): Run[] | null {
  const runs = defs.flatMap((d) => fillSentence(d, scope) ?? []);
  return runs.length ? runs : null;
}
