import { ACTION_LABELS, type AdminAction } from "./actions";
import { ALLOW, deny } from "./decision";
import { ADMIN_PERMISSIONS } from "./permissions";
import { isAtOrBelow } from "./relation";
import { ADMIN_ROLES, isAdminRole, ROLE_NAMES } from "./roles";
import type { TreeAccess } from "./tree-access";
import type { Actor, Decision, Target } from "./types";

/**
 * An administration action: allowed to a holder of the one administrator role that has it,
 * granted on a root of the tree. A `user` target (user.manage only) must lie in that root's
 * tree and must not be the actor's own account: nobody administers themselves.
 */
export function authorizeAdmin(actor: Actor, action: AdminAction, target: Target, tree: TreeAccess): Decision {
  const label = ACTION_LABELS[action];
  if (target.kind === "org") return deny(`「${label}」是系统管理操作，不针对具体单位的数据`);
  if (target.kind === "user" && action !== "user.manage") return deny(`「${label}」不针对单个用户账户`);

  const roles = ADMIN_ROLES.filter((r) => ADMIN_PERMISSIONS[r].includes(action));
  const held = actor.grants.filter((g) => isAdminRole(g.role) && ADMIN_PERMISSIONS[g.role].includes(action));
  if (held.length === 0) return deny(`您没有「${label}」的权限（需要${roles.map((r) => ROLE_NAMES[r]).join("或")}角色）`);
  // An administrator grant is only valid on a root; anything else is a data error, not a scope.
  const valid = held.filter((g) => tree.parentOf(g.orgId) === null);
  if (valid.length === 0) return deny("管理员角色只有授予在根单位上才有效");

  if (target.kind === "user") {
    if (target.userId === actor.userId) return deny(`不能对本人账户执行「${label}」`);
    if (!valid.some((g) => isAtOrBelow(tree, g.orgId, target.orgId))) return deny("该用户不在您管理的组织机构范围内");
  }
  return ALLOW;
}
