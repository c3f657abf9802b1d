import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextProxy, type NextRequest } from "next/server";
import { authConfig } from "@/auth.config";
import { loadAuthSecret } from "@/server/login/auth-secret";
import { newNonce, pageContentSecurityPolicy } from "@/server/next/csp";

/**
 * Every page passes here (not /api: Next would buffer the bodies of matched requests):
 * - anonymous visitors go to /login before a page renders (the `authorized` callback in
 *   auth.config.ts) — a convenience only: pages and actions check the session themselves
 *   (server/next/read.ts, execute.ts);
 * - the page's Content-Security-Policy with a fresh nonce, on the request (so Next puts the nonce
 *   on its scripts) and on the response; HSTS when the page was served over HTTPS.
 * The headers that never change are set for every route in next.config.js. Next 16 runs the
 * proxy on Node.js, so it may read the secret file.
 */
const { auth } = NextAuth({ ...authConfig, secret: loadAuthSecret() });

// Called with (request, event), next-auth runs the `authorized` callback and redirects itself.
const authProxy = auth as unknown as NextProxy;

export async function proxy(request: NextRequest, event: NextFetchEvent) {
  const nonce = newNonce();
  const csp = pageContentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", csp);
  requestHeaders.set("x-nonce", nonce);
  const decided = await authProxy(request, event);
  // A redirect (to /login) is next-auth's answer; otherwise the page renders with the CSP request
  // header, keeping any cookie next-auth refreshed.
  const redirect = decided instanceof Response && decided.headers.has("location");
  const response = redirect ? (decided as Response) : NextResponse.next({ request: { headers: requestHeaders } });
  if (!redirect && decided instanceof Response) for (const cookie of decided.headers.getSetCookie()) response.headers.append("set-cookie", cookie);
  response.headers.set("Content-Security-Policy", csp);
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  if (https) response.headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
  return response;
}

export const config = {
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico).*)"],
};
