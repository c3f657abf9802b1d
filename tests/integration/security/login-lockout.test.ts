import { beforeEach, describe, expect, test, vi } from "vitest";
import { dbWithTree } from "../db/helpers";

/**
 * The account lockout under parallel attempts: wrong passwords sent at once must not slip past the
 * threshold while their hashes are being computed (each attempt is counted before its hash), and
 * a locked account is refused without a hash.
 */
const t = dbWithTree();
const hashes = vi.hoisted(() => ({ verified: 0 }));

vi.mock("@/db/client", async (importOriginal) => ({ ...(await importOriginal<typeof import("@/db/client")>()), getDb: () => t.db }));
vi.mock("@/lib/security/password", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/security/password")>();
  return {
    ...real,
    verifyPassword: async (hash: string, password: string) => {
      hashes.verified += 1;
      return real.verifyPassword(hash, password);
    },
  };
});

const { attemptLogin, LOGIN_FAILED } = await import("@/server/login/attempt-login");
const { hashPassword } = await import("@/lib/security/password");
const { createUser } = await import("@/db/mutations/users");
const { getUserByUsername } = await import("@/db/queries/users");
const { setClockOffset } = await import("@/server/kernel/clock");

const PASSWORD = "Correct#Horse2026";
const passwordHash = await hashPassword(PASSWORD);
let n = 0;

/** A fresh account for each test, so their locks do not meet. */
function account(): string {
  n += 1;
  const username = `victim${n}`;
  createUser(t.db, { username, displayName: "受害者", passwordHash, orgId: t.id("D1") });
  return username;
}

/** Each attempt from its own address, so the per-address limit does not hide the account's. */
const from = (i: number) => ({ ip: `10.9.${Math.floor(i / 250)}.${i % 250}`, userAgent: "vitest" });

function auditCount(action: string, username: string): number {
  return (t.sqlite.prepare("select count(*) from audit_log where action = ? and username = ?").pluck().get(action, username) as number);
}

describe("account lockout under parallel wrong passwords", () => {
  beforeEach(() => {
    hashes.verified = 0;
    process.env.NIANBAO_TEST_HOOKS = "1";
    setClockOffset(0);
  });

  test("30 wrong passwords at once: 5 are checked, the account locks, the right password is then refused", async () => {
    const username = account();
    const results = await Promise.all(Array.from({ length: 30 }, (_, i) => attemptLogin({ username, password: `wrong-${i}` }, from(i))));
    expect(hashes.verified).toBe(5);
    expect(results.filter((r) => r.kind === "error" && r.message === LOGIN_FAILED)).toHaveLength(4);
    expect(results.filter((r) => r.kind === "error" && r.message.startsWith("账户已锁定"))).toHaveLength(26);
    const row = getUserByUsername(t.db, username)!;
    expect(row.failedLogins).toBe(5);
    expect(row.lockedUntil).not.toBeNull();
    expect(auditCount("login.failure", username)).toBe(5);
    expect(auditCount("login.lockout", username)).toBe(1);
    expect(auditCount("login.locked", username)).toBe(25);

    hashes.verified = 0;
    const right = await attemptLogin({ username, password: PASSWORD }, from(99));
    expect(right).toMatchObject({ kind: "error", message: expect.stringMatching(/^账户已锁定，请在15分钟后重试$/) });
    expect(hashes.verified).toBe(0);
  });

  test("a burst of 20 checks no more passwords than the threshold", async () => {
    const username = account();
    await Promise.all(Array.from({ length: 20 }, (_, i) => attemptLogin({ username, password: `guess-${i}` }, from(i))));
    expect(hashes.verified).toBeLessThanOrEqual(5);
  });

  test("the right password among parallel wrong ones, before the lock, logs in and resets the count", async () => {
    const username = account();
    const [ok] = await Promise.all([attemptLogin({ username, password: PASSWORD }, from(1)), attemptLogin({ username, password: "nope" }, from(2))]);
    expect(ok!.kind).toBe("ok");
    await attemptLogin({ username, password: "nope-again" }, from(3));
    expect(getUserByUsername(t.db, username)!.failedLogins).toBeLessThanOrEqual(2);
  });

  test("the lock ends after the lockout time and the right password works again", async () => {
    const username = account();
    for (let i = 0; i < 5; i++) await attemptLogin({ username, password: `wrong-${i}` }, from(i));
    expect(getUserByUsername(t.db, username)!.lockedUntil).not.toBeNull();
    setClockOffset(16 * 60_000);
    expect((await attemptLogin({ username, password: PASSWORD }, from(50))).kind).toBe("ok");
    expect(getUserByUsername(t.db, username)).toMatchObject({ failedLogins: 0, lockedUntil: null });
  });

  test("an unknown username costs a hash and says the same as a wrong password", async () => {
    const result = await attemptLogin({ username: "nobody-here", password: "whatever" }, from(7));
    expect(result).toEqual({ kind: "error", message: LOGIN_FAILED });
    expect(hashes.verified).toBe(1);
  });
});
