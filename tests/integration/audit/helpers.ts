import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const ROOT = path.resolve(__dirname, "../../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");
export const FIXTURES = path.join(ROOT, "tests/fixtures/imar-2018");

export type CliRun = { code: number; stdout: string; stderr: string };

/** The admin CLI as `npm run -s cli` runs it, with NIANBAO_AUDIT_* taken only from `env`. */
export function cli(db: string, args: string[], env: Record<string, string> = {}): CliRun {
  const base = { ...process.env };
  for (const name of Object.keys(base)) if (name.startsWith("NIANBAO_AUDIT_")) delete base[name];
  const r = spawnSync(TSX, [path.join(ROOT, "cli/main.ts"), ...args], {
    cwd: ROOT,
    env: { ...base, NIANBAO_DB: db, INIT_CWD: ROOT, ...env },
    encoding: "utf8",
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

const dirs: string[] = [];

/** A fresh temporary folder, removed by removeTmpDirs(). */
export function tmpDir(prefix = "nianbao-audit-"): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  dirs.push(dir);
  return dir;
}

export function removeTmpDirs(): void {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

/** Copies a closed database folder (db file, audit.key, audit.checkpoints) to a new folder. */
export function copyDir(from: string): string {
  const to = tmpDir();
  fs.cpSync(from, to, { recursive: true });
  return to;
}
