import { authorize, type Action, type Target } from "@/lib/authz";
import type { Db } from "@/db/client";
import { currentTreeAccess } from "../orgs/tree";
import type { Caller } from "./caller";

/** `authorize` against today's tree; the system caller (the CLI) is allowed. */
export function can(db: Db, caller: Caller, action: Action, target: Target): boolean {
  if (caller.system) return true;
  return authorize(caller.actor, action, target, currentTreeAccess(db)).allowed;
}
