import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatAuditTime } from "@/lib/audit";
import { cli, copyDir, FIXTURES, removeTmpDirs, tmpDir } from "./helpers";

/**
 * audit:verify against a database loaded like the demo, then tampered with by someone with
 * access to the file: a raw connection that drops the triggers first.
 */
let base: string;
let rowCount: number;
const DB = "nianbao.db";

function ok(db: string, args: string[], env: Record<string, string> = {}) {
  const r = cli(db, args, env);
  expect(r.code, `${args.join(" ")}\n${r.stderr}`).toBe(0);
  return r;
}

/** A copy of the loaded demo folder (database, key, checkpoints). */
function demoCopy(): { dir: string; db: string } {
  const dir = copyDir(base);
  return { dir, db: path.join(dir, DB) };
}

/** Opens the file directly, as an attacker would (no migrations, no app code). */
function raw(db: string, fn: (sqlite: Database.Database) => void): void {
  const sqlite = new Database(db);
  try {
    fn(sqlite);
  } finally {
    sqlite.close();
  }
}

function atOf(db: string, id: number): number {
  const sqlite = new Database(db, { readonly: true });
  try {
    return sqlite.prepare("select at from audit_log where id = ?").pluck().get(id) as number;
  } finally {
    sqlite.close();
  }
}

beforeAll(() => {
  base = tmpDir();
  const db = path.join(base, DB);
  ok(db, ["orgs:import", path.join(FIXTURES, "orgs.csv")]);
  for (const year of [2017, 2018]) {
    ok(db, ["cycle:create", "--year", String(year), "--template", "gov-disclosure-2018"]);
    ok(db, ["submissions:import", "--year", String(year), "--status", "approved", path.join(FIXTURES, `submissions-${year}.csv`)]);
  }
  ok(db, ["user:create", "--username", "zhangsan", "--password", "Qv7#mTz9!pLw2x-Audit", "--org", "150000", "--name", "演示用户"]);
  ok(db, ["cycle:create", "--year", "2019", "--template", "gov-disclosure-2018"], { NIANBAO_AUDIT_HASH: "sm3" });
  ok(db, ["cycle:create", "--year", "2020", "--template", "gov-disclosure-2018"]);
  rowCount = 8;
}, 120_000);

afterAll(removeTmpDirs);

describe("audit:verify", () => {
  it("reports an intact chain on stdout, one line, exit 0 (sha256 and sm3 rows mixed)", () => {
    const r = ok(path.join(base, DB), ["audit:verify"]);
    expect(r.stdout).toBe(`OK: ${rowCount} 条审计记录，链完整（最后一条 #${rowCount}）\n`);
    expect(r.stderr).toContain("哈希算法：sha256 7 条，sm3 1 条");
    expect(r.stderr).toContain(`本库检查点 ${rowCount} 条`);
  });

  it.each([
    { label: "the detail of a row", id: 3, sql: "update audit_log set detail_json = '{\"units\":1}' where id = 3" },
    { label: "the time of a row", id: 5, sql: "update audit_log set at = at - 86400000 where id = 5" },
    { label: "an sm3 row's action", id: 7, sql: "update audit_log set action = 'cycle.delete' where id = 7" },
    { label: "the first row's user", id: 1, sql: "update audit_log set username = 'admin' where id = 1" },
  ])("names exactly the row whose content was edited directly in the file: $label", ({ id, sql }) => {
    const { db } = demoCopy();
    const at = atOf(db, id);
    raw(db, (s) => s.exec(`drop trigger audit_log_no_update; ${sql}`));
    const r = cli(db, ["audit:verify"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(`第一条异常记录：#${id}（${formatAuditTime(sql.includes("set at") ? at - 86400000 : at)}）：哈希不符（记录被修改）\n`);
    expect(r.stderr).toContain("审计日志校验未通过。");
  });

  it("names the row even when its hash was recomputed without the key (here: copied from another row)", () => {
    const { db } = demoCopy();
    raw(db, (s) => s.exec("drop trigger audit_log_no_update; update audit_log set hash = (select hash from audit_log where id = 2) where id = 4"));
    expect(cli(db, ["audit:verify"]).stdout).toBe(`第一条异常记录：#4（${formatAuditTime(atOf(db, 4))}）：哈希不符（记录被修改）\n`);
  });

  it("reports the cut when the last 3 rows were deleted", () => {
    const { db } = demoCopy();
    raw(db, (s) => s.exec(`drop trigger audit_log_no_delete; delete from audit_log where id > ${rowCount - 3}`));
    const r = cli(db, ["audit:verify"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(`审计日志在 #${rowCount - 3} 之后被截断：检查点记录了 #${rowCount}\n`);
  });

  it("reports a row deleted in the middle as a broken link at the next row", () => {
    const { db } = demoCopy();
    raw(db, (s) => s.exec("drop trigger audit_log_no_delete; delete from audit_log where id = 4"));
    expect(cli(db, ["audit:verify"]).stdout).toBe(
      `第一条异常记录：#5（${formatAuditTime(atOf(db, 5))}）：与前一条记录 #3 不衔接（其间的记录被删除或改动）\n`,
    );
  });

  it("catches a cut hidden by new appends (sequence reset, then the app appended again)", () => {
    const { db } = demoCopy();
    raw(db, (s) =>
      s.exec(`drop trigger audit_log_no_delete; delete from audit_log where id > 6; update sqlite_sequence set seq = 6 where name = 'audit_log'`),
    );
    ok(db, ["cycle:create", "--year", "2021", "--template", "gov-disclosure-2018"]); // gets id 7 again, chained to #6
    const r = cli(db, ["audit:verify"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(`第一条异常记录：#7（${formatAuditTime(atOf(db, 7))}）：与检查点不符（此处起的记录被截断后重写）\n`);
  });

  it("reports a missing key file (and the CLI then refuses to append)", () => {
    const { dir, db } = demoCopy();
    fs.rmSync(path.join(dir, "audit.key"));
    const r = cli(db, ["audit:verify"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(`无法校验：审计密钥文件不存在：${path.join(dir, "audit.key")}\n`);
    const append = cli(db, ["cycle:create", "--year", "2021", "--template", "gov-disclosure-2018"]);
    expect(append.code).toBe(1);
    expect(append.stderr).toContain("审计密钥文件不存在");
    expect(fs.existsSync(path.join(dir, "audit.key"))).toBe(false);
  });

  it("reports a wrong key file by its fingerprint", () => {
    const { dir, db } = demoCopy();
    fs.writeFileSync(path.join(dir, "audit.key"), "ab".repeat(32) + "\n", { mode: 0o600 });
    const r = cli(db, ["audit:verify"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^审计密钥不符：检查点由另一把密钥写入（检查点的密钥指纹 [0-9a-f]{16}，当前密钥 [0-9a-f]{16}）\n$/);
  });

  it("without checkpoints, a wrong key fails at the first row, with a hint", () => {
    const { dir, db } = demoCopy();
    fs.writeFileSync(path.join(dir, "audit.key"), "ab".repeat(32) + "\n", { mode: 0o600 });
    fs.rmSync(path.join(dir, "audit.checkpoints"));
    const r = cli(db, ["audit:verify"]);
    expect(r.stdout).toBe(`第一条异常记录：#1（${formatAuditTime(atOf(db, 1))}）：哈希不符（记录被修改）\n`);
    expect(r.stderr).toContain("多半是用错了密钥文件");
  });

  it("reports a malformed key file and a removed checkpoint file", () => {
    const a = demoCopy();
    fs.writeFileSync(path.join(a.dir, "audit.key"), "secret\n");
    expect(cli(a.db, ["audit:verify"]).stdout).toBe(`无法校验：审计密钥文件格式不对（应为 64 位十六进制数字）：${path.join(a.dir, "audit.key")}\n`);
    const b = demoCopy();
    fs.rmSync(path.join(b.dir, "audit.checkpoints"));
    const r = cli(b.db, ["audit:verify"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(`审计日志没有检查点：${path.join(b.dir, "audit.checkpoints")} 中没有本数据库的记录（检查点文件被删除或替换）\n`);
  });

  it("a database deleted and loaded again next to the old checkpoints starts a new chain", () => {
    const { dir, db } = demoCopy();
    for (const f of [db, `${db}-wal`, `${db}-shm`]) fs.rmSync(f, { force: true });
    ok(db, ["cycle:create", "--year", "2018", "--template", "gov-disclosure-2018"]);
    expect(ok(db, ["audit:verify"]).stdout).toBe("OK: 1 条审计记录，链完整（最后一条 #1）\n");
    // ...and a second database in the same folder keeps its own chain in the same file.
    const other = path.join(dir, "e2e.db");
    ok(other, ["cycle:create", "--year", "2018", "--template", "gov-disclosure-2018"]);
    ok(other, ["cycle:create", "--year", "2019", "--template", "gov-disclosure-2018"]);
    expect(ok(other, ["audit:verify"]).stdout).toBe("OK: 2 条审计记录，链完整（最后一条 #2）\n");
    expect(ok(db, ["audit:verify"]).stdout).toBe("OK: 1 条审计记录，链完整（最后一条 #1）\n");
  });

  it("takes the key and checkpoint files from NIANBAO_AUDIT_KEY_FILE / NIANBAO_AUDIT_CHECKPOINT_FILE", () => {
    const dir = tmpDir();
    const keys = tmpDir();
    const env = { NIANBAO_AUDIT_KEY_FILE: path.join(keys, "k"), NIANBAO_AUDIT_CHECKPOINT_FILE: path.join(keys, "cp.log") };
    const db = path.join(dir, "x.db");
    ok(db, ["cycle:create", "--year", "2018", "--template", "gov-disclosure-2018"], env);
    expect(fs.readdirSync(keys).sort()).toEqual(["cp.log", "k"]);
    expect(fs.readdirSync(dir).filter((f) => f.startsWith("audit"))).toEqual([]);
    expect(ok(db, ["audit:verify"], env).stdout).toBe("OK: 1 条审计记录，链完整（最后一条 #1）\n");
    expect(cli(db, ["audit:verify"]).stdout).toBe(`无法校验：审计密钥文件不存在：${path.join(dir, "audit.key")}\n`);
  });

  it("is a usage error with arguments (exit 2)", () => {
    expect(cli(path.join(base, DB), ["audit:verify", "extra"]).code).toBe(2);
  });
});
