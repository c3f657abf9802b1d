import { isAdminRole, roleSchema, ROLE_NAMES, type Role } from "@/lib/authz";
import type { Db } from "../../db/client";
import { getOrganisationByCode, getOrganisationById, listOrganisations } from "../../db/queries/orgs";
import { getUserByUsername } from "../../db/queries/users";
import { grantRole as grantRoleCommand } from "../../server/grants/grant";
import { parse } from "../args";
import { runAsConsole } from "../console";
import { RefusedError, say, UsageError } from "../io";

export const usage =
  "role:grant --username U --role ROLE [--org CODE]\n" +
  "                                 授予角色（filler 填报员、signer 负责人、reviewer 审核员、sysadmin 系统管理员、secadmin 安全管理员、auditor 安全审计员）";

/**
 * Grants a role from the server's console through the web page's command (server/grants/grant.ts:
 * the same separation-of-duties rules, lib/authz's checkGrant); the console stands in for a
 * 安全管理员 at the root. Without --org, an administrator role is granted at the root and a
 * business role at the user's own unit. Used to set up the first administrators. Answers the
 * line to print.
 */
export async function grantRole(db: Db, username: string, role: Role, orgCode?: string): Promise<string> {
  const user = getUserByUsername(db, username);
  if (!user) throw new RefusedError(`用户 ${username} 不存在`);
  const org = orgCode
    ? getOrganisationByCode(db, orgCode)
    : isAdminRole(role)
      ? (listOrganisations(db).find((o) => o.parentId === null && o.active) ?? null)
      : getOrganisationById(db, user.orgId);
  if (!org) throw new RefusedError(orgCode ? `单位代码 ${orgCode} 不存在` : "没有根单位，请先导入单位");
  await runAsConsole(db, grantRoleCommand, { userId: user.id, role, orgId: org.id });
  return `已授予 ${username} ${ROLE_NAMES[role]}（${org.name}）。`;
}

export function parseRole(value: string | undefined): Role {
  if (!value) throw new UsageError("缺少 --role");
  const parsed = roleSchema.safeParse(value);
  if (!parsed.success) throw new UsageError(`未知的角色 ${value}；可用：${Object.keys(ROLE_NAMES).join("、")}`);
  return parsed.data;
}

export async function run(db: Db, argv: string[]): Promise<void> {
  const { values } = parse(argv, { username: { type: "string" }, role: { type: "string" }, org: { type: "string" } }, 0);
  if (!values.username) throw new UsageError("缺少 --username");
  say(await grantRole(db, values.username, parseRole(values.role), values.org));
}
