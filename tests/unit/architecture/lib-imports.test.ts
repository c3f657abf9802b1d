import { describe, test, expect } from "vitest";
import fs from "node:fs";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../../..");
const LIB = path.join(ROOT, "lib");

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" ? [] : walk(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** Packages and aliases the domain core must not reach: frameworks, the database, the UI. */
const FORBIDDEN: { name: string; test: (spec: string) => boolean }[] = [
  { name: "next", test: (s) => s === "next" || s.startsWith("next/") },
  { name: "next-auth", test: (s) => s === "next-auth" || s.startsWith("next-auth/") },
  { name: "react", test: (s) => s === "react" || s.startsWith("react/") },
  { name: "react-dom", test: (s) => s === "react-dom" || s.startsWith("react-dom/") },
  { name: "drizzle-orm", test: (s) => s.startsWith("drizzle-orm") },
  { name: "better-sqlite3", test: (s) => s === "better-sqlite3" || s.startsWith("better-sqlite3/") },
  { name: "antd", test: (s) => s === "antd" || s.startsWith("antd/") },
  { name: "@ant-design", test: (s) => s.startsWith("@ant-design/") },
  { name: "@/db", test: (s) => s === "@/db" || s.startsWith("@/db/") || s.startsWith("@/db.") },
  { name: "@/app", test: (s) => s === "@/app" || s.startsWith("@/app/") },
  { name: "@/components", test: (s) => s === "@/components" || s.startsWith("@/components/") },
];

const SPECIFIERS = [
  /\bfrom\s*["']([^"']+)["']/g,
  /^\s*import\s*["']([^"']+)["']/g,
  /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
  /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g,
];

/** Every import / export-from / dynamic import / require in a file that leaves the core. */
function forbiddenImports(file: string, text: string): string[] {
  const out: string[] = [];
  text.split("\n").forEach((line, i) => {
    for (const re of SPECIFIERS) {
      for (const m of line.matchAll(re)) {
        const spec = m[1]!;
        const where = `${path.relative(ROOT, file)}:${i + 1}: ${line.trim()}`;
        const hit = FORBIDDEN.find((f) => f.test(spec));
        if (hit) out.push(`${where}  (imports ${hit.name})`);
        else if (spec.startsWith(".")) {
          const target = path.resolve(path.dirname(file), spec);
          const rel = path.relative(LIB, target);
          if (rel.startsWith("..") || path.isAbsolute(rel)) out.push(`${where}  (reaches outside lib/: ${path.relative(ROOT, target)})`);
        }
      }
    }
  });
  return out;
}

/** A quoted 2018 cell code, e.g. "C1.1" or 'A2.3'. */
const CELL_CODE = /["'](A|B|C|D|E|H|I)\d(\.\d+)*[a-z]?["']/g;

function cellCodeLiterals(file: string, text: string): string[] {
  return text.split("\n").flatMap((line, i) =>
    [...line.matchAll(CELL_CODE)].map((m) => `${path.relative(ROOT, file)}:${i + 1}: ${m[0]} in ${line.trim()}`),
  );
}

const files = walk(LIB);
const isTemplateFile = (f: string) => /^gov-disclosure-.*\.ts$/.test(path.basename(f)) && path.dirname(f) === path.join(LIB, "templates");
const isTest = (f: string) => /\.test\.tsx?$/.test(f) || f.split(path.sep).includes("tests");

describe("lib/ is the framework-free domain core", () => {
  test("finds the files it scans", () => {
    expect(files.length).toBeGreaterThan(10);
    expect(files).toContain(path.join(LIB, "templates", "compile.ts"));
  });

  test("no file under lib/ imports a framework, the database or the UI", () => {
    const offending = files.flatMap((f) => forbiddenImports(f, fs.readFileSync(f, "utf8")));
    expect(offending, `forbidden imports:\n${offending.join("\n")}`).toEqual([]);
  });

  test("no code outside the template files names a cell code", () => {
    const offending = files
      .filter((f) => !isTemplateFile(f) && !isTest(f))
      .flatMap((f) => cellCodeLiterals(f, fs.readFileSync(f, "utf8")));
    expect(offending, `cell codes outside templates:\n${offending.join("\n")}`).toEqual([]);
  });

  test("the template files do name cell codes (the scan finds them)", () => {
    expect(cellCodeLiterals(path.join(LIB, "templates", "gov-disclosure-2018.ts"), fs.readFileSync(path.join(LIB, "templates", "gov-disclosure-2018.ts"), "utf8")).length).toBeGreaterThan(58);
  });
});

describe("the scanners themselves", () => {
  const file = path.join(LIB, "rules", "x.ts");
  test.each([
    { label: "next", line: `import { redirect } from "next/navigation";`, flagged: true },
    { label: "next itself", line: `import type { NextConfig } from 'next';`, flagged: true },
    { label: "next-auth", line: `import NextAuth from "next-auth";`, flagged: true },
    { label: "react", line: `import { useState } from "react";`, flagged: true },
    { label: "react/jsx-runtime", line: `import { jsx } from "react/jsx-runtime";`, flagged: true },
    { label: "react-dom", line: `import { createPortal } from "react-dom";`, flagged: true },
    { label: "drizzle-orm/sqlite-core", line: `import { sqliteTable } from "drizzle-orm/sqlite-core";`, flagged: true },
    { label: "better-sqlite3 via require", line: `const Database = require("better-sqlite3");`, flagged: true },
    { label: "antd", line: `import { Button } from "antd";`, flagged: true },
    { label: "@ant-design/icons", line: `import { UserOutlined } from "@ant-design/icons";`, flagged: true },
    { label: "@/db", line: `import { db } from "@/db";`, flagged: true },
    { label: "@/db/schema", line: `import { orgs } from "@/db/schema";`, flagged: true },
    { label: "@/app", line: `import x from "@/app/page";`, flagged: true },
    { label: "@/components", line: `export { Form } from "@/components/form";`, flagged: true },
    { label: "a dynamic import", line: `const m = await import("next/headers");`, flagged: true },
    { label: "a side-effect import", line: `import "react";`, flagged: true },
    { label: "a relative path to ../../db", line: `import { db } from "../../db/client";`, flagged: true },
    { label: "a relative path outside lib", line: `import x from "../../app/x";`, flagged: true },
    { label: "a relative path inside lib", line: `import { formatScaled } from "../values";`, flagged: false },
    { label: "a sibling", line: `import { describeTerms } from "./describe";`, flagged: false },
    { label: "zod", line: `import { z } from "zod";`, flagged: false },
    { label: "node:path", line: `import path from "node:path";`, flagged: false },
    { label: "a package named like next", line: `import x from "nextra-like";`, flagged: false },
    { label: "@/lib", line: `import { getTemplate } from "@/lib/templates";`, flagged: false },
  ])("$label", ({ line, flagged }) => {
    const hits = forbiddenImports(file, `// header\n${line}\n`);
    expect(hits.length).toEqual(flagged ? 1 : 0);
    if (flagged) expect(hits[0]).toContain("lib/rules/x.ts:2:");
  });

  test.each([
    { label: "a double-quoted code", line: `const c = "C1.1";`, hits: 1 },
    { label: "a single-quoted code", line: `v['A2.3'] = 1n;`, hits: 1 },
    { label: "a code with a letter suffix", line: `x("B2.1a")`, hits: 1 },
    { label: "a deep code", line: `"C3.4.5"`, hits: 1 },
    { label: "a bare heading code is not a cell", line: `"C"`, hits: 0 },
    { label: "F, G are not in the pattern", line: `"F1"`, hits: 0 },
    { label: "a 2021 code is not a 2018 code", line: `"R1.np"`, hits: 0 },
    { label: "text mentioning a code", line: `// the C1 rule`, hits: 0 },
  ])("cell code scan: $label", ({ line, hits }) => {
    expect(cellCodeLiterals(file, line).length).toEqual(hits);
  });
});
