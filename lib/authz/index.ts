/** Roles, actions and the one authorisation decision; framework-free. */
export {
  ACTION_LABELS,
  ACTIONS,
  ADMIN_ACTIONS,
  BUSINESS_ACTIONS,
  isBusinessAction,
  type Action,
  type AdminAction,
  type BusinessAction,
} from "./actions";
export {
  ADMIN_ROLES,
  BUSINESS_ROLES,
  isAdminRole,
  isBusinessRole,
  ROLE_NAMES,
  ROLES,
  roleSchema,
  type AdminRole,
  type BusinessRole,
  type Role,
} from "./roles";
export { ADMIN_PERMISSIONS, BUSINESS_PERMISSIONS } from "./permissions";
export { ancestorsOf, isAtOrBelow, RELATION_NAMES, relationOf, type Relation } from "./relation";
export { treeAccess, treeAccessFromParents, type TreeAccess } from "./tree-access";
export type { Actor, Decision, Grant, Target } from "./types";
export { authorize } from "./authorize";
export { ForbiddenError, isForbiddenError, requireAllowed } from "./require-allowed";
export { visibleOrgIds } from "./visible-orgs";
export { checkGrant, checkRevoke, type GrantRequest, type Grantee, type RevokeRequest } from "./grant-policy";
