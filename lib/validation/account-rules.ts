import { ROLE_NAMES, type AdminRole } from "../authz/roles";

/** The account about to be disabled or enabled. */
export type AccountState = { userId: number; disabled: boolean };

/**
 * Everything wrong with disabling `target`; empty when allowed. Nobody disables themselves, and
 * the last active holder of an administrator role stays (without a 安全管理员 nobody could grant
 * again; without a 安全审计员 nobody could read the log).
 * @param soleHolderOf administrator roles of which `target` is the only active holder
 */
export function checkDisableUser(actorId: number | null, target: AccountState, soleHolderOf: readonly AdminRole[]): string[] {
  if (target.disabled) return ["该账户已经停用"];
  const problems: string[] = [];
  if (actorId === target.userId) problems.push("不能停用本人账户");
  for (const role of soleHolderOf) problems.push(`该用户是唯一在用的${ROLE_NAMES[role]}，不能停用`);
  return problems;
}

/** Everything wrong with enabling `target`; empty when allowed. */
export function checkEnableUser(actorId: number | null, target: AccountState): string[] {
  if (!target.disabled) return ["该账户没有停用"];
  return actorId === target.userId ? ["不能启用本人账户"] : [];
}
