import type { Decision } from "./types";

export const ALLOW: Decision = { allowed: true };

export function deny(reason: string): Decision {
  return { allowed: false, reason };
}

/** Joins the reasons of several grants into one refusal, each reason once. */
export function denyAll(reasons: string[]): Decision {
  return deny([...new Set(reasons)].join("；"));
}
