import type { Role } from "../authz/roles";

/**
 * What the 403 page tells a user to do, by their roles: roles are granted by the 安全管理员, who
 * never grants to themselves (三员分立), so "联系系统管理员" is wrong for most and absurd for the
 * 系统管理员 themselves.
 */
export function forbiddenAdvice(roles: readonly Role[]): string {
  const base = "您没有权限访问此页面。";
  if (roles.includes("secadmin")) return `${base}安全管理员不能为自己授予角色；如确需访问，请联系另一位安全管理员。`;
  if (roles.includes("sysadmin")) return `${base}系统管理员只管理单位、用户和填报周期；如需其他权限，请联系安全管理员授予相应角色。`;
  if (roles.includes("auditor")) return `${base}安全审计员只能查阅审计日志；如需其他权限，请联系安全管理员。`;
  if (roles.length === 0) return `${base}您尚未被授予任何角色，请联系安全管理员授权。`;
  return `${base}此页面不属于您的单位或角色；如需访问，请联系安全管理员授予相应角色。`;
}
