import { describe, expect, it } from "vitest";
import { appendAudit } from "@/db/mutations/audit";
import { createUser } from "@/db/mutations/users";
import { getUserById, getUserByUsername } from "@/db/queries/users";
import { count, dbWithTree } from "./helpers";

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
