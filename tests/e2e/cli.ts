import { spawnSync } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");

/** Runs the admin CLI against the e2e database (the server has it open too: WAL allows that). */
export function cli(args: string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), [path.join(ROOT, "cli/main.ts"), ...args], {
    cwd: ROOT,
    env: { ...process.env, NIANBAO_DB: path.resolve(ROOT, process.env.E2E_DB ?? "data/e2e.db"), INIT_CWD: ROOT },
    encoding: "utf8",
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

let counter = 0;

/** A fresh account for one test (unique name), so tests never depend on each other's logins. */
export function createUser(opts: { org: string; roles?: string[]; mustChange?: boolean; password?: string }) {
  const username = `e2e-${Date.now().toString(36)}-${counter++}`;
  const password = opts.password ?? "Kaishi#2025ok";
  const args = ["user:create", "--username", username, "--password", password, "--org", opts.org, "--name", `测试${username.slice(-4)}`];
  for (const role of opts.roles ?? []) args.push("--role", role);
  if (opts.mustChange) args.push("--must-change");
  const r = cli(args);
  if (r.code !== 0) throw new Error(`user:create failed: ${r.stderr}`);
  return { username, password };
}
