import { authorize } from "./authorize";
import { isAdminRole, ROLE_NAMES, type Role } from "./roles";
import type { TreeAccess } from "./tree-access";
import type { Actor, Grant } from "./types";

/** The account receiving or losing a role. */
export type Grantee = { userId: number; orgId: number; disabled?: boolean };

export type GrantRequest = {
  granter: Actor;
  grantee: Grantee;
  /** The grantee's current grants. */
  granteeGrants: readonly Grant[];
  role: Role;
  orgId: number;
  tree: TreeAccess;
};

export type RevokeRequest = {
  revoker: Actor;
  grantee: Grantee;
  granteeGrants: readonly Grant[];
  role: Role;
  orgId: number;
  /** How many accounts hold 安全管理员 now, the grantee included. */
  secadminCount: number;
  tree: TreeAccess;
};

const names = (roles: readonly Role[]) => [...new Set(roles)].map((r) => ROLE_NAMES[r]).join("、");

/** Separation of duties for a role about to be added to what the grantee already holds. */
function separationProblems(held: readonly Role[], role: Role): string[] {
  const admins = held.filter((r) => isAdminRole(r) && r !== role);
  const business = held.filter((r) => !isAdminRole(r));
  if (isAdminRole(role)) {
    return [
      ...(admins.length ? [`该用户已担任${names(admins)}，同一人只能担任系统管理员、安全管理员、安全审计员中的一个（三员分立）`] : []),
      ...(business.length ? [`该用户已有业务角色（${names(business)}），不能再担任管理员角色`] : []),
    ];
  }
  const heldAdmins = held.filter(isAdminRole);
  return heldAdmins.length ? [`该用户已担任${names(heldAdmins)}，不能再担任业务角色`] : [];
}

/**
 * Everything wrong with granting `role` on `orgId` to `grantee`; empty when the grant may be
 * made. Only a 安全管理员 grants, never to themselves; at most one administrator role per person
 * and never together with a business role; business roles on the grantee's own unit (审核员
 * only where that unit has children); administrator roles on the root.
 * @returns Chinese problems, in a stable order
 */
export function checkGrant(req: GrantRequest): string[] {
  const { granter, grantee, granteeGrants, role, orgId, tree } = req;
  const problems: string[] = [];
  if (!authorize(granter, "grant.manage", { kind: "global" }, tree).allowed) problems.push("只有安全管理员可以授予角色");
  if (granter.userId === grantee.userId) problems.push("不能给自己授予角色");
  if (grantee.disabled) problems.push("该账户已停用，不能授予角色");
  if (granteeGrants.some((g) => g.role === role && g.orgId === orgId)) problems.push(`该用户在该单位上已是${ROLE_NAMES[role]}`);
  problems.push(...separationProblems(granteeGrants.map((g) => g.role), role));
  if (isAdminRole(role)) {
    if (tree.parentOf(orgId) !== null) problems.push("管理员角色只能授予在根单位上");
  } else {
    if (orgId !== grantee.orgId) problems.push("业务角色只能授予在用户所属的单位上");
    if (role === "reviewer" && !tree.hasChildren(orgId)) problems.push("审核员只能授予在有下级单位的单位上");
  }
  return problems;
}

/**
 * Everything wrong with revoking `role` on `orgId` from `grantee`; empty when it may be revoked.
 * Only a 安全管理员 revokes; nobody revokes their own administrator role; the last 安全管理员
 * keeps the role (otherwise nobody could grant again).
 * @returns Chinese problems, in a stable order
 */
export function checkRevoke(req: RevokeRequest): string[] {
  const { revoker, grantee, granteeGrants, role, orgId, secadminCount, tree } = req;
  const problems: string[] = [];
  if (!authorize(revoker, "grant.manage", { kind: "global" }, tree).allowed) problems.push("只有安全管理员可以撤销角色");
  if (!granteeGrants.some((g) => g.role === role && g.orgId === orgId)) problems.push(`该用户在该单位上没有${ROLE_NAMES[role]}角色`);
  if (isAdminRole(role) && revoker.userId === grantee.userId) problems.push("不能撤销本人的管理员角色");
  if (role === "secadmin" && secadminCount <= 1) problems.push("不能撤销最后一位安全管理员");
  return problems;
}
