import { randomBytes } from "node:crypto";
import { isAdminRole, type Role } from "@/lib/authz";
import {
  isLocked,
  lockoutMessage,
  newTotpSecret,
  nextLockoutState,
  SlidingWindowRateLimiter,
  totpQrDataUrl,
  totpUri,
  verifyTotp,
  type RateLimit,
} from "@/lib/security";
import { hashPassword, verifyPassword } from "@/lib/security/password";
import { getDb } from "@/db/client";
import { listGrantsForUser } from "@/db/queries/grants";
import { getUserById, getUserByUsername } from "@/db/queries/users";
import { recordLoginSuccess, setTotp, swapLoginState, useTotpStep, type LoginState } from "@/db/mutations/users";
import { createSession } from "@/db/mutations/sessions";
import { audit } from "../kernel/audit";
import { now as clockNow } from "../kernel/clock";
import { getSecurityPolicy } from "../security/policy";
import { issueTicket } from "./tickets";

export type LoginInput = { username: string; password: string; totp?: string };
export type ClientInfo = { ip: string | null; userAgent: string | null };

/** What the login form shows next. */
export type LoginStep =
  | { kind: "ok"; ticket: string }
  | { kind: "error"; message: string }
  | { kind: "totp"; message?: string }
  | { kind: "enroll"; secret: string; qrDataUrl: string; message?: string };

export const LOGIN_FAILED = "用户名或密码错误";
const TOTP_FAILED = "动态口令不正确或已使用过，请输入验证器上的新口令";

const g = globalThis as typeof globalThis & { __nianbaoLoginLimiter?: { key: string; limiter: SlidingWindowRateLimiter } };

/** One limiter per process, rebuilt when the 安全管理员 changes the limit. */
function limiterFor(limit: RateLimit): SlidingWindowRateLimiter {
  const key = JSON.stringify(limit);
  if (g.__nianbaoLoginLimiter?.key !== key) g.__nianbaoLoginLimiter = { key, limiter: new SlidingWindowRateLimiter(limit) };
  return g.__nianbaoLoginLimiter.limiter;
}

let dummyHash: Promise<string> | undefined;
/** Verified for unknown usernames so that they cost as long as a wrong password. */
function getDummyHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString("hex"));
  return dummyHash;
}

/**
 * Every check of a login, in order: the per-address rate limit (high: many units share one
 * 政务外网 NAT address), the account lockout, the password, then the second factor (required for
 * the three administrator roles, enrolled at their first login). Only when all pass is a
 * server-side session created; its one-time ticket is then exchanged with next-auth.
 */
export async function attemptLogin(input: LoginInput, client: ClientInfo): Promise<LoginStep> {
  const db = getDb();
  const policy = getSecurityPolicy(db);
  const now = clockNow();
  const base = { username: input.username, ip: client.ip };

  const rate = limiterFor(policy.ipRateLimit).hit(client.ip ?? "unknown", now);
  if (!rate.allowed) {
    audit(db, { at: now, ...base, action: "login.rate_limited", detail: { retryAfterSeconds: rate.retryAfterSeconds } });
    return { kind: "error", message: `该地址登录尝试过多，请${Math.ceil(rate.retryAfterSeconds / 60)}分钟后再试` };
  }

  const user = getUserByUsername(db, input.username);
  if (!user) {
    await verifyPassword(await getDummyHash(), input.password);
    audit(db, { at: now, ...base, action: "login.failure", detail: { reason: "unknown_user" } });
    return { kind: "error", message: LOGIN_FAILED };
  }
  // The attempt is counted as a failure before the slow hash runs, atomically: parallel wrong
  // passwords each take one of the threshold's slots, and once the account locks the rest are
  // refused without a hash. A correct password gives the slot back (or resets the count).
  const claim = claimAttempt(user.id);
  if (!claim.ok) {
    audit(db, { at: now, ...base, userId: user.id, action: "login.locked", detail: { lockedUntil: claim.lockedUntil } });
    return { kind: "error", message: claim.message };
  }

  const passwordOk = await verifyPassword(user.passwordHash, input.password);
  if (!passwordOk) return failed(user.id, claim.after, "wrong_password", LOGIN_FAILED);
  if (user.disabled) {
    audit(db, { at: now, ...base, userId: user.id, action: "login.failure", detail: { reason: "disabled" } });
    return { kind: "error", message: "账户已停用，请联系系统管理员" };
  }

  // Second factor.
  const roles = listGrantsForUser(db, user.id).map((gr) => gr.role as Role);
  const mustUseTotp = user.totpEnabled || (policy.totpRequiredForAdmins && roles.some(isAdminRole));
  if (mustUseTotp) {
    let secret = user.totpSecret;
    if (!user.totpEnabled && !secret) {
      secret = newTotpSecret();
      setTotp(db, user.id, { secret, enabled: false });
    }
    const enrolling = !user.totpEnabled;
    const ask = async (message?: string): Promise<LoginStep> =>
      enrolling
        ? { kind: "enroll", secret: secret!, qrDataUrl: await totpQrDataUrl(totpUri({ secret: secret!, username: user.username })), message }
        : { kind: "totp", message };
    const code = (input.totp ?? "").replace(/\s/g, "");
    if (!code) {
      // The password was right: asking for the code is no failure.
      swapLoginState(db, user.id, claim.after, claim.before);
      return ask();
    }
    const check = verifyTotp(secret!, code, now);
    if (!check.ok || !useTotpStep(db, user.id, check.step)) {
      const step = failed(user.id, claim.after, "wrong_totp", TOTP_FAILED);
      return step.message === TOTP_FAILED ? ask(TOTP_FAILED) : step;
    }
    if (enrolling) {
      setTotp(db, user.id, { secret: secret!, enabled: true });
      useTotpStep(db, user.id, check.step);
      audit(db, { at: now, ...base, userId: user.id, action: "totp.enable", targetType: "user", targetId: user.id });
    }
  }

  recordLoginSuccess(db, user.id, now);
  const sid = randomBytes(24).toString("base64url");
  createSession(db, { id: sid, userId: user.id, at: now, ip: client.ip, userAgent: client.userAgent });
  audit(db, { at: now, ...base, userId: user.id, action: "login.success", targetType: "session", targetId: sid });
  return { kind: "ok", ticket: issueTicket(sid, user.id, now) };

  /** Takes one failure slot for this attempt; refused while the account is locked. */
  function claimAttempt(userId: number): { ok: true; before: LoginState; after: LoginState } | { ok: false; lockedUntil: number | null; message: string } {
    for (;;) {
      const row = getUserById(db, userId)!;
      const before: LoginState = { failedLogins: row.failedLogins, lockedUntil: row.lockedUntil };
      const lock = isLocked({ failedCount: before.failedLogins, lockedUntil: before.lockedUntil }, now);
      if (lock.locked) return { ok: false, lockedUntil: before.lockedUntil, message: lock.message };
      const next = nextLockoutState({ failedCount: before.failedLogins, lockedUntil: before.lockedUntil }, "failure", now, policy);
      const after: LoginState = { failedLogins: next.failedCount, lockedUntil: next.lockedUntil };
      // Another process wrote in between: read again.
      if (swapLoginState(db, userId, before, after)) return { ok: true, before, after };
    }
  }

  /** A failed attempt (already counted by its claim): audited, and the lock announced when it locked. */
  function failed(userId: number, after: LoginState, reason: string, message: string): LoginStep & { kind: "error" } {
    audit(db, { at: now, ...base, userId, action: "login.failure", detail: { reason, failedCount: after.failedLogins } });
    if (after.lockedUntil !== null) {
      audit(db, { at: now, ...base, userId, action: "login.lockout", targetType: "user", targetId: userId, detail: { lockedUntil: after.lockedUntil } });
      return { kind: "error", message: lockoutMessage(policy.lockoutMinutes) };
    }
    return { kind: "error", message };
  }
}
