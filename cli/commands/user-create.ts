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
  const input = { username: values.username, password: values.password, orgCode: values.org, displayName: values.name, mustChangePassword: values["must-change"] ?? false };
  const { created, granted } = await inOneTransaction(db, async () => {
    const user = await runAsConsole(db, createUser, input);
    const lines: string[] = [];
    for (const role of roles) lines.push(await grantRole(db, user.username, role));
    return { created: user, granted: lines };
  });
  for (const line of granted) say(line);
  say(`已创建用户 ${created.username}（${values.name!.trim()}，${getOrganisationByCode(db, values.org!.trim())?.name ?? values.org}）。`);
}
