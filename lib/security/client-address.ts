/** The part of a request's headers that `clientAddress` reads (Headers, or a test double). */
export type HeaderReader = { get(name: string): string | null };

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const IPV6 = /^[0-9a-f]{0,4}(:[0-9a-f]{0,4}){2,7}$/i;

function isIPv4(s: string): boolean {
  const m = IPV4.exec(s);
  return m !== null && m.slice(1).every((octet) => Number(octet) <= 255);
}

/**
 * An address as a key: the port and brackets removed, an IPv4-mapped IPv6 address (as Node
 * reports IPv4 clients on a dual-stack socket) as plain IPv4, IPv6 in lower case; null for
 * anything that is not an address ("unknown", a host name, garbage).
 */
export function normalizeAddress(raw: string | null | undefined): string | null {
  let s = raw?.trim() ?? "";
  s = /^\[([^\]]+)\](?::\d+)?$/.exec(s)?.[1] ?? s;
  s = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(s)?.[1] ?? s;
  s = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(s)?.[1] ?? s;
  if (isIPv4(s)) return s;
  // IPv6 with an embedded IPv4 tail is not accepted except as IPv4-mapped above; clients rarely send it.
  return IPV6.test(s) ? s.toLowerCase() : null;
}

/**
 * The client's address, for rate limiting and the audit log.
 * With no trusted proxy (0 hops) the headers are the client's own words and are ignored: the
 * socket address is used. Behind `n` trusted proxies each appends the address it received from
 * to X-Forwarded-For, so the client is the n-th entry from the right; whatever a client wrote
 * itself sits further left and is never read. Without enough entries: X-Real-IP, then the socket.
 * @returns a normalised address, or null when none is known
 */
export function clientAddress(headers: HeaderReader, remoteAddress: string | null, trustedProxyHops: number): string | null {
  const remote = normalizeAddress(remoteAddress);
  if (trustedProxyHops <= 0) return remote;
  const forwarded = (headers.get("x-forwarded-for") ?? "").split(",").map((s) => s.trim());
  const hasEntries = forwarded.length > 1 || forwarded[0] !== "";
  const fromForwarded = hasEntries && forwarded.length >= trustedProxyHops ? normalizeAddress(forwarded[forwarded.length - trustedProxyHops]) : null;
  return fromForwarded ?? normalizeAddress(headers.get("x-real-ip")) ?? remote;
}
