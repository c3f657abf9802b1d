import type { NextAuthConfig } from "next-auth";

/** The session user: what the JWT carries between requests. */
export type SessionUser = {
  id: string;
  username: string;
  displayName: string;
  orgId: number;
};

declare module "next-auth" {
  interface User {
    username?: string;
    displayName?: string;
    orgId?: number;
  }
  interface Session {
    user: SessionUser & { name?: string | null; email?: string | null; image?: string | null };
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    uid?: string;
    username?: string;
    displayName?: string;
    orgId?: number;
  }
}

export const LOGIN_PATH = "/login";

/**
 * The edge-safe part of the auth setup (no database, no Node APIs), shared by `auth.ts` and
 * `proxy.ts`. The proxy only redirects for convenience; every page and action checks again
 * through `app/_server/guards.ts`.
 */
export const authConfig = {
  trustHost: true,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: LOGIN_PATH },
  providers: [],
  logger: {
    // A wrong password is an expected outcome, not a server fault: no stack trace in the log.
    error(error) {
      // `type` survives minification (`name` does not).
      if ((error as Error & { type?: string }).type === "CredentialsSignin") return;
      console.error("[auth][error]", error);
    },
  },
  callbacks: {
    authorized({ auth, request: { nextUrl } }) {
      // The login page decides itself whether a session is still good (see app/(auth)/login).
      if (nextUrl.pathname === LOGIN_PATH) return true;
      return Boolean(auth?.user?.id);
    },
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.username = user.username;
        token.displayName = user.displayName;
        token.orgId = user.orgId;
      }
      return token;
    },
    session({ session, token }) {
      if (token.uid && token.username && token.orgId !== undefined) {
        session.user = {
          ...session.user,
          id: token.uid,
          username: token.username,
          displayName: token.displayName ?? token.username,
          orgId: token.orgId,
          name: token.displayName ?? token.username,
        };
      }
      return session;
    },
  },
} satisfies NextAuthConfig;
