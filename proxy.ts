import NextAuth from "next-auth";
import type { NextFetchEvent, NextProxy, NextRequest } from "next/server";
import { authConfig } from "@/auth.config";
import { loadAuthSecret } from "@/server/login/auth-secret";

/**
 * Redirects anonymous visitors to /login before a page renders (the `authorized` callback in
 * auth.config.ts). A convenience only: pages and actions check the session themselves
 * (server/next/read.ts, execute.ts). Next 16 runs the proxy on Node.js, so it may read the secret file.
 */
const { auth } = NextAuth({ ...authConfig, secret: loadAuthSecret() });

// Called with (request, event), next-auth runs the `authorized` callback and redirects itself.
const authProxy = auth as unknown as NextProxy;

export function proxy(request: NextRequest, event: NextFetchEvent) {
  return authProxy(request, event);
}

export const config = {
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico).*)"],
};
