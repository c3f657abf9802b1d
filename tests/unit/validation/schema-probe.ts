import { z } from "zod";

/**
 * Introspection of zod 4 schemas for the message tests: every field a schema has (through
 * objects, arrays, records, unions and wrappers), a best-effort sample input, and the bad inputs
 * to send to each field (wrong types, omission, past each length and range of its checks).
 */

export type Path = (string | number)[];
type Def = { type: string; [k: string]: unknown };
type Check = { _zod: { def: { check: string; [k: string]: unknown } } };

/** A field: where it is, its schema without wrappers, whether an object must have it, what to put in first. */
export type Site = { path: Path; schema: z.ZodType; required: boolean; inObject: boolean; patches: { path: Path; value: unknown }[] };

/** A record's sample key: a cell code, so that it is as valid as a key gets. */
export const RECORD_KEY = "C1";

const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;
const checksOf = (s: z.ZodType): Check[] => (defOf(s).checks as Check[] | undefined) ?? [];

/** The schema under optional/nullable/default/… and the input side of a pipe; whether a value may be left out. */
export function unwrap(schema: z.ZodType): { schema: z.ZodType; optional: boolean } {
  let s = schema;
  let optional = false;
  for (;;) {
    const def = defOf(s);
    if (def.type === "optional" || def.type === "default" || def.type === "prefault") {
      optional = true;
      s = def.innerType as z.ZodType;
    } else if (def.type === "nullable" || def.type === "readonly" || def.type === "catch" || def.type === "nonoptional") {
      s = def.innerType as z.ZodType;
    } else if (def.type === "pipe") {
      const input = def.in as z.ZodType;
      // A transform alone (z.preprocess) has nothing to probe: take the output side.
      s = defOf(input).type === "transform" ? (def.out as z.ZodType) : input;
    } else if (def.type === "lazy") {
      s = (def.getter as () => z.ZodType)();
    } else return { schema: s, optional };
  }
}

function numberBound(s: z.ZodType, kind: "greater_than" | "less_than"): number | undefined {
  const c = checksOf(s).find((x) => x._zod.def.check === kind);
  return c ? Number(c._zod.def.value) : undefined;
}

function lengthBound(s: z.ZodType, kind: "min_length" | "max_length"): number | undefined {
  const c = checksOf(s).find((x) => x._zod.def.check === kind);
  return c ? Number(kind === "min_length" ? c._zod.def.minimum : c._zod.def.maximum) : undefined;
}

/** An input that passes the type checks of `schema` (not necessarily its refinements). */
export function sample(schema: z.ZodType): unknown {
  const { schema: s } = unwrap(schema);
  const def = defOf(s);
  switch (def.type) {
    case "string":
      return "1".repeat(Math.max(1, lengthBound(s, "min_length") ?? 1));
    case "number": {
      const min = numberBound(s, "greater_than");
      return min === undefined ? 1 : Math.max(min + 1, 1);
    }
    case "boolean":
      return true;
    case "enum":
      return Object.values(def.entries as Record<string, unknown>)[0];
    case "literal":
      return (def.values as unknown[])[0];
    case "object":
      return Object.fromEntries(Object.entries(def.shape as Record<string, z.ZodType>).map(([k, v]) => [k, sample(v)]));
    case "array":
      return Array.from({ length: Math.max(1, lengthBound(s, "min_length") ?? 1) }, () => sample(def.element as z.ZodType));
    case "record":
      return { [RECORD_KEY]: sample(def.valueType as z.ZodType) };
    case "union":
      return sample((def.options as z.ZodType[])[0]!);
    default:
      return undefined;
  }
}

/** Every field of `schema`, depth first, the root included (path []). */
export function sites(schema: z.ZodType, path: Path = [], required = true, inObject = false, patches: Site["patches"] = []): Site[] {
  const { schema: s, optional } = unwrap(schema);
  const here: Site = { path, schema: s, required: required && !optional, inObject, patches };
  const def = defOf(s);
  const out: Site[] = [here];
  if (def.type === "object") {
    for (const [k, v] of Object.entries(def.shape as Record<string, z.ZodType>)) out.push(...sites(v, [...path, k], true, true, patches));
  } else if (def.type === "array") {
    out.push(...sites(def.element as z.ZodType, [...path, 0], true, false, patches));
  } else if (def.type === "record") {
    out.push(...sites(def.valueType as z.ZodType, [...path, RECORD_KEY], true, false, patches));
  } else if (def.type === "union") {
    // Each option's fields, with the option's own sample put in place first.
    for (const option of def.options as z.ZodType[]) {
      const inner = sites(option, path, required, inObject, [...patches, { path, value: sample(option) }]);
      out.push(...inner.slice(1));
    }
  }
  return out;
}

const WRONG_TYPES: unknown[] = [12345, 1.5, "文本", "", true, null, {}, [], undefined];

/** What to send at a field: named bad values (undefined for "leave the key out"). */
export function badValues(site: Site): { what: string; value: unknown; omit?: boolean; mustFail?: boolean }[] {
  const out: { what: string; value: unknown; omit?: boolean; mustFail?: boolean }[] = WRONG_TYPES.map((value) => ({ what: `类型 ${JSON.stringify(value) ?? "undefined"}`, value }));
  if (site.required && site.inObject) out.push({ what: "缺少", value: undefined, omit: true, mustFail: true });
  const s = site.schema;
  const def = defOf(s);
  for (const c of checksOf(s)) {
    const cd = c._zod.def;
    if (cd.check === "max_length") {
      const max = Number(cd.maximum);
      const value = def.type === "array" ? Array.from({ length: max + 1 }, () => sample(def.element as z.ZodType)) : "1".repeat(max + 1);
      out.push({ what: `长度 ${max + 1}`, value, mustFail: true });
    } else if (cd.check === "min_length" && Number(cd.minimum) > 0) {
      const min = Number(cd.minimum);
      const value = def.type === "array" ? [] : "1".repeat(min - 1);
      out.push({ what: `长度 ${min - 1}`, value, mustFail: true });
    } else if (cd.check === "length_equals") {
      out.push({ what: "长度不符", value: "1".repeat(Number(cd.length) + 1), mustFail: true });
    } else if (cd.check === "less_than") {
      const v = Number(cd.value);
      out.push({ what: `超过 ${v}`, value: cd.inclusive ? v + 1 : v, mustFail: true });
    } else if (cd.check === "greater_than") {
      const v = Number(cd.value);
      out.push({ what: `低于 ${v}`, value: cd.inclusive ? v - 1 : v, mustFail: true });
    } else if (cd.check === "number_format") {
      out.push({ what: "非整数", value: 2.5, mustFail: true }, { what: "过大", value: 2 ** 60, mustFail: true });
    } else if (cd.check === "string_format") {
      out.push({ what: "格式", value: "?? ??", mustFail: true });
    }
  }
  if (def.type === "record") {
    // A key the client made up, too long for any key schema: never echoed back.
    out.push({ what: "键名", value: { [`unknownKey${"x".repeat(200)}`]: sample(def.valueType as z.ZodType) } });
  }
  if (def.type === "object") {
    const strict = defOf(def.catchall as z.ZodType ?? z.unknown()).type === "never";
    if (strict) out.push({ what: "未知字段", value: { ...(sample(s) as object), unknownField: 1 }, mustFail: true });
  }
  return out;
}

/** `base` with `value` at `path` (or the key removed), copying what it changes. */
export function setAt(base: unknown, path: Path, value: unknown, omit = false): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const copy: unknown = Array.isArray(base) ? [...(base as unknown[])] : typeof base === "object" && base !== null ? { ...base } : typeof head === "number" ? [] : {};
  const container = copy as Record<string | number, unknown>;
  if (rest.length === 0 && omit) delete container[head!];
  else container[head!] = setAt(container[head!], rest, value, omit);
  return container;
}
