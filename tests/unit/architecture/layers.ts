/**
 * The floors of the code base and what each may import, as data, with the scanner that checks
 * them (tests/unit/architecture/layers.test.ts). ESLint's no-restricted-imports in
 * eslint.config.mjs says the same per folder; this scan also follows relative paths and, for the
 * CLI, everything it loads.
 */
import fs from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "../../..");

/** Where an import leads: a package (by name) or a file of the repo (by top-level folder). */
export type Destination = { kind: "package"; name: string } | { kind: "file"; file: string; floor: string };

/** A named rule: the import it refuses, and why. */
type Refusal = { test: (d: Destination, from: string) => boolean; why: string };

const pkg = (...names: string[]) => (d: Destination) => d.kind === "package" && names.some((n) => d.name === n || d.name.startsWith(`${n}/`));
const floor = (...floors: string[]) => (d: Destination) => d.kind === "file" && floors.includes(d.floor);
const under = (from: string, dir: string) => from.split(path.sep).join("/").startsWith(dir);

const FRAMEWORK = pkg("next", "next-auth", "server-only");
const REACT = pkg("react", "react-dom", "@react-pdf/renderer");
const UI = pkg("antd", "@ant-design", "@tiptap");
const DATABASE = pkg("drizzle-orm", "better-sqlite3");

/** Top-level folders (and root modules such as auth.ts) by floor. */
export const RULES: Record<string, Refusal[]> = {
  lib: [
    { test: FRAMEWORK, why: "lib/ must not depend on Next.js" },
    { test: REACT, why: "lib/ must not depend on React" },
    { test: UI, why: "lib/ must not depend on the UI kit" },
    { test: DATABASE, why: "lib/ must not touch the database" },
    { test: floor("db", "server", "app", "components", "cli", "(root)"), why: "lib/ imports only lib/" },
  ],
  db: [
    { test: FRAMEWORK, why: "db/ must not depend on Next.js" },
    { test: REACT, why: "db/ must not depend on React" },
    { test: UI, why: "db/ must not depend on the UI kit" },
    { test: floor("server", "app", "components", "cli", "(root)"), why: "db/ imports only db/ and lib/" },
  ],
  server: [
    { test: floor("app", "components", "cli"), why: "server/ must not import app/, components/ or cli/" },
    { test: UI, why: "server/ must not depend on the UI kit" },
    { test: DATABASE, why: "every SQL statement lives in db/" },
    { test: (d, from) => (FRAMEWORK(d) || floor("(root)")(d)) && !under(from, "server/next/"), why: "only server/next/ may import Next.js, next-auth or server-only" },
    {
      test: (d, from) => REACT(d) && !under(from, "server/pdf/") && !(under(from, "server/next/") && pkg("react")(d)),
      why: "React is for the react-pdf documents in server/pdf/ only (and react's cache() in server/next/)",
    },
    { test: (d, from) => d.kind === "file" && d.floor === "server" && under(d.file, "server/next/") && !under(from, "server/next/"), why: "the server core must not depend on its Next adapter (server/next/)" },
  ],
  cli: [
    { test: FRAMEWORK, why: "cli/ must not depend on Next.js (server-only throws under tsx)" },
    { test: pkg("react", "react-dom"), why: "cli/ must not depend on React" },
    { test: DATABASE, why: "every SQL statement lives in db/" },
    { test: floor("app", "components", "(root)"), why: "cli/ imports only server/, db/ and lib/" },
    { test: (d) => d.kind === "file" && under(d.file, "server/next/"), why: "cli/ must not import the server's Next adapter" },
  ],
  app: [
    { test: floor("db", "cli"), why: "app/ is a thin adapter: it calls server/, never db/ (or cli/)" },
    { test: DATABASE, why: "SQL lives in db/" },
  ],
  components: [
    { test: floor("app", "db", "server", "cli"), why: "components/ is React only: no app/, db/, server/ or cli/ (types included; shared types live in lib/contracts/)" },
    { test: DATABASE, why: "components/ must not touch the database" },
    { test: pkg("server-only"), why: "components/ must not import server-only modules" },
  ],
};

const SPECIFIERS = [/\bfrom\s*["']([^"']+)["']/g, /^\s*import\s*["']([^"']+)["']/g, /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g, /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g];

const EXTENSIONS = ["", ".ts", ".tsx", ".mjs", ".js", "/index.ts", "/index.tsx"];

/** The repo file a relative or `@/` specifier names (the path itself when no file matches). */
export function resolveFile(spec: string, fromFile: string): string {
  const base = spec.startsWith("@/") ? path.join(ROOT, spec.slice(2)) : path.resolve(path.dirname(fromFile), spec);
  for (const ext of EXTENSIONS) {
    const p = base + ext;
    if (fs.existsSync(p) && fs.statSync(p).isFile()) return p;
  }
  return base;
}

export function destination(spec: string, fromFile: string): Destination {
  if (!spec.startsWith(".") && !spec.startsWith("@/")) {
    const parts = spec.split("/");
    return { kind: "package", name: spec.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]! };
  }
  const file = resolveFile(spec, fromFile);
  const rel = path.relative(ROOT, file);
  const top = rel.split(path.sep)[0]!;
  return { kind: "file", file: rel, floor: rel.includes(path.sep) ? top : "(root)" };
}

/** Every import / export-from / dynamic import / require of a file, with its line number. */
export function importsOf(text: string): { spec: string; line: number; text: string }[] {
  const out: { spec: string; line: number; text: string }[] = [];
  text.split("\n").forEach((line, i) => {
    for (const re of SPECIFIERS) for (const m of line.matchAll(re)) out.push({ spec: m[1]!, line: i + 1, text: line.trim() });
  });
  return out;
}

/** The imports of `file` (relative to the repo) that its floor refuses, as readable lines. */
export function violations(file: string, text: string): string[] {
  const floorName = file.split("/")[0]!;
  const rules = RULES[floorName] ?? [];
  const abs = path.join(ROOT, file);
  return importsOf(text).flatMap(({ spec, line, text: src }) => {
    const d = destination(spec, abs);
    const broken = rules.find((r) => r.test(d, file));
    return broken ? [`${file}:${line}: ${src}  (${broken.why})`] : [];
  });
}

export function sourceFiles(dir: string): string[] {
  const abs = path.join(ROOT, dir);
  if (!fs.existsSync(abs)) return [];
  return fs.readdirSync(abs, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" || e.name === "migrations" ? [] : sourceFiles(p);
    return /\.(ts|tsx|mjs)$/.test(e.name) ? [p.split(path.sep).join("/")] : [];
  });
}

/** Every repo file reachable from `entry` through imports (static and dynamic), with who imports what. */
export function reachable(entry: string): Map<string, { spec: string; from: string }[]> {
  const seen = new Map<string, { spec: string; from: string }[]>();
  const queue = [entry];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    const abs = path.join(ROOT, file);
    if (!fs.existsSync(abs)) continue;
    const imports = importsOf(fs.readFileSync(abs, "utf8")).map((i) => ({ spec: i.spec, from: file }));
    seen.set(file, imports);
    for (const i of imports) {
      const d = destination(i.spec, abs);
      if (d.kind === "file") queue.push(d.file.split(path.sep).join("/"));
    }
  }
  return seen;
}
