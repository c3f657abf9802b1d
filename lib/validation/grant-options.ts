import { checkGrant } from "../authz/grant-policy";
import { isAdminRole, ROLES, type Role } from "../authz/roles";
import type { TreeAccess } from "../authz/tree-access";
import type { Actor, Grant } from "../authz/types";
import type { Grantee } from "../authz/grant-policy";

export type GrantOption = { role: Role; orgId: number };

/**
 * The (role, unit) pairs the grant form may offer for `grantee`: for each role, the units
 * checkGrant would accept (administrator roles on a root, business roles on the grantee's own
 * unit), and only those checkGrant finds nothing wrong with. The server checks again.
 * @param rootIds the roots of today's tree
 */
export function grantOptions(req: { granter: Actor; grantee: Grantee; granteeGrants: readonly Grant[]; tree: TreeAccess; rootIds: readonly number[] }): GrantOption[] {
  const out: GrantOption[] = [];
  for (const role of ROLES) {
    const orgIds = isAdminRole(role) ? req.rootIds : [req.grantee.orgId];
    for (const orgId of orgIds) {
      if (checkGrant({ granter: req.granter, grantee: req.grantee, granteeGrants: req.granteeGrants, role, orgId, tree: req.tree }).length === 0) {
        out.push({ role, orgId });
      }
    }
  }
  return out;
}
