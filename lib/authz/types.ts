import type { Role } from "./roles";

/** A role held on a unit of the organisation tree. */
export type Grant = { role: Role; orgId: number };

/** The person acting: their unit, their grants, and whether the account is disabled. */
export type Actor = { userId: number; orgId: number; grants: readonly Grant[]; disabled?: boolean };

/** What an action is done to: a unit's data, the whole system, or one user account. */
export type Target = { kind: "org"; orgId: number } | { kind: "global" } | { kind: "user"; userId: number; orgId: number };

/** The answer of `authorize`; a refusal carries a Chinese reason fit for a 403 page. */
export type Decision = { allowed: true } | { allowed: false; reason: string };
