import type { Action } from "./actions";
import { authorize } from "./authorize";
import type { TreeAccess } from "./tree-access";
import type { Actor, Target } from "./types";

/** A refused action; `reason` is Chinese and may be shown as is on a 403 page. */
export class ForbiddenError extends Error {
  readonly name = "ForbiddenError";
  readonly status = 403;
  constructor(
    readonly reason: string,
    readonly action: Action,
  ) {
    super(reason);
  }
}

/** Also recognises a ForbiddenError that crossed a module or serialisation boundary. */
export function isForbiddenError(error: unknown): error is ForbiddenError {
  return error instanceof ForbiddenError || (error instanceof Error && error.name === "ForbiddenError");
}

/**
 * `authorize`, throwing a `ForbiddenError` on refusal.
 * @throws ForbiddenError with the Chinese reason
 */
export function requireAllowed(actor: Actor, action: Action, target: Target, tree: TreeAccess): void {
  const decision = authorize(actor, action, target, tree);
  if (!decision.allowed) throw new ForbiddenError(decision.reason, action);
}
