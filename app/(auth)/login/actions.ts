"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn } from "@/auth";
import { loginSchema, safeRedirectPath } from "@/lib/validation/login";

export type LoginState = {
  username: string;
  error?: string;
  fieldErrors?: { username?: string[]; password?: string[] };
};

const LOGIN_FAILED = "用户名或密码错误";

/** Signs in with the form's credentials; on success `signIn` throws the redirect to `redirectTo`. */
export async function login(_prev: LoginState, formData: FormData): Promise<LoginState> {
  const raw = { username: formData.get("username"), password: formData.get("password") };
  const username = typeof raw.username === "string" ? raw.username : "";
  const parsed = loginSchema.safeParse(raw);
  if (!parsed.success) {
    return { username, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  }
  try {
    await signIn("credentials", {
      username: parsed.data.username,
      password: parsed.data.password,
      redirectTo: safeRedirectPath(formData.get("callbackUrl")),
    });
  } catch (error) {
    if (error instanceof AuthError) return { username, error: LOGIN_FAILED };
    throw error;
  }
  return { username };
}
