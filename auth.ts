import { randomBytes } from "node:crypto";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { cache } from "react";
import { authConfig } from "@/auth.config";
import { loadAuthSecret } from "@/app/_server/auth-secret";
import { hashPassword, verifyPassword } from "@/lib/security/password";
import { getDb } from "@/db/client";
import { getUserByUsername } from "@/db/queries/users";
import { loginSchema } from "@/lib/validation/login";

/**
 * A hash of a random password, verified when the username is unknown so that a wrong username
 * costs as long as a wrong password (no user enumeration by timing).
 */
let dummyHash: Promise<string> | undefined;
function getDummyHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString("hex"));
  return dummyHash;
}

const {
  handlers,
  auth: uncachedAuth,
  signIn,
  signOut,
} = NextAuth({
  ...authConfig,
  secret: loadAuthSecret(),
  providers: [
    Credentials({
      credentials: {
        username: { label: "用户名", type: "text" },
        password: { label: "密码", type: "password" },
      },
      async authorize(credentials) {
        const parsed = loginSchema.safeParse(credentials);
        if (!parsed.success) throw new CredentialsSignin();
        const { username, password } = parsed.data;
        const user = getUserByUsername(getDb(), username);
        const ok = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), password);
        if (!user || !ok || user.disabled) throw new CredentialsSignin();
        return {
          id: String(user.id),
          username: user.username,
          displayName: user.displayName,
          orgId: user.orgId,
          name: user.displayName,
        };
      },
    }),
  ],
});

/** The current session, read once per request. */
const auth = cache(() => uncachedAuth());

export { auth, handlers, signIn, signOut };
