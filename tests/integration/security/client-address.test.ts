/**
 * The client's address comes from the socket, stamped by our server entry; a client's own
 * X-Forwarded-For (or a forged copy of the internal header) is never believed at the default
 * policy (可信反向代理层数 0), and behind n trusted proxies only their entries are read.
 */
import { describe, expect, it, vi } from "vitest";
import type { IncomingMessage } from "node:http";
import { adoptClientAddress, CLIENT_ADDRESS_HEADER } from "@/server/next/client-address.mjs";

const inbound = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("server-only", () => ({}));
vi.mock("next/headers", () => ({ headers: async () => inbound.headers }));
const policy = vi.hoisted(() => ({ trustedProxyHops: 0 }));
vi.mock("@/server/security/policy", async () => {
  const { DEFAULT_SECURITY_POLICY } = await import("@/lib/security");
  return { getSecurityPolicy: () => ({ ...DEFAULT_SECURITY_POLICY, trustedProxyHops: policy.trustedProxyHops }) };
});
vi.mock("@/db/client", async (importOriginal) => ({ ...(await importOriginal<typeof import("@/db/client")>()), getDb: () => ({}) }));

const { requestInfo } = await import("@/server/next/request-info");

function fakeRequest(remoteAddress: string, raw: string[]): IncomingMessage {
  const headers: Record<string, string> = {};
  for (let i = 0; i < raw.length; i += 2) headers[raw[i]!.toLowerCase()] = raw[i + 1]!;
  return { socket: { remoteAddress }, headers, rawHeaders: [...raw] } as unknown as IncomingMessage;
}

describe("the server entry stamps the socket address", () => {
  it("replaces a forged copy of the internal header, in any case, in headers and raw headers", () => {
    const req = fakeRequest("::ffff:10.1.2.3", ["Host", "x", "X-Nianbao-Client-Address", "203.0.113.66", "X-Forwarded-For", "198.51.100.7"]);
    adoptClientAddress(req);
    expect(req.headers[CLIENT_ADDRESS_HEADER]).toBe("::ffff:10.1.2.3");
    expect(Object.keys(req.headers).filter((k) => k.toLowerCase() === CLIENT_ADDRESS_HEADER)).toHaveLength(1);
    const stamped = req.rawHeaders.flatMap((v, i) => (i % 2 === 0 && v.toLowerCase() === CLIENT_ADDRESS_HEADER ? [req.rawHeaders[i + 1]] : []));
    expect(stamped).toEqual(["::ffff:10.1.2.3"]);
    expect(req.headers["x-forwarded-for"]).toBe("198.51.100.7");
  });
});

describe("requestInfo", () => {
  const at = (h: Record<string, string>, hops: number) => {
    inbound.headers = new Headers(h);
    policy.trustedProxyHops = hops;
    return requestInfo();
  };

  it.each([
    { label: "no proxy: a forged X-Forwarded-For is ignored", h: { [CLIENT_ADDRESS_HEADER]: "127.0.0.1", "x-forwarded-for": "203.0.113.9" }, hops: 0, ip: "127.0.0.1" },
    { label: "no proxy: rotating the header changes nothing", h: { [CLIENT_ADDRESS_HEADER]: "::ffff:10.0.0.8", "x-forwarded-for": "1.2.3.4, 5.6.7.8" }, hops: 0, ip: "10.0.0.8" },
    { label: "one trusted proxy: the entry it appended", h: { [CLIENT_ADDRESS_HEADER]: "10.0.0.1", "x-forwarded-for": "6.6.6.6, 192.0.2.44" }, hops: 1, ip: "192.0.2.44" },
    { label: "two trusted proxies: the second from the right", h: { [CLIENT_ADDRESS_HEADER]: "10.0.0.1", "x-forwarded-for": "6.6.6.6, 192.0.2.44, 10.0.0.2" }, hops: 2, ip: "192.0.2.44" },
    { label: "served without our entry: unknown, not the header", h: { "x-forwarded-for": "203.0.113.9" }, hops: 0, ip: null },
  ])("$label", async ({ h, hops, ip }) => {
    expect((await at(h as Record<string, string>, hops)).ip).toBe(ip);
  });
});
