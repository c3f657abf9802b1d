import { describe, expect, test } from "vitest";
import { clientAddress, normalizeAddress } from "@/lib/security";

/** A Headers-like reader (case-insensitive, as the Fetch API's Headers). */
const headers = (h: Record<string, string>) => ({ get: (name: string) => h[name.toLowerCase()] ?? null });

type Case = { label: string; h: Record<string, string>; remote: string | null; hops: number; expected: string | null };

describe("clientAddress", () => {
  test.each<Case>([
    // no proxy: every header is the client's own word
    { label: "no proxy: the socket address", h: {}, remote: "203.0.113.7", hops: 0, expected: "203.0.113.7" },
    { label: "no proxy: a spoofed X-Forwarded-For is ignored", h: { "x-forwarded-for": "1.1.1.1" }, remote: "203.0.113.7", hops: 0, expected: "203.0.113.7" },
    { label: "no proxy: a spoofed X-Real-IP is ignored", h: { "x-real-ip": "1.1.1.1" }, remote: "203.0.113.7", hops: 0, expected: "203.0.113.7" },
    { label: "no proxy: an IPv4-mapped socket address", h: {}, remote: "::ffff:203.0.113.7", hops: 0, expected: "203.0.113.7" },
    { label: "no proxy and no socket address", h: {}, remote: null, hops: 0, expected: null },
    // one proxy (nginx) appends the address it saw
    { label: "1 proxy: the only entry", h: { "x-forwarded-for": "203.0.113.7" }, remote: "10.0.0.2", hops: 1, expected: "203.0.113.7" },
    { label: "1 proxy: a spoofed entry on the left is skipped", h: { "x-forwarded-for": "1.1.1.1, 203.0.113.7" }, remote: "10.0.0.2", hops: 1, expected: "203.0.113.7" },
    { label: "1 proxy: many spoofed entries", h: { "x-forwarded-for": "1.1.1.1,2.2.2.2 , 3.3.3.3,203.0.113.7" }, remote: "10.0.0.2", hops: 1, expected: "203.0.113.7" },
    { label: "1 proxy: spoofed garbage on the left", h: { "x-forwarded-for": "<script>, unknown, 203.0.113.7" }, remote: "10.0.0.2", hops: 1, expected: "203.0.113.7" },
    { label: "1 proxy: no X-Forwarded-For, X-Real-IP instead", h: { "x-real-ip": "203.0.113.9" }, remote: "10.0.0.2", hops: 1, expected: "203.0.113.9" },
    { label: "1 proxy: no headers at all, the socket", h: {}, remote: "10.0.0.2", hops: 1, expected: "10.0.0.2" },
    { label: "1 proxy: an empty X-Forwarded-For", h: { "x-forwarded-for": "" }, remote: "10.0.0.2", hops: 1, expected: "10.0.0.2" },
    { label: "1 proxy: the chosen entry is garbage, X-Real-IP", h: { "x-forwarded-for": "unknown", "x-real-ip": "203.0.113.9" }, remote: "10.0.0.2", hops: 1, expected: "203.0.113.9" },
    { label: "1 proxy: an entry with a port", h: { "x-forwarded-for": "203.0.113.7:51234" }, remote: "10.0.0.2", hops: 1, expected: "203.0.113.7" },
    { label: "1 proxy: IPv6 in brackets with a port", h: { "x-forwarded-for": "[2001:DB8::1]:443" }, remote: "10.0.0.2", hops: 1, expected: "2001:db8::1" },
    // two proxies (a load balancer, then nginx)
    { label: "2 proxies: the second entry from the right", h: { "x-forwarded-for": "203.0.113.7, 10.0.0.1" }, remote: "10.0.0.2", hops: 2, expected: "203.0.113.7" },
    { label: "2 proxies: a spoofed entry is skipped", h: { "x-forwarded-for": "1.1.1.1, 203.0.113.7, 10.0.0.1" }, remote: "10.0.0.2", hops: 2, expected: "203.0.113.7" },
    { label: "2 proxies: too few entries, X-Real-IP", h: { "x-forwarded-for": "10.0.0.1", "x-real-ip": "203.0.113.9" }, remote: "10.0.0.2", hops: 2, expected: "203.0.113.9" },
    { label: "2 proxies: too few entries, no X-Real-IP, the socket", h: { "x-forwarded-for": "10.0.0.1" }, remote: "10.0.0.2", hops: 2, expected: "10.0.0.2" },
  ])("$label", ({ h, remote, hops, expected }) => {
    expect(clientAddress(headers(h), remote, hops)).toBe(expected);
  });
});

describe("normalizeAddress", () => {
  test.each([
    { raw: "203.0.113.7", expected: "203.0.113.7" },
    { raw: " 203.0.113.7 ", expected: "203.0.113.7" },
    { raw: "::ffff:127.0.0.1", expected: "127.0.0.1" },
    { raw: "::1", expected: "::1" },
    { raw: "[::1]", expected: "::1" },
    { raw: "FE80::1", expected: "fe80::1" },
    { raw: "256.1.1.1", expected: null },
    { raw: "1.2.3", expected: null },
    { raw: "unknown", expected: null },
    { raw: "example.com", expected: null },
    { raw: "", expected: null },
    { raw: null, expected: null },
  ])("$raw → $expected", ({ raw, expected }) => {
    expect(normalizeAddress(raw)).toBe(expected);
  });
});
