/**
 * Password, lockout, session, rate-limit and TOTP policy; framework-free.
 * Password hashing (./password) is left out on purpose: it loads a native module, and forms in
 * the browser import this index for the password and policy schemas. Import it directly.
 */
export { DEFAULT_SECURITY_POLICY, POLICY_LIMITS, securityPolicySchema, type SecurityPolicy } from "./security-policy";
export { characterClassCount, passwordProblems, passwordSchema, type PasswordCandidate } from "./password-policy";
export { isLocked, lockoutMessage, nextLockoutState, UNLOCKED, type LockoutState, type LockStatus, type LoginOutcome } from "./lockout";
export { SlidingWindowRateLimiter, type RateLimit, type RateLimitDecision } from "./rate-limit";
export { clientAddress, normalizeAddress, type HeaderReader } from "./client-address";
export { newTotpSecret, TOTP_ISSUER, totpQrDataUrl, totpUri, verifyTotp, type TotpCheck } from "./totp";
export { SESSION_END_MESSAGES, sessionState, type SessionState, type SessionTimes } from "./session-policy";
