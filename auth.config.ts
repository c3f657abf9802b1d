import type { NextAuthConfig } from "next-auth";

/** The session user: what the JWT carries between requests. */
export type SessionUser = {
  id: string;
  username: string;
  displayName: string;
  orgId: number;
  /** The server-side session (sessions table) this cookie stands for. */
  sid: string;
};

declare module "next-auth" {
  interface User {
    username?: string;
    displayName?: string;
    orgId?: number;
    sid?: string;
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
    sid?: string;
  }
}

export const LOGIN_PATH = "/login";

/** The only pages open without login: the list of published reports and their frozen PDFs. */
export const PUBLIC_REPORTS_PATH = "/public/reports";

export function isPublicPath(pathname: string): boolean {
  return pathname === PUBLIC_REPORTS_PATH || pathname.startsWith(`${PUBLIC_REPORTS_PATH}/`);
}

/**
 * The edge-safe part of the auth setup (no database, no Node APIs), shared by `auth.ts` and
 * `proxy.ts`. The proxy only redirects for convenience; every page and action checks again
 * through `server/next/` (readPage, readRoute, execute).
 */
export const authConfig = {
  trustHost: true,
  // The sessions table decides how long a session lives (idle timeout, maximum age); the cookie only outlasts it.
  session: { strategy: "jwt", maxAge: 24 * 60 * 60 },
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
      if (isPublicPath(nextUrl.pathname)) return true;
      return Boolean(auth?.user?.id);
    },
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.username = user.username;
        token.displayName = user.displayName;
        token.orgId = user.orgId;
        token.sid = user.sid;
      }
      return token;
    },
    session({ session, token }) {
      if (token.uid && token.username && token.orgId !== undefined && token.sid) {
        session.user = {
          ...session.user,
          id: token.uid,
          username: token.username,
          displayName: token.displayName ?? token.username,
          orgId: token.orgId,
          sid: token.sid,
          name: token.displayName ?? token.username,
        };
      }
      return session;
    },
  },
} satisfies NextAuthConfig;
