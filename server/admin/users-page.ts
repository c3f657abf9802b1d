import { ROLE_NAMES, type Role } from "@/lib/authz";
import { listAllGrants } from "@/db/queries/grants";
import { listOrganisations } from "@/db/queries/orgs";
import { listUsers } from "@/db/queries/users";
import type { ReadContext } from "../kernel/read";
import { getSecurityPolicy } from "../security/policy";

/** 用户管理 (user.manage): every account with its roles' names, the units to choose from, the password policy's minimum. */
export function loadUsersPage(ctx: ReadContext) {
  ctx.require("user.manage", { kind: "global" });
  const { db } = ctx;
  const roles = new Map<number, string[]>();
  for (const g of listAllGrants(db)) roles.set(g.userId, [...(roles.get(g.userId) ?? []), ROLE_NAMES[g.role as Role] ?? g.role]);
  return {
    users: listUsers(db).map((u) => ({ ...u, roles: roles.get(u.id) ?? [] })),
    orgs: listOrganisations(db).map(({ code, name, active }) => ({ code, name, active })),
    selfId: ctx.user.id,
    minLength: getSecurityPolicy(db).minLength,
    now: ctx.realNow,
  };
}
