/** A save's answer as the autosave reads it: the new version, or the HTTP status and message. */
export type SaveAnswer = { ok: true; version: number; changed?: boolean } | { ok: false; status: number; error: string };

/** What autosave does after an answer. */
export type NextStep =
  | { kind: "saved" }
  /** The session ended: stop, keep the value in the browser until the person logs in again. */
  | { kind: "unauthorized" }
  /** Someone saved a newer version: stop and let the person choose. */
  | { kind: "conflict" }
  /** The server will not take it (already submitted, no permission, refused): stop and say why. */
  | { kind: "blocked"; message: string }
  /** Server or network trouble: try again after `waitMs`. */
  | { kind: "retry"; waitMs: number };

export const FIRST_RETRY_MS = 2000;
export const MAX_RETRY_MS = 30_000;

/** The wait before retry number `attempt` (0-based): doubling from 2 s, at most 30 s. */
export function retryDelay(attempt: number): number {
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** attempt);
}

/** What to do after a save's answer, `attempt` being the number of failed tries before it. */
export function nextStep(answer: SaveAnswer, attempt: number): NextStep {
  if (answer.ok) return { kind: "saved" };
  if (answer.status === 401) return { kind: "unauthorized" };
  if (answer.status === 409) return { kind: "conflict" };
  if (answer.status === 403 || answer.status === 404 || answer.status === 422) return { kind: "blocked", message: answer.error };
  return { kind: "retry", waitMs: retryDelay(attempt) };
}
