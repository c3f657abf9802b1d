import "server-only";
import { headers } from "next/headers";
import { clientAddress } from "@/lib/security";
import { getDb } from "@/db/client";
import { getSecurityPolicy } from "../security/policy";
import { CLIENT_ADDRESS_HEADER } from "./client-address.mjs";

/**
 * Where a request comes from. The connection's address is the one our server entry
 * (server/next/serve.mjs) stamps on every request, after deleting any copy a client sent; the
 * client's own X-Forwarded-For is read only behind the policy's number of trusted proxies
 * (可信反向代理层数), each of which appends what it received from. Served some other way
 * (`next dev`), the address is unknown (null) rather than taken from a header a client wrote.
 */
export async function requestInfo(): Promise<{ ip: string | null; userAgent: string | null }> {
  const h = await headers();
  const hops = getSecurityPolicy(getDb()).trustedProxyHops;
  return { ip: clientAddress(h, h.get(CLIENT_ADDRESS_HEADER), hops), userAgent: h.get("user-agent") };
}
