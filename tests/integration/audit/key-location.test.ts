/**
 * Where the audit key lives: `npm run setup` puts it outside the data folder (asked, or
 * --audit-key) and records its place beside the database; the chain then uses it, and npm start
 * warns when the key sits with the database.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { AUDIT_KEY_LOCATION_FILE_NAME } from "@/db/audit";
import { cli, FIXTURES, removeTmpDirs, ROOT, tmpDir } from "./helpers";

afterAll(removeTmpDirs);

function bash(script: string, env: Record<string, string>) {
  const base = { ...process.env };
  for (const name of Object.keys(base)) if (name.startsWith("NIANBAO_AUDIT_")) delete base[name];
  const r = spawnSync("bash", ["-c", script], { cwd: ROOT, env: { ...base, ...env }, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe("npm run setup and the audit key", () => {
  it("keeps the key outside the data folder, readable by the service user only; the chain verifies with it", () => {
    const dir = tmpDir();
    const db = path.join(dir, "data", "nianbao.db");
    const key = path.join(dir, "secrets", "audit.key");
    const setup = bash(
      `bash tests/scripts/setup.sh --orgs "${path.join(FIXTURES, "orgs.csv")}" --username admin1 --password "Kaishi#2025ok" --org 150000 --name 管理员 --audit-key "${key}"`,
      { NIANBAO_DB: db },
    );
    expect(setup.code, setup.stderr).toBe(0);
    expect(fs.readFileSync(path.join(dir, "data", AUDIT_KEY_LOCATION_FILE_NAME), "utf8").trim()).toBe(key);
    expect(fs.existsSync(key)).toBe(true);
    expect(fs.statSync(key).mode & 0o777).toBe(0o600);
    expect(fs.statSync(path.dirname(key)).mode & 0o077).toBe(0);
    expect(fs.existsSync(path.join(dir, "data", "audit.key"))).toBe(false);
    const verified = cli(db, ["audit:verify"]);
    expect(verified.code).toBe(0);
    expect(verified.stderr).not.toMatch(/警告：审计密钥与数据库在同一目录/);

    const quiet = bash("source tests/scripts/lib.sh && warn_audit_key_beside_db", { NIANBAO_DB: db });
    expect(quiet.stderr).toBe("");
  });

  it("audit:verify warns (on stderr, exit 0) when the key sits in the database's folder", () => {
    const dir = tmpDir();
    const db = path.join(dir, "nianbao.db");
    expect(cli(db, ["orgs:import", path.join(FIXTURES, "orgs.csv")]).code).toBe(0);
    const verified = cli(db, ["audit:verify"]);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toMatch(/^OK: /);
    expect(verified.stderr).toMatch(/警告：审计密钥与数据库在同一目录/);
  });

  it("npm start warns when the key sits in the database's folder", () => {
    const dir = tmpDir();
    const db = path.join(dir, "nianbao.db");
    fs.writeFileSync(path.join(dir, "audit.key"), "00".repeat(32));
    const warned = bash("source tests/scripts/lib.sh && warn_audit_key_beside_db", { NIANBAO_DB: db });
    expect(warned.stderr).toMatch(/审计密钥（.*audit\.key）与数据库在同一目录/);
  });
});
