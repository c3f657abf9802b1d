import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { AUDIT_ACTION_LABELS } from "@/lib/audit/action-labels";

const ROOT = path.resolve(__dirname, "../../..");

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? tsFiles(p) : p.endsWith(".ts") ? [p] : [];
  });
}

/** Every guarded command's name: it is the audit action its entry carries. */
function commandNames(): string[] {
  const names = new Set<string>();
  for (const file of tsFiles(path.join(ROOT, "server"))) {
    const src = fs.readFileSync(file, "utf8");
    if (!src.includes("defineCommand(")) continue;
    for (const m of src.matchAll(/\bname: "([a-z][a-zA-Z0-9._-]+)"/g)) names.add(m[1]!);
  }
  return [...names].sort();
}

describe("audit action labels", () => {
  const names = commandNames();

  it("finds the commands (the scan works)", () => {
    expect(names).toContain("stats.signoff");
    expect(names).toContain("report.publish");
    expect(names.length).toBeGreaterThan(30);
  });

  // Previews, reads and TOTP enrolment steps write no audit entry of their own name.
  const unaudited = new Set(["org.import.preview", "stats.load", "report.draft.load", "account.totp.start", "account.totp.confirm", "account.totp.disable"]);

  it.each(names.filter((n) => !unaudited.has(n)))("%s has a Chinese name in the audit log", (name) => {
    expect(AUDIT_ACTION_LABELS[name], `${name} is missing from lib/audit/action-labels.ts`).toMatch(/\p{Script=Han}/u);
  });
});
