import { z } from "zod";
import "./zod-config";
import { PASSWORD_MAX_LENGTH } from "./login";

/** Changing one's own password; the strength rules (lib/security) are checked on the server with the policy. */
export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "请输入当前密码").max(PASSWORD_MAX_LENGTH),
    newPassword: z.string().min(1, "请输入新密码").max(PASSWORD_MAX_LENGTH, `密码不能超过 ${PASSWORD_MAX_LENGTH} 个字符`),
    confirmPassword: z.string().min(1, "请再次输入新密码"),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { message: "两次输入的新密码不一致", path: ["confirmPassword"] });
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

/** Proving a code of the authenticator app (enable) or the password (disable). */
export const totpCodeSchema = z.object({ code: z.string({ error: "请输入动态口令" }).trim().regex(/^\d{6}$/, "动态口令为6位数字") });
export const totpDisableSchema = z.object({ currentPassword: z.string().min(1, "请输入当前密码").max(PASSWORD_MAX_LENGTH) });
