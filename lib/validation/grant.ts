import { z } from "zod";
import "./zod-config";
import { ROLES } from "../authz/roles";

/** The grant form and its command; the rules themselves are lib/authz's checkGrant. */
export const grantRoleSchema = z.object({
  userId: z.number({ error: "请选择用户" }).int("请选择用户").positive("请选择用户"),
  role: z.enum(ROLES, { error: "请选择角色" }),
  orgId: z.number({ error: "请选择单位" }).int("请选择单位").positive("请选择单位"),
});

/** A grant to revoke (from the route). */
export const grantIdSchema = z.object({ id: z.coerce.number({ error: "授权编号无效" }).int("授权编号无效").positive("授权编号无效") });

export type GrantRoleInput = z.input<typeof grantRoleSchema>;
