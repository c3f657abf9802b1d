import { spawnSync } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");

export type CliRun = { code: number; stdout: string; stderr: string };

/** Runs the admin CLI as `npm run -s cli` would: from the repo root, paths relative to INIT_CWD. */
export function runCli(db: string, args: string[], cwd = ROOT): CliRun {
  const r = spawnSync(TSX, [path.join(ROOT, "cli/main.ts"), ...args], {
    cwd: ROOT,
    env: { ...process.env, NIANBAO_DB: db, INIT_CWD: cwd },
    encoding: "utf8",
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export const FIXTURES = path.join(ROOT, "tests/fixtures/imar-2018");
