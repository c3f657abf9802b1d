import type { ConditionDef, SentenceDef } from "./outline/schema";
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

export function holds(when: ConditionDef | undefined, scope: Scope): boolean {
  if (!when) return true;
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
