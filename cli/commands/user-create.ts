import type { Role } from "@/lib/authz";
import type { Db } from "../../db/client";
import { getOrganisationByCode } from "../../db/queries/orgs";
import { createUser } from "../../server/users/create";
import { grantRole, parseRole } from "./role-grant";
import { parse } from "../args";
import { inOneTransaction, runAsConsole } from "../console";
import { say, UsageError } from "../io";

export const usage =
  "user:create --username U --password P --org CODE --name NAME [--must-change] [--role ROLE …]\n" +
  "                                 创建用户（首个系统管理员也用它）";

/**
 * Creates the account with the web page's command (server/users/create.ts: username rules, the
 * password policy in force, an active unit) and grants the roles with role:grant's, all in one
 * transaction: a refused role leaves no half-made user.
 */
export async function run(db: Db, argv: string[]): Promise<void> {
  const { values } = parse(
    argv,
    {
      username: { type: "string" },
      password: { type: "string" },
      org: { type: "string" },
      name: { type: "string" },
      "must-change": { type: "boolean" },
      role: { type: "string", multiple: true },
    },
    0,
  );
  for (const k of ["username", "password", "org", "name"] as const) if (!values[k]) throw new UsageError(`缺少 --${k}`);
  const roles = (values.role ?? []).map(parseRole);
  const lines = await createUserWithRoles(db, { username: values.username!, password: values.password!, org: values.org!, name: values.name!, mustChange: values["must-change"] ?? false, roles });
  for (const line of lines) say(line);
}

export type NewUser = { username: string; password: string; org: string; name: string; mustChange?: boolean; roles: Role[] };

/** Creates the account and grants its roles (each at the user's own unit, or the root for administrator roles) in one transaction; answers the lines to print. Also `demo:load`'s. */
export async function createUserWithRoles(db: Db, u: NewUser): Promise<string[]> {
  const input = { username: u.username, password: u.password, orgCode: u.org, displayName: u.name, mustChangePassword: u.mustChange ?? false };
  const { created, granted } = await inOneTransaction(db, async () => {
    const user = await runAsConsole(db, createUser, input);
    const lines: string[] = [];
    for (const role of u.roles) lines.push(await grantRole(db, user.username, role));
    return { created: user, granted: lines };
  });
  return [...granted, `已创建用户 ${created.username}（${u.name.trim()}，${getOrganisationByCode(db, u.org.trim())?.name ?? u.org}）。`];
}
