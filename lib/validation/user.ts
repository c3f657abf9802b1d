import { z } from "zod";
import "./zod-config";
import { DEFAULT_SECURITY_POLICY, type SecurityPolicy } from "../security/security-policy";
import { passwordProblems } from "../security/password-policy";
import { PASSWORD_MAX_LENGTH, USERNAME_MAX_LENGTH } from "./login";

/** The user forms (create, reset password) and their commands. */
export const USERNAME_MIN_LENGTH = 2;
export const DISPLAY_NAME_MAX_LENGTH = 50;

const usernameMessage = `用户名只能包含字母、数字、下划线、点和连字符（${USERNAME_MIN_LENGTH}–${USERNAME_MAX_LENGTH}位）`;

export const usernameSchema = z
  .string({ error: "请输入用户名" })
  .trim()
  .min(1, "请输入用户名")
  .regex(new RegExp(`^[A-Za-z0-9_.-]{${USERNAME_MIN_LENGTH},${USERNAME_MAX_LENGTH}}$`), usernameMessage);

const password = z.string({ error: "请输入初始密码" }).min(1, "请输入初始密码").max(PASSWORD_MAX_LENGTH, `密码不能超过 ${PASSWORD_MAX_LENGTH} 个字符`);

type Policy = Pick<SecurityPolicy, "minLength">;

/**
 * A new account. The initial password follows the security policy (`policy` is the current one:
 * the page hands its minLength to the form, the server reads it when the command runs).
 */
export function createUserSchema(policy: Policy = DEFAULT_SECURITY_POLICY) {
  return z
    .object({
      username: usernameSchema,
      displayName: z
        .string({ error: "请输入姓名" })
        .trim()
        .min(1, "请输入姓名")
        .max(DISPLAY_NAME_MAX_LENGTH, `姓名不能超过 ${DISPLAY_NAME_MAX_LENGTH} 个字符`),
      orgCode: z.string({ error: "请选择所属单位" }).trim().min(1, "请选择所属单位"),
      password,
      /** The user must choose their own password at first login (the default). */
      mustChangePassword: z.boolean().default(true),
    })
    .superRefine((v, ctx) => {
      for (const message of passwordProblems({ password: v.password, username: v.username, sameAsPrevious: false }, policy)) {
        ctx.addIssue({ code: "custom", path: ["password"], message });
      }
    });
}

/** The account acted on (from the route or the row). */
export const userIdSchema = z.object({ id: z.coerce.number({ error: "用户编号无效" }).int("用户编号无效").positive("用户编号无效") });

/**
 * A new initial password set by the 系统管理员. The form checks the policy without the username;
 * the server checks again with the account's username and its current password.
 */
export function resetPasswordSchema(policy: Policy = DEFAULT_SECURITY_POLICY) {
  return userIdSchema
    .extend({ password: z.string({ error: "请输入新的初始密码" }).min(1, "请输入新的初始密码").max(PASSWORD_MAX_LENGTH, `密码不能超过 ${PASSWORD_MAX_LENGTH} 个字符`) })
    .superRefine((v, ctx) => {
      for (const message of passwordProblems({ password: v.password, username: "", sameAsPrevious: false }, policy)) {
        ctx.addIssue({ code: "custom", path: ["password"], message });
      }
    });
}

export type CreateUserInput = z.input<ReturnType<typeof createUserSchema>>;
export type ResetPasswordInput = z.input<ReturnType<typeof resetPasswordSchema>>;
