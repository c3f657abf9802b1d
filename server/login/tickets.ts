import { randomBytes } from "node:crypto";

/**
 * One-time tickets that hand a session, created after every login check has passed, to
 * next-auth's Credentials provider. Random, single use, valid for a minute, in this process.
 */
const TTL_MS = 60_000;
const g = globalThis as typeof globalThis & { __nianbaoTickets?: Map<string, { sid: string; userId: number; expires: number }> };
const tickets = (g.__nianbaoTickets ??= new Map());

export function issueTicket(sid: string, userId: number, now: number): string {
  for (const [t, v] of tickets) if (v.expires < now) tickets.delete(t);
  const ticket = randomBytes(32).toString("base64url");
  tickets.set(ticket, { sid, userId, expires: now + TTL_MS });
  return ticket;
}

export function redeemTicket(ticket: string, now: number): { sid: string; userId: number } | null {
  const found = tickets.get(ticket);
  tickets.delete(ticket);
  if (!found || found.expires < now) return null;
  return { sid: found.sid, userId: found.userId };
}
