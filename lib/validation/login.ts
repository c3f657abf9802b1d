import { z } from "zod";
import "./zod-config";

export const USERNAME_MAX_LENGTH = 64;
export const PASSWORD_MAX_LENGTH = 256;

/** The login form, shared by the form and the server (Credentials provider). */
export const loginSchema = z.object({
  username: z
    .string({ error: "请输入用户名" })
    .trim()
    .min(1, "请输入用户名")
    .max(USERNAME_MAX_LENGTH, `用户名不能超过 ${USERNAME_MAX_LENGTH} 个字符`),
  password: z
    .string({ error: "请输入密码" })
    .min(1, "请输入密码")
    .max(PASSWORD_MAX_LENGTH, `密码不能超过 ${PASSWORD_MAX_LENGTH} 个字符`),
  /** The 6-digit code of the authenticator app, asked for once the password is right. */
  totp: z
    .string()
    .trim()
    .regex(/^(\d{6})?$/, "动态口令为6位数字")
    .optional(),
});

export type LoginInput = z.infer<typeof loginSchema>;

/**
 * Where to go after logging in: a same-site path taken from `callbackUrl` (which may be an
 * absolute URL of this site), never another host and never the login page itself; "/" otherwise.
 */
export function safeRedirectPath(value: unknown): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (typeof raw !== "string" || raw === "") return "/";
  let url: URL;
  try {
    url = new URL(raw, "http://localhost");
  } catch {
    return "/";
  }
  const isRelative = raw.startsWith("/") && !raw.startsWith("//") && !raw.startsWith("/\\");
  const isAbsolute = /^https?:\/\//i.test(raw);
  if (!isRelative && !isAbsolute) return "/";
  const path = url.pathname + url.search + url.hash;
  if (!path.startsWith("/") || path.startsWith("//") || url.pathname === "/login") return "/";
  return path;
}
