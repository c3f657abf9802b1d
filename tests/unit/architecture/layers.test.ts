import { describe, expect, test } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";
import { reachable, ROOT, RULES, sourceFiles, violations } from "./layers";

const FLOORS = Object.keys(RULES);

describe("each floor imports only from the floors below it", () => {
  test("finds the files it scans", () => {
    const counts = Object.fromEntries(FLOORS.map((f) => [f, sourceFiles(f).length]));
    for (const f of FLOORS) expect(counts[f], f).toBeGreaterThan(3);
    expect(sourceFiles("server")).toContain("server/kernel/command.ts");
  });

  test.each(FLOORS)("%s/", (floorName) => {
    const offending = sourceFiles(floorName).flatMap((f) => violations(f, fs.readFileSync(path.join(ROOT, f), "utf8")));
    expect(offending, `forbidden imports:\n${offending.join("\n")}`).toEqual([]);
  });

  test("nothing the CLI loads imports server-only or Next.js (server-only throws under tsx)", () => {
    const graph = reachable("cli/main.ts");
    expect(graph.has("server/kernel/command.ts"), "the CLI runs the server's commands").toBe(true);
    const bad = [...graph.values()].flat().filter((i) => /^(server-only|next|next-auth)(\/|$)/.test(i.spec));
    expect(bad.map((i) => `${i.from}: ${i.spec}`)).toEqual([]);
  });

  test("no module outside server/next/ says server-only (the CLI could not load it)", () => {
    const marked = ["lib", "db", "server", "cli"].flatMap(sourceFiles).filter((f) => !f.startsWith("server/next/") && /^import "server-only";/m.test(fs.readFileSync(path.join(ROOT, f), "utf8")));
    expect(marked).toEqual([]);
  });

  test("db/ returns data: no Chinese message text is built in db/queries", () => {
    const withText = sourceFiles("db/queries").filter((f) => /message:\s*`[^`]*\p{Script=Han}/u.test(fs.readFileSync(path.join(ROOT, f), "utf8")));
    expect(withText).toEqual([]);
  });
});

/** A bad import planted in each floor: the scan and ESLint must both refuse it. */
const PLANTED: { file: string; line: string; bad: boolean }[] = [
  { file: "components/planted.tsx", line: `import { getDb } from "@/db/client";`, bad: true },
  { file: "components/planted.tsx", line: `import type { Db } from "@/db/client";`, bad: true },
  { file: "components/planted.tsx", line: `import type { CommandContext } from "@/server/kernel/command";`, bad: true },
  { file: "components/planted.tsx", line: `import { logout } from "@/app/(app)/actions";`, bad: true },
  { file: "components/workflow/planted.tsx", line: `import { loadDrill } from "../../server/review/drill";`, bad: true },
  { file: "components/planted.tsx", line: `import type { CommandResult } from "@/lib/contracts/command-result";`, bad: false },
  { file: "db/planted.ts", line: `import { ReportPdf } from "@/server/pdf/report/report-pdf";`, bad: true },
  { file: "db/planted.ts", line: `import { useState } from "react";`, bad: true },
  { file: "db/planted.ts", line: `import { AdminApp } from "../components/admin/admin-app";`, bad: true },
  { file: "db/planted.ts", line: `import { execute } from "@/server/next/execute";`, bad: true },
  { file: "db/planted.ts", line: `import { buildTree } from "@/lib";`, bad: false },
  { file: "lib/planted.ts", line: `import { runCommand } from "@/server/kernel/command";`, bad: true },
  { file: "lib/planted.ts", line: `import { getDb } from "../db/client";`, bad: true },
  { file: "cli/planted.ts", line: `import { execute } from "@/server/next/execute";`, bad: true },
  { file: "cli/planted.ts", line: `import { AdminApp } from "@/components/admin/admin-app";`, bad: true },
  { file: "cli/planted.ts", line: `import "server-only";`, bad: true },
  { file: "cli/planted.ts", line: `import { runCommand } from "@/server/kernel/command";`, bad: false },
  { file: "app/(app)/planted/page.tsx", line: `import { getDb } from "@/db/client";`, bad: true },
  { file: "app/api/planted/route.ts", line: `import { listOrganisations } from "../../../db/queries/orgs";`, bad: true },
  { file: "app/api/planted/route.ts", line: `import { readRoute } from "@/server/next/read";`, bad: false },
  { file: "server/planted.ts", line: `import { AdminApp } from "@/components/admin/admin-app";`, bad: true },
  { file: "server/planted.ts", line: `import { logout } from "@/app/(app)/actions";`, bad: true },
  { file: "server/workflow/planted.ts", line: `import { headers } from "next/headers";`, bad: true },
  { file: "server/workflow/planted.ts", line: `import "server-only";`, bad: true },
  { file: "server/workflow/planted.ts", line: `import { lookupSession } from "../next/current-user";`, bad: true },
  { file: "server/workflow/planted.ts", line: `import { useState } from "react";`, bad: true },
  { file: "server/next/planted.ts", line: `import { headers } from "next/headers";`, bad: false },
  { file: "server/pdf/planted.tsx", line: `import { Document } from "@react-pdf/renderer";`, bad: false },
];

describe("a planted bad import is refused", () => {
  test.each(PLANTED)("by the scan: $file $line", ({ file, line, bad }) => {
    expect(violations(file, `// planted\n${line}\n`).length).toBe(bad ? 1 : 0);
  });

  const eslint = new ESLint({ cwd: ROOT });
  test.each(PLANTED.filter((p) => !p.file.endsWith(".tsx") || !p.file.startsWith("server/")))("by ESLint: $file $line", async ({ file, line, bad }) => {
    const [result] = await eslint.lintText(`${line}\nexport {};\n`, { filePath: path.join(ROOT, file) });
    const restricted = result!.messages.filter((m) => m.ruleId === "no-restricted-imports");
    expect(restricted.length > 0, restricted.map((m) => m.message).join("; ")).toBe(bad);
  });
});
