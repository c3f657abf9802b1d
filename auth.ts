import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { cache } from "react";
import { authConfig } from "@/auth.config";
import { loadAuthSecret } from "@/server/login/auth-secret";
import { redeemTicket } from "@/server/login/tickets";
import { now } from "@/server/kernel/clock";
import { getDb } from "@/db/client";
import { getUserById } from "@/db/queries/users";

/**
 * next-auth carries the session id in its JWT cookie; every check of a login (lockout, password,
 * second factor, rate limit) happens before, in server/login/attempt-login.ts, which hands
 * over a one-time ticket. The session itself lives in the sessions table (server/next/current-user.ts lookupSession).
 */
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
      credentials: { ticket: { type: "text" } },
      async authorize(credentials) {
        const ticket = typeof credentials?.ticket === "string" ? credentials.ticket : "";
        const redeemed = ticket ? redeemTicket(ticket, now()) : null;
        if (!redeemed) throw new CredentialsSignin();
        const user = getUserById(getDb(), redeemed.userId);
        if (!user || user.disabled) throw new CredentialsSignin();
        return { id: String(user.id), username: user.username, displayName: user.displayName, orgId: user.orgId, sid: redeemed.sid, name: user.displayName };
      },
    }),
  ],
});

/** The current session cookie, read once per request. */
const auth = cache(() => uncachedAuth());

export { auth, handlers, signIn, signOut };
