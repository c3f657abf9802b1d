import { z } from "zod";
import "../validation/zod-config";

/** Roles that work on a unit's statistics and report. */
export const BUSINESS_ROLES = ["filler", "signer", "reviewer"] as const;
/** The three administrator roles (三员分立): they never touch a unit's data. */
export const ADMIN_ROLES = ["sysadmin", "secadmin", "auditor"] as const;
export const ROLES = [...BUSINESS_ROLES, ...ADMIN_ROLES] as const;

export type BusinessRole = (typeof BUSINESS_ROLES)[number];
export type AdminRole = (typeof ADMIN_ROLES)[number];
export type Role = (typeof ROLES)[number];

export const ROLE_NAMES = {
  filler: "填报员",
  signer: "负责人",
  reviewer: "审核员",
  sysadmin: "系统管理员",
  secadmin: "安全管理员",
  auditor: "安全审计员",
} as const satisfies Record<Role, string>;

/** A role name as it arrives from a form or the database. */
export const roleSchema = z.enum(ROLES, { error: "未知的角色" });

export function isAdminRole(role: Role): role is AdminRole {
  return (ADMIN_ROLES as readonly Role[]).includes(role);
}

export function isBusinessRole(role: Role): role is BusinessRole {
  return (BUSINESS_ROLES as readonly Role[]).includes(role);
}
