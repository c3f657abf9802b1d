import { checkRevoke, ROLE_NAMES, treeAccessFromParents, type Grant, type Role } from "@/lib/authz";
import { grantOptions } from "@/lib/validation/grant-options";
import { countActiveHolders, listAllGrants } from "@/db/queries/grants";
import { listOrganisations } from "@/db/queries/orgs";
import { listUsers } from "@/db/queries/users";
import type { Grantable, GrantRow } from "@/lib/contracts/grants";
import type { ReadContext } from "../kernel/read";

/**
 * What the grants page (grant.manage) shows the user: every grant with the reasons it may not be
 * revoked, and every account with the (role, unit) pairs checkGrant allows, so the form offers
 * nothing else.
 */
export function loadGrantsPage(ctx: ReadContext): { grants: GrantRow[]; grantables: Grantable[] } {
  ctx.require("grant.manage", { kind: "global" });
  const { db, user: me } = ctx;
  const orgs = listOrganisations(db);
  const orgName = new Map(orgs.map((o) => [o.id, o.name]));
  const tree = treeAccessFromParents(new Map(orgs.map((o) => [o.id, o.parentId])));
  const rootIds = orgs.filter((o) => o.parentId === null && o.active).map((o) => o.id);
  const users = listUsers(db);
  const userById = new Map(users.map((u) => [u.id, u]));
  const all = listAllGrants(db);
  const held = new Map<number, Grant[]>();
  for (const g of all) held.set(g.userId, [...(held.get(g.userId) ?? []), { role: g.role as Role, orgId: g.orgId }]);
  const secadminCount = countActiveHolders(db, "secadmin");

  const grants = all.map((g): GrantRow => {
    const user = userById.get(g.userId);
    const role = g.role as Role;
    return {
      id: g.id,
      username: g.username,
      displayName: g.displayName,
      role,
      roleName: ROLE_NAMES[role] ?? g.role,
      orgCode: g.orgCode,
      orgName: g.orgName,
      grantedAt: g.grantedAt,
      revokeProblems: checkRevoke({
        revoker: me.actor,
        grantee: { userId: g.userId, orgId: user?.orgId ?? g.orgId, disabled: user?.disabled },
        granteeGrants: held.get(g.userId) ?? [],
        role,
        orgId: g.orgId,
        secadminCount,
        tree,
      }),
    };
  });

  const grantables = users
    .filter((u) => !u.disabled && u.id !== me.id)
    .map((u): Grantable => ({
      userId: u.id,
      label: `${u.displayName}（${u.username}，${u.orgName}）`,
      options: grantOptions({ granter: me.actor, grantee: { userId: u.id, orgId: u.orgId, disabled: u.disabled }, granteeGrants: held.get(u.id) ?? [], tree, rootIds }).map(
        (o) => ({ ...o, roleName: ROLE_NAMES[o.role], orgName: orgName.get(o.orgId) ?? String(o.orgId) }),
      ),
    }))
    .filter((g) => g.options.length > 0);
  return { grants, grantables };
}
