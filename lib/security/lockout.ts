import { DEFAULT_SECURITY_POLICY, type SecurityPolicy } from "./security-policy";

/** What is stored per account: consecutive failures and, while locked, until when. */
export type LockoutState = { failedCount: number; lockedUntil: number | null };

export type LoginOutcome = "failure" | "success";

export type LockStatus = { locked: false; remainingMinutes: 0 } | { locked: true; remainingMinutes: number; message: string };

export const UNLOCKED: LockoutState = { failedCount: 0, lockedUntil: null };

const MINUTE_MS = 60_000;

/** "账户已锁定，请在N分钟后重试". */
export function lockoutMessage(remainingMinutes: number): string {
  return `账户已锁定，请在${remainingMinutes}分钟后重试`;
}

/**
 * Whether the account is locked at `now`, with the minutes left rounded up (14 min 1 s → 15).
 */
export function isLocked(state: LockoutState, now: number): LockStatus {
  if (state.lockedUntil === null || state.lockedUntil <= now) return { locked: false, remainingMinutes: 0 };
  const remainingMinutes = Math.ceil((state.lockedUntil - now) / MINUTE_MS);
  return { locked: true, remainingMinutes, message: lockoutMessage(remainingMinutes) };
}

/**
 * The state after one login attempt. `lockoutThreshold` consecutive failures lock the account for
 * `lockoutMinutes`; a success resets the count; an expired lock starts a fresh count.
 * While locked, attempts change nothing: the lock is not extended (an attacker could otherwise
 * keep a user out for good), and a correct password does not lift it. The caller must check
 * `isLocked` first and not even verify the password of a locked account.
 */
export function nextLockoutState(
  state: LockoutState,
  outcome: LoginOutcome,
  now: number,
  policy: Pick<SecurityPolicy, "lockoutThreshold" | "lockoutMinutes"> = DEFAULT_SECURITY_POLICY,
): LockoutState {
  if (isLocked(state, now).locked) return state;
  if (outcome === "success") return UNLOCKED;
  const failedCount = (state.lockedUntil === null ? state.failedCount : 0) + 1;
  if (failedCount >= policy.lockoutThreshold) return { failedCount, lockedUntil: now + policy.lockoutMinutes * MINUTE_MS };
  return { failedCount, lockedUntil: null };
}
