import { ACTION_LABELS, type BusinessAction } from "./actions";
import { ALLOW, deny, denyAll } from "./decision";
import { BUSINESS_PERMISSIONS } from "./permissions";
import { RELATION_NAMES, relationOf, type Relation } from "./relation";
import { BUSINESS_ROLES, isBusinessRole, ROLE_NAMES } from "./roles";
import type { TreeAccess } from "./tree-access";
import type { Actor, Decision, Target } from "./types";

/** "本单位", "直属下级单位", "本单位及其所有下级单位". */
function scopeText(relations: readonly Relation[]): string {
  if (relations.includes("own") && relations.includes("descendant")) return "本单位及其所有下级单位";
  return relations.map((r) => RELATION_NAMES[r]).join("、");
}

/**
 * A business action on a unit: allowed when one of the actor's business grants covers the
 * target. A grant counts only on the actor's own unit (a stale grant left behind after a move
 * grants nothing), and a reviewer grant only on a unit that has children.
 */
export function authorizeBusiness(actor: Actor, action: BusinessAction, target: Target, tree: TreeAccess): Decision {
  const label = ACTION_LABELS[action];
  if (target.kind !== "org") return deny(`「${label}」须针对一个具体单位`);
  const reasons: string[] = [];
  for (const grant of actor.grants) {
    if (!isBusinessRole(grant.role)) continue;
    const relations = BUSINESS_PERMISSIONS[grant.role][action];
    if (!relations) continue;
    const roleName = ROLE_NAMES[grant.role];
    if (grant.orgId !== actor.orgId) {
      reasons.push(`您的${roleName}角色不在本人所属的单位上，不产生权限`);
    } else if (grant.role === "reviewer" && !tree.hasChildren(grant.orgId)) {
      reasons.push("审核员角色授予在没有下级单位的单位上，不产生权限");
    } else if (relations.includes(relationOf(tree, grant.orgId, target.orgId))) {
      return ALLOW;
    } else {
      reasons.push(`${roleName}只能对${scopeText(relations)}执行「${label}」`);
    }
  }
  if (reasons.length > 0) return denyAll(reasons);
  const needed = BUSINESS_ROLES.filter((r) => BUSINESS_PERMISSIONS[r][action]).map((r) => ROLE_NAMES[r]);
  return deny(`您没有「${label}」的权限（需要${needed.join("或")}角色）`);
}
