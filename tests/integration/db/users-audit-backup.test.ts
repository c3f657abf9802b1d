import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { backupDatabase } from "@/db/backup";
import { openDb } from "@/db/client";
import { appendAudit } from "@/db/mutations/audit";
import { upsertOrganisations } from "@/db/mutations/orgs";
import { createUser } from "@/db/mutations/users";
import { getUserById, getUserByUsername } from "@/db/queries/users";
import { count, dbWithTree, TREE } from "./helpers";

describe("users", () => {
  it("creates a user and finds it by username and id", () => {
    const { db, id, close } = dbWithTree();
    const user = createUser(db, { username: "d1-admin", displayName: "张三", passwordHash: "$argon2id$x", orgId: id("D1"), mustChangePassword: true });
    expect(user).toMatchObject({ username: "d1-admin", orgId: id("D1"), disabled: false, mustChangePassword: true });
    expect(getUserByUsername(db, "d1-admin")).toEqual(user);
    expect(getUserById(db, user.id)).toEqual(user);
    expect(getUserByUsername(db, "D1-ADMIN")).toBeNull();
    close();
  });

  it.each([
    { label: "a taken username", input: { username: "u", orgId: "D1" } },
    { label: "an organisation that does not exist", input: { username: "v", orgId: null } },
  ])("refuses $label", ({ input }) => {
    const t = dbWithTree();
    createUser(t.db, { username: "u", displayName: "甲", passwordHash: "h", orgId: t.id("D1") });
    const orgId = input.orgId === null ? 999 : t.id(input.orgId);
    expect(() => createUser(t.db, { username: input.username, displayName: "乙", passwordHash: "h", orgId })).toThrow(/constraint/i);
    expect(count(t, "users")).toBe(1);
    t.close();
  });
});

describe("appendAudit", () => {
  it("appends entries with JSON detail, bigints as strings", () => {
    const t = dbWithTree();
    const user = createUser(t.db, { username: "u", displayName: "甲", passwordHash: "h", orgId: t.id("R") });
    const first = appendAudit(t.db, { userId: user.id, username: "u", ip: "127.0.0.1", action: "login" });
    const second = appendAudit(t.db, { action: "submissions.import", targetType: "cycle", targetId: 7, detail: { total: 9007199254740993n } });
    // Chained since migration 0003 (tests/integration/audit covers the chain itself).
    expect(first).toMatchObject({ action: "login", userId: user.id, ip: "127.0.0.1", detailJson: null, prevHash: "0".repeat(64), hashAlg: "sha256" });
    expect(first.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(second.prevHash).toBe(first.hash);
    expect(second).toMatchObject({ userId: null, targetType: "cycle", targetId: "7", detailJson: '{"total":"9007199254740993"}' });
    expect(second.id).toBeGreaterThan(first.id);
    expect(second.at).toBeGreaterThanOrEqual(first.at);
    t.close();
  });
});

describe("backupDatabase", () => {
  it.each(["handle", "path"] as const)("copies a WAL database from a %s, uncommitted-to-main-file pages included", async (kind) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-backup-"));
    try {
      const src = openDb(path.join(dir, "live.db"));
      upsertOrganisations(src.db, TREE); // sits in the WAL, not yet checkpointed
      const dest = path.join(dir, "out", "copy.db");
      const pages = await backupDatabase(kind === "handle" ? src.sqlite : path.join(dir, "live.db"), dest);
      expect(pages).toBeGreaterThan(0);
      const copy = new Database(dest, { readonly: true });
      expect(copy.prepare("select code from organisations order by code").pluck().all()).toEqual(TREE.map((o) => o.code).sort());
      expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
      copy.close();
      src.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
