import { describe, expect, test } from "vitest";
import { DEFAULT_SECURITY_POLICY, SESSION_END_MESSAGES, sessionState, type SessionState } from "@/lib/security";

const T0 = Date.UTC(2019, 0, 15, 1, 0, 0);
const MIN = 60_000;
const HOUR = 60 * MIN;

describe("sessionState with the default policy (idle 30 min, at most 12 h)", () => {
  test.each<{ label: string; lastSeen: number; revoked?: number; now: number; expected: SessionState }>([
    { label: "just used", lastSeen: 0, now: 1, expected: "active" },
    { label: "idle exactly 30 minutes", lastSeen: 0, now: 30 * MIN, expected: "active" },
    { label: "idle 30 minutes and 1 ms", lastSeen: 0, now: 30 * MIN + 1, expected: "idle-expired" },
    { label: "busy for 11 h 59 min", lastSeen: 11 * HOUR + 50 * MIN, now: 11 * HOUR + 59 * MIN, expected: "active" },
    { label: "busy, but 12 h and 1 ms after login", lastSeen: 12 * HOUR, now: 12 * HOUR + 1, expected: "max-age-expired" },
    { label: "revoked, even if just used", lastSeen: 0, revoked: 0, now: 1, expected: "revoked" },
    { label: "revoked wins over idle and age", lastSeen: 0, revoked: 5, now: 13 * HOUR, expected: "revoked" },
  ])("$label → $expected", ({ lastSeen, revoked, now, expected }) => {
    const session = { createdAt: T0, lastSeenAt: T0 + lastSeen, revokedAt: revoked === undefined ? null : T0 + revoked };
    expect(sessionState(session, T0 + now)).toBe(expected);
  });

  test("another policy: idle 5 minutes, at most 1 hour", () => {
    const policy = { ...DEFAULT_SECURITY_POLICY, idleMinutes: 5, sessionMaxHours: 1 };
    expect(sessionState({ createdAt: T0, lastSeenAt: T0, revokedAt: null }, T0 + 6 * MIN, policy)).toBe("idle-expired");
    expect(sessionState({ createdAt: T0, lastSeenAt: T0 + 59 * MIN, revokedAt: null }, T0 + 61 * MIN, policy)).toBe("max-age-expired");
  });

  test("every ended state has a message for the login page", () => {
    expect(Object.keys(SESSION_END_MESSAGES).sort()).toEqual(["idle-expired", "max-age-expired", "revoked"]);
  });
});
