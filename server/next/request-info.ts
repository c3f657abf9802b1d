import { getDb } from "@/db/client";
import "server-only";
import { headers } from "next/headers";
import { clientAddress } from "@/lib/security";
import { getSecurityPolicy } from "../security/policy";

/**
 * Where a request comes from. `next start` does not hand the socket address to the app; it
 * writes it into X-Forwarded-For when the request has none. So the rightmost entry stands for
 * the connection, and behind n trusted proxies (policy.trustedProxyHops) the n-th from the
 * right is the client. A client talking to the app directly can forge that header: deploy
 * behind a reverse proxy that sets it (README, 等保 controls).
 */
export async function requestInfo(): Promise<{ ip: string | null; userAgent: string | null }> {
  const h = await headers();
  const forwarded = (h.get("x-forwarded-for") ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  const hops = getSecurityPolicy(getDb()).trustedProxyHops;
  const connection = forwarded.at(-1) ?? null;
  return { ip: clientAddress(h, connection, hops), userAgent: h.get("user-agent") };
}
