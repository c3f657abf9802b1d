import { afterEach, describe, expect, test } from "vitest";
import { createUser, setLoginState, setPasswordHash, setTotp, useTotpStep } from "@/db/mutations/users";
import { addGrant, removeGrant } from "@/db/mutations/grants";
import { createSession, revokeSession, revokeUserSessions, touchSession } from "@/db/mutations/sessions";
import { putSetting } from "@/db/mutations/settings";
import { countActiveHolders, listGrantsForUser } from "@/db/queries/grants";
import { getSession } from "@/db/queries/sessions";
import { getSetting } from "@/db/queries/settings";
import { getUserById, listUsers } from "@/db/queries/users";
import { dbWithTree } from "./helpers";

let opened: ReturnType<typeof dbWithTree>;
afterEach(() => opened?.close());

function setup() {
  opened = dbWithTree();
  const user = createUser(opened.db, { username: "u1", displayName: "甲", passwordHash: "h1", orgId: opened.id("L1") });
  return { db: opened.db, user };
}

describe("accounts in the database", () => {
  test("a password change keeps the previous hash, clears the lockout and sets the must-change flag as asked", () => {
    const { db, user } = setup();
    setLoginState(db, user.id, { failedLogins: 5, lockedUntil: 1000 });
    setPasswordHash(db, user.id, "h2", { mustChange: true, at: 500 });
    const u = getUserById(db, user.id)!;
    expect([u.passwordHash, u.previousPasswordHash, u.mustChangePassword, u.failedLogins, u.lockedUntil, u.passwordChangedAt]).toEqual(["h2", "h1", true, 0, null, 500]);
  });

  test("a TOTP step can be used once, and only steps after it afterwards", () => {
    const { db, user } = setup();
    setTotp(db, user.id, { secret: "ABC", enabled: true });
    expect(useTotpStep(db, user.id, 100)).toBe(true);
    expect(useTotpStep(db, user.id, 100)).toBe(false);
    expect(useTotpStep(db, user.id, 99)).toBe(false);
    expect(useTotpStep(db, user.id, 101)).toBe(true);
  });

  test("sessions: touch moves the idle clock; revoking one or all of a user's sessions sticks", () => {
    const { db, user } = setup();
    createSession(db, { id: "s1", userId: user.id, at: 10, ip: "127.0.0.1", userAgent: null });
    createSession(db, { id: "s2", userId: user.id, at: 20, ip: null, userAgent: null });
    touchSession(db, "s1", 50);
    expect(getSession(db, "s1")!.lastSeenAt).toBe(50);
    revokeSession(db, "s1", 60, "logout");
    touchSession(db, "s1", 70);
    expect(getSession(db, "s1")).toMatchObject({ lastSeenAt: 50, revokedAt: 60, revokedReason: "logout" });
    expect(revokeUserSessions(db, user.id, 80, "password")).toBe(1);
    expect(getSession(db, "s2")).toMatchObject({ revokedAt: 80, revokedReason: "password" });
  });

  test("grants: one per (user, role, node); counted for active holders only", () => {
    const { db, user } = setup();
    const g = addGrant(db, { userId: user.id, role: "secadmin", orgId: opened.id("R"), grantedBy: null, at: 1 });
    expect(() => addGrant(db, { userId: user.id, role: "secadmin", orgId: opened.id("R"), grantedBy: null, at: 2 })).toThrow(/UNIQUE/);
    expect(listGrantsForUser(db, user.id).map((x) => [x.role, x.orgCode])).toEqual([["secadmin", "R"]]);
    expect(countActiveHolders(db, "secadmin")).toBe(1);
    expect(removeGrant(db, g.id)).toBe(true);
    expect(countActiveHolders(db, "secadmin")).toBe(0);
  });

  test("settings round-trip as JSON; users list without secrets", () => {
    const { db } = setup();
    expect(getSetting(db, "security_policy")).toBeNull();
    putSetting(db, "security_policy", { minLength: 12 }, null, 1);
    putSetting(db, "security_policy", { minLength: 14 }, null, 2);
    expect(getSetting(db, "security_policy")).toEqual({ minLength: 14 });
    const rows = listUsers(db);
    expect(rows).toHaveLength(1);
    expect(Object.keys(rows[0]!)).not.toContain("passwordHash");
    expect(rows[0]).toMatchObject({ username: "u1", orgCode: "L1" });
    expect(listUsers(db, [opened.id("R")])).toEqual([]);
  });
});
