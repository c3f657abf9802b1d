import { DEFAULT_SECURITY_POLICY, type SecurityPolicy } from "./security-policy";

/** The times stored with a session, in epoch milliseconds. */
export type SessionTimes = { createdAt: number; lastSeenAt: number; revokedAt: number | null };

export type SessionState = "active" | "idle-expired" | "max-age-expired" | "revoked";

/** What the login page says when it was reached because the session ended. */
export const SESSION_END_MESSAGES = {
  "idle-expired": "长时间未操作，请重新登录",
  "max-age-expired": "登录时间已超过最长时限，请重新登录",
  revoked: "会话已注销，请重新登录",
} as const satisfies Record<Exclude<SessionState, "active">, string>;

/**
 * Whether a session may still be used at `now`. A revocation wins; then the absolute maximum age
 * (a stolen session cannot be kept alive by activity); then the idle timeout. A session ends once
 * more than the limit has passed (exactly the limit still counts).
 */
export function sessionState(
  session: SessionTimes,
  now: number,
  policy: Pick<SecurityPolicy, "idleMinutes" | "sessionMaxHours"> = DEFAULT_SECURITY_POLICY,
): SessionState {
  if (session.revokedAt !== null) return "revoked";
  if (now - session.createdAt > policy.sessionMaxHours * 3_600_000) return "max-age-expired";
  if (now - session.lastSeenAt > policy.idleMinutes * 60_000) return "idle-expired";
  return "active";
}
