"use server";

import { AuthError } from "next-auth";
import { z } from "zod";
import { signIn } from "@/auth";
import { attemptLogin, LOGIN_FAILED } from "@/server/login/attempt-login";
import { requestInfo } from "@/server/next/request-info";
import { loginSchema, safeRedirectPath } from "@/lib/validation/login";

export type LoginState = {
  username: string;
  error?: string;
  fieldErrors?: { username?: string[]; password?: string[]; totp?: string[] };
  /** The second step: a code from the authenticator app, or enrolment with its QR code first. */
  totp?: { enroll: false } | { enroll: true; secret: string; qrDataUrl: string };
};

/** Checks the credentials (and second factor); on success `signIn` throws the redirect. */
export async function login(_prev: LoginState, formData: FormData): Promise<LoginState> {
  const raw = {
    username: formData.get("username"),
    password: formData.get("password"),
    totp: formData.get("totp") ?? undefined,
  };
  const username = typeof raw.username === "string" ? raw.username : "";
  const parsed = loginSchema.safeParse(raw);
  if (!parsed.success) return { username, fieldErrors: z.flattenError(parsed.error).fieldErrors };

  const step = await attemptLogin(parsed.data, await requestInfo());
  switch (step.kind) {
    case "error":
      return { username, error: step.message };
    case "totp":
      return { username, error: step.message, totp: { enroll: false } };
    case "enroll":
      return { username, error: step.message, totp: { enroll: true, secret: step.secret, qrDataUrl: step.qrDataUrl } };
  }
  try {
    await signIn("credentials", { ticket: step.ticket, redirectTo: safeRedirectPath(formData.get("callbackUrl")) });
  } catch (error) {
    if (error instanceof AuthError) return { username, error: LOGIN_FAILED };
    throw error;
  }
  return { username };
}
