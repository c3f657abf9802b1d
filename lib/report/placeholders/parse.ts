/**
 * The placeholder language of standard sentences: a text with `{path|pipe…}` values and
 * `{#path|pipe…}…{/}` sections that repeat their body for each element of a list. Parsed
 * once into a small tree; nothing is ever evaluated as code.
 *
 *   path    ident ( "." ident | "[" digits "]" )*      e.g. published_split.parts[0].value
 *   pipe    name ( ":" argument )?                      e.g. |abs  |sep:、  |last:和  |nonzero
 */

export type PathStep = { key: string } | { index: number };

export type ValuePipe = { name: "abs" };
export type SectionPipe = { name: "sep"; arg: string } | { name: "last"; arg: string } | { name: "nonzero" };

export type TemplateNode =
  | { kind: "text"; text: string }
  | { kind: "value"; source: string; path: PathStep[]; pipes: ValuePipe[] }
  | { kind: "section"; source: string; path: PathStep[]; pipes: SectionPipe[]; body: TemplateNode[] };

export class PlaceholderSyntaxError extends Error {}

const IDENT = /^[A-Za-z_][A-Za-z0-9_-]*/;

/** Reads `a.b[0].c` into steps; throws on anything else. */
export function parsePath(source: string): PathStep[] {
  const steps: PathStep[] = [];
  let rest = source;
  let first = true;
  while (rest.length > 0) {
    if (!first && rest.startsWith("[")) {
      const m = /^\[(\d+)\]/.exec(rest);
      if (!m) throw new PlaceholderSyntaxError(`占位符路径“${source}”中的下标不正确`);
      steps.push({ index: Number(m[1]) });
      rest = rest.slice(m[0].length);
      continue;
    }
    if (!first) {
      if (!rest.startsWith(".")) throw new PlaceholderSyntaxError(`占位符路径“${source}”不正确`);
      rest = rest.slice(1);
    }
    const m = IDENT.exec(rest);
    if (!m) throw new PlaceholderSyntaxError(`占位符路径“${source}”不正确`);
    steps.push({ key: m[0] });
    rest = rest.slice(m[0].length);
    first = false;
  }
  if (steps.length === 0) throw new PlaceholderSyntaxError("占位符为空");
  return steps;
}

function splitPipes(inner: string): { path: string; pipes: { name: string; arg?: string }[] } {
  const [path = "", ...rest] = inner.split("|");
  return {
    path: path.trim(),
    pipes: rest.map((p) => {
      const colon = p.indexOf(":");
      return colon < 0 ? { name: p.trim() } : { name: p.slice(0, colon).trim(), arg: p.slice(colon + 1) };
    }),
  };
}

function valuePipes(source: string, pipes: { name: string; arg?: string }[]): ValuePipe[] {
  return pipes.map((p) => {
    if (p.name === "abs" && p.arg === undefined) return { name: "abs" };
    throw new PlaceholderSyntaxError(`占位符“${source}”中的“|${p.name}”不可用于取值`);
  });
}

function sectionPipes(source: string, pipes: { name: string; arg?: string }[]): SectionPipe[] {
  return pipes.map((p) => {
    if ((p.name === "sep" || p.name === "last") && p.arg !== undefined) return { name: p.name, arg: p.arg };
    if (p.name === "nonzero" && p.arg === undefined) return { name: "nonzero" };
    throw new PlaceholderSyntaxError(`列表“${source}”中的“|${p.name}”不正确`);
  });
}

/** Parses a sentence template; throws PlaceholderSyntaxError with a Chinese message. */
export function parseTemplate(text: string): TemplateNode[] {
  const stack: { nodes: TemplateNode[]; section?: Extract<TemplateNode, { kind: "section" }> }[] = [{ nodes: [] }];
  let i = 0;
  const top = () => stack[stack.length - 1]!;
  while (i < text.length) {
    const open = text.indexOf("{", i);
    const close = text.indexOf("}", i);
    if (close >= 0 && (open < 0 || close < open)) throw new PlaceholderSyntaxError(`“${text}”中有多余的“}”`);
    if (open < 0) {
      top().nodes.push({ kind: "text", text: text.slice(i) });
      break;
    }
    if (open > i) top().nodes.push({ kind: "text", text: text.slice(i, open) });
    const end = text.indexOf("}", open);
    if (end < 0) throw new PlaceholderSyntaxError(`“${text}”中的“{”没有配对的“}”`);
    const inner = text.slice(open + 1, end);
    if (inner.includes("{")) throw new PlaceholderSyntaxError(`“${text}”中的“{”没有配对的“}”`);
    if (inner === "/") {
      const done = stack.pop();
      if (!done?.section || stack.length === 0) throw new PlaceholderSyntaxError(`“${text}”中的“{/}”没有对应的列表开头`);
      done.section.body = done.nodes;
    } else if (inner.startsWith("#")) {
      const { path, pipes } = splitPipes(inner.slice(1));
      const section: Extract<TemplateNode, { kind: "section" }> = {
        kind: "section",
        source: path,
        path: parsePath(path),
        pipes: sectionPipes(path, pipes),
        body: [],
      };
      top().nodes.push(section);
      stack.push({ nodes: [], section });
    } else {
      const { path, pipes } = splitPipes(inner);
      top().nodes.push({ kind: "value", source: path, path: parsePath(path), pipes: valuePipes(path, pipes) });
    }
    i = end + 1;
  }
  if (stack.length !== 1) throw new PlaceholderSyntaxError(`“${text}”中的列表“{#${top().section?.source}}”没有以“{/}”结束`);
  return stack[0]!.nodes;
}

/** The root names a template refers to outside sections (inside, names may be the item's fields). */
export function rootNames(nodes: TemplateNode[]): string[] {
  const out: string[] = [];
  for (const n of nodes) {
    if (n.kind === "text") continue;
    const root = n.path[0];
    if (root && "key" in root) out.push(root.key);
  }
  return out;
}
