import fs from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { AUDIT_KEY_LOCATION_FILE_NAME, AuditKeyError, auditKeyBesideDatabase, configureAudit, readCheckpointFile, resolveAuditFiles, verifyAuditLog } from "@/db/audit";
import { openDb } from "@/db/client";
import { appendAudit } from "@/db/mutations/audit";
import { type AuditChainRow, auditChainId, auditKeyFingerprint, GENESIS_HASH, verifyChain } from "@/lib/audit";
import { removeTmpDirs, tmpDir } from "./helpers";

afterEach(removeTmpDirs);

const KEY_HEX = "5a".repeat(32);
const rows = (sqlite: Database.Database) =>
  sqlite
    .prepare(
      "select id, at, user_id as userId, username, ip, action, target_type as targetType, target_id as targetId, detail_json as detailJson, prev_hash as prevHash, hash, hash_alg as hashAlg from audit_log order by id",
    )
    .all() as AuditChainRow[];

describe("appendAudit on an in-memory database", () => {
  it("chains each row to the previous one (genesis first) and verifies", () => {
    const { db, close } = openDb(":memory:");
    const a = appendAudit(db, { action: "login", username: "u" });
    const b = appendAudit(db, { action: "logout", username: "u", detail: { n: 1n } });
    expect(a).toMatchObject({ id: 1, prevHash: GENESIS_HASH, hashAlg: "sha256" });
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(b).toMatchObject({ id: 2, prevHash: a.hash, detailJson: '{"n":"1"}' });
    expect(verifyAuditLog(db).verdict).toEqual({ ok: true, count: 2, lastId: 2 });
    close();
  });

  it("uses an explicitly configured key and algorithm (rows verify with that key in lib)", () => {
    const { db, sqlite, close } = openDb(":memory:");
    configureAudit(db, { key: KEY_HEX, alg: "sm3" });
    for (let i = 0; i < 3; i++) appendAudit(db, { action: "x", targetId: i });
    const stored = rows(sqlite);
    expect(stored.map((r) => r.hashAlg)).toEqual(["sm3", "sm3", "sm3"]);
    expect(verifyChain(Buffer.from(KEY_HEX, "hex"), stored)).toEqual({ ok: true, count: 3, lastId: 3 });
    expect(verifyChain(Buffer.alloc(32), stored).ok).toBe(false);
    close();
  });

  it("takes the algorithm of new rows from NIANBAO_AUDIT_HASH; the chain may switch mid-way", () => {
    const { db, sqlite, close } = openDb(":memory:");
    configureAudit(db, { key: KEY_HEX });
    appendAudit(db, { action: "a" });
    const before = process.env.NIANBAO_AUDIT_HASH;
    try {
      process.env.NIANBAO_AUDIT_HASH = "sm3";
      configureAudit(db, { key: KEY_HEX });
      appendAudit(db, { action: "b" });
      process.env.NIANBAO_AUDIT_HASH = "md5";
      expect(() => configureAudit(db, { key: KEY_HEX })).toThrow("NIANBAO_AUDIT_HASH 只能是 sha256 或 sm3：md5");
    } finally {
      if (before === undefined) delete process.env.NIANBAO_AUDIT_HASH;
      else process.env.NIANBAO_AUDIT_HASH = before;
    }
    configureAudit(db, { key: KEY_HEX, alg: "sha256" });
    appendAudit(db, { action: "c" });
    expect(rows(sqlite).map((r) => r.hashAlg)).toEqual(["sha256", "sm3", "sha256"]);
    expect(verifyAuditLog(db)).toMatchObject({ verdict: { ok: true, count: 3 }, algs: { sha256: 2, sm3: 1 } });
    close();
  });

  it("inside a caller's transaction: rolled back with it, committed with it", () => {
    const { db, sqlite, close } = openDb(":memory:");
    expect(() =>
      sqlite.transaction(() => {
        appendAudit(db, { action: "doomed" });
        throw new Error("rollback");
      })(),
    ).toThrow("rollback");
    sqlite.transaction(() => appendAudit(db, { action: "kept" }))();
    expect(rows(sqlite).map((r) => [r.id, r.action])).toEqual([[1, "kept"]]);
    expect(verifyAuditLog(db).verdict).toEqual({ ok: true, count: 1, lastId: 1 });
    close();
  });
});

describe("appendAudit on a database file", () => {
  it("creates the key (mode 0600, 64 hex digits) next to the database and writes a checkpoint per append", () => {
    const dir = tmpDir();
    const { db, close } = openDb(path.join(dir, "x.db"));
    const a = appendAudit(db, { action: "a" });
    const b = appendAudit(db, { action: "b" });
    const keyFile = path.join(dir, "audit.key");
    expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
    const keyHex = fs.readFileSync(keyFile, "utf8");
    expect(keyHex).toMatch(/^[0-9a-f]{64}\n$/);
    const { checkpoints } = readCheckpointFile(path.join(dir, "audit.checkpoints"));
    const key = auditKeyFingerprint(Buffer.from(keyHex.trim(), "hex"));
    expect(checkpoints).toEqual([
      { chain: auditChainId(a), id: 1, at: a.at, hash: a.hash, key },
      { chain: auditChainId(a), id: 2, at: b.at, hash: b.hash, key },
    ]);
    expect(fs.statSync(path.join(dir, "audit.checkpoints")).mode & 0o777).toBe(0o600);
    close();
  });

  it("writes the checkpoint of a row appended in a caller's transaction once it has committed, never for a rolled-back one", async () => {
    const dir = tmpDir();
    const { db, sqlite, close } = openDb(path.join(dir, "x.db"));
    const cpFile = path.join(dir, "audit.checkpoints");
    appendAudit(db, { action: "first" });
    sqlite.transaction(() => {
      appendAudit(db, { action: "in-tx" });
      expect(readCheckpointFile(cpFile).checkpoints.map((c) => c.id)).toEqual([1]);
    })();
    try {
      sqlite.transaction(() => {
        appendAudit(db, { action: "rolled-back" });
        throw new Error("no");
      })();
    } catch {
      // expected
    }
    await new Promise((resolve) => setImmediate(resolve));
    expect(readCheckpointFile(cpFile).checkpoints.map((c) => c.id)).toEqual([1, 2]);
    appendAudit(db, { action: "after" }); // takes id 3, which the rolled-back row had
    expect(verifyAuditLog(db).verdict).toEqual({ ok: true, count: 3, lastId: 3 });
    close();
  });

  it("refuses to append (and adds nothing) when chained rows exist but the key file is gone", () => {
    const dir = tmpDir();
    const file = path.join(dir, "x.db");
    const first = openDb(file);
    appendAudit(first.db, { action: "a" });
    first.close();
    fs.rmSync(path.join(dir, "audit.key"));
    const second = openDb(file);
    expect(() => appendAudit(second.db, { action: "b" })).toThrow(AuditKeyError);
    expect(() => appendAudit(second.db, { action: "b" })).toThrow(/审计密钥文件不存在：.*audit\.key。审计日志已有带哈希的记录/);
    expect(second.sqlite.prepare("select count(*) from audit_log").pluck().get()).toBe(1);
    expect(fs.existsSync(path.join(dir, "audit.key"))).toBe(false);
    second.close();
  });

  it("refuses a malformed key file", () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, "audit.key"), "not a key\n");
    const { db, close } = openDb(path.join(dir, "x.db"));
    expect(() => appendAudit(db, { action: "a" })).toThrow("审计密钥文件格式不对");
    close();
  });

  it("keeps one chain across two connections appending in turn", () => {
    const dir = tmpDir();
    const file = path.join(dir, "x.db");
    const one = openDb(file);
    const two = openDb(file);
    for (let i = 0; i < 20; i++) appendAudit((i % 2 ? one : two).db, { action: `a${i}` });
    expect(verifyAuditLog(one.db)).toMatchObject({ verdict: { ok: true, count: 20, lastId: 20 }, checkpoints: 20 });
    one.close();
    two.close();
  });

  // How fast is bench territory (speed targets never live in timed tests); this checks that a
  // long chain written with checkpoints on verifies whole.
  it("appends 10,000 rows (file database, checkpoints on), and verifies them", () => {
    const dir = tmpDir();
    const { db, close } = openDb(path.join(dir, "x.db"));
    for (let i = 0; i < 10_000; i++) {
      appendAudit(db, { action: "submission.save", userId: null, username: `u${i % 50}`, ip: "10.0.0.1", targetType: "submission", targetId: i, detail: { i } });
    }
    expect(verifyAuditLog(db).verdict).toEqual({ ok: true, count: 10_000, lastId: 10_000 });
    close();
  });
});

describe("resolveAuditFiles", () => {
  it.each([
    { label: "the default database", db: "data/nianbao.db", env: {}, key: "data/audit.key", cp: "data/audit.checkpoints" },
    { label: "a database elsewhere", db: "/srv/nb/x.db", env: {}, key: "/srv/nb/audit.key", cp: "/srv/nb/audit.checkpoints" },
    { label: "a key file from the env", db: "data/nianbao.db", env: { NIANBAO_AUDIT_KEY_FILE: "/etc/nb/k" }, key: "/etc/nb/k", cp: "/etc/nb/audit.checkpoints" },
    {
      label: "both from the env, relative to the working directory",
      db: "data/nianbao.db",
      env: { NIANBAO_AUDIT_KEY_FILE: "keys/k", NIANBAO_AUDIT_CHECKPOINT_FILE: "/var/log/nb.cp" },
      key: "keys/k",
      cp: "/var/log/nb.cp",
    },
    { label: "an in-memory database", db: null, env: {}, key: null, cp: null },
  ])("$label", ({ db, env, key, cp }) => {
    const abs = (p: string | null) => (p === null ? null : path.resolve(process.cwd(), p));
    expect(resolveAuditFiles(db, env)).toEqual({ keyFile: abs(key), checkpointFile: abs(cp) });
  });

  it("reads the key's place from audit-key.location beside the database (what npm run setup writes); the env still wins", () => {
    const dir = tmpDir();
    const dbFile = path.join(dir, "data", "nianbao.db");
    fs.mkdirSync(path.dirname(dbFile));
    expect(auditKeyBesideDatabase(dbFile, {})).toBe(true);
    fs.writeFileSync(path.join(dir, "data", AUDIT_KEY_LOCATION_FILE_NAME), `${path.join(dir, "keys", "audit.key")}\n`);
    expect(resolveAuditFiles(dbFile, {})).toEqual({ keyFile: path.join(dir, "keys", "audit.key"), checkpointFile: path.join(dir, "keys", "audit.checkpoints") });
    expect(auditKeyBesideDatabase(dbFile, {})).toBe(false);
    expect(resolveAuditFiles(dbFile, { NIANBAO_AUDIT_KEY_FILE: "/etc/nb/k" }).keyFile).toBe("/etc/nb/k");
    expect(auditKeyBesideDatabase(dbFile, { NIANBAO_AUDIT_KEY_FILE: path.join(dir, "data", "k") })).toBe(true);
  });
});
