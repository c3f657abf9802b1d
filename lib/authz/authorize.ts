import { isBusinessAction, type Action } from "./actions";
import { authorizeAdmin } from "./authorize-admin";
import { authorizeBusiness } from "./authorize-business";
import { deny } from "./decision";
import type { TreeAccess } from "./tree-access";
import type { Actor, Decision, Target } from "./types";

/**
 * The one authorisation decision of the app: may `actor` do `action` to `target`?
 * Pure; every server action and route asks it (through `requireAllowed`) before touching data.
 * @param actor the signed-in user with their grants
 * @param action what they want to do
 * @param target a unit (business actions), the system, or a user account (user.manage)
 * @param tree the organisation tree (`treeAccess(orgTree)` or `treeAccessFromParents(map)`)
 * @returns `{ allowed: true }`, or `{ allowed: false, reason }` with a Chinese reason
 */
export function authorize(actor: Actor, action: Action, target: Target, tree: TreeAccess): Decision {
  if (actor.disabled) return deny("账户已停用，不能执行任何操作");
  return isBusinessAction(action) ? authorizeBusiness(actor, action, target, tree) : authorizeAdmin(actor, action, target, tree);
}
