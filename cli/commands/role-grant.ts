import { checkGrant, isAdminRole, roleSchema, ROLE_NAMES, treeAccessFromParents, type Grant, type Role } from "@/lib/authz";
import type { Db } from "../../db/client";
import { listOrganisations } from "../../db/queries/orgs";
import { getUserByUsername } from "../../db/queries/users";
import { listGrantsForUser } from "../../db/queries/grants";
import { addGrant } from "../../db/mutations/grants";
import { appendAudit } from "../../db/mutations/audit";
import { parse } from "../args";
import { RefusedError, say, UsageError } from "../io";

export const usage =
  "role:grant --username U --role ROLE [--org CODE]\n" +
  "                                 授予角色（filler 填报员、signer 负责人、reviewer 审核员、sysadmin 系统管理员、secadmin 安全管理员、auditor 安全审计员）";

/**
 * Grants a role from the server's console, with the same separation-of-duties rules as the web
 * page (lib/authz/grant-policy); the console stands in for a 安全管理员 (whoever runs it can
 * read the database file anyway). Used to set up the first administrators.
 */
export function grantRole(db: Db, username: string, role: Role, orgCode?: string): void {
  const user = getUserByUsername(db, username);
  if (!user) throw new RefusedError(`用户 ${username} 不存在`);
  const orgs = listOrganisations(db);
  const tree = treeAccessFromParents(new Map(orgs.map((o) => [o.id, o.parentId])));
  const root = orgs.find((o) => o.parentId === null && o.active);
  const org = orgCode ? orgs.find((o) => o.code === orgCode) : isAdminRole(role) ? root : orgs.find((o) => o.id === user.orgId);
  if (!org) throw new RefusedError(orgCode ? `单位代码 ${orgCode} 不存在` : "没有根单位，请先导入单位");
  const granteeGrants: Grant[] = listGrantsForUser(db, user.id).map((g) => ({ role: g.role as Role, orgId: g.orgId }));
  const consoleActor = { userId: 0, orgId: org.id, grants: [{ role: "secadmin" as const, orgId: root?.id ?? org.id }] };
  const problems = checkGrant({ granter: consoleActor, grantee: { userId: user.id, orgId: user.orgId, disabled: user.disabled }, granteeGrants, role, orgId: org.id, tree });
  if (problems.length) throw new RefusedError(`不能授予${ROLE_NAMES[role]}：`, problems);
  addGrant(db, { userId: user.id, role, orgId: org.id, grantedBy: null, at: Date.now() });
  appendAudit(db, { action: "grant.add", username: "cli", targetType: "user", targetId: user.id, detail: { username, role, org: org.code } });
  say(`已授予 ${username} ${ROLE_NAMES[role]}（${org.name}）。`);
}

export function parseRole(value: string | undefined): Role {
  if (!value) throw new UsageError("缺少 --role");
  const parsed = roleSchema.safeParse(value);
  if (!parsed.success) throw new UsageError(`未知的角色 ${value}；可用：${Object.keys(ROLE_NAMES).join("、")}`);
  return parsed.data;
}

export function run(db: Db, argv: string[]): void {
  const { values } = parse(argv, { username: { type: "string" }, role: { type: "string" }, org: { type: "string" } }, 0);
  if (!values.username) throw new UsageError("缺少 --username");
  grantRole(db, values.username, parseRole(values.role), values.org);
}
