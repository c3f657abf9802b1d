/**
 * Runs the app's route handlers in-process against an in-memory database: the session lookup and
 * the request's address are replaced (vi.mock in the test file), everything else is the real code
 * (authorisation, commands, queries, audit chain).
 */
import type { Grant, Role } from "@/lib/authz";
import type { CurrentUser } from "@/server/kernel/caller";
import { createCycle } from "@/db/mutations/cycles";
import { addGrant } from "@/db/mutations/grants";
import { createUser } from "@/db/mutations/users";
import { getOrganisationById } from "@/db/queries/orgs";
import { dbWithTree } from "../db/helpers";

export const session: { user: CurrentUser | null } = { user: null };

export function harness(opts: { year: number; templateId?: string; deadlines?: Record<string, string> }) {
  const t = dbWithTree();
  (globalThis as { __nianbaoDb?: unknown }).__nianbaoDb = t;
  const cycle = createCycle(t.db, { year: opts.year, templateId: opts.templateId ?? "gov-disclosure-2018", deadlines: opts.deadlines });
  const users = new Map<string, CurrentUser>();
  const user = (username: string, displayName: string, orgCode: string, role: Role): CurrentUser => {
    const orgId = t.id(orgCode);
    const u = createUser(t.db, { username, displayName, passwordHash: "x", orgId });
    addGrant(t.db, { userId: u.id, role, orgId, grantedBy: null, at: 0 });
    const grants: Grant[] = [{ role, orgId }];
    const cu: CurrentUser = {
      id: u.id,
      username,
      displayName,
      orgId,
      orgName: getOrganisationById(t.db, orgId)!.name,
      sid: `sid-${username}`,
      mustChangePassword: false,
      totpEnabled: false,
      grants,
      actor: { userId: u.id, orgId, grants, disabled: false },
    };
    users.set(username, cu);
    return cu;
  };
  const as = (u: CurrentUser | null) => {
    session.user = u;
  };
  const params = <P extends Record<string, string>>(p: P) => ({ params: Promise.resolve(p) });
  return { ...t, cycle, user, as, params, users };
}

/**
 * A published version of a unit's report as the publish command stores it, with stand-in text,
 * PDF and hashes: what the dashboard and the 通报 read (time, official URL and date).
 */
export function insertPublication(
  t: { sqlite: { prepare(sql: string): { run(...args: unknown[]): unknown } } },
  p: { cycleId: number; orgId: number; version: number; publishedAt: number; officialUrl?: string | null; officialDate?: string | null },
): void {
  t.sqlite
    .prepare(
      `insert into report_publications (cycle_id, org_id, version, draft_version, compiled, title, snapshot_json, data_sha256, pdf, pdf_sha256, publisher, written_date, published_at, signer_name, signed_at, secrecy_name, secrecy_at, official_url, official_date)
       values (?, ?, ?, 1, 0, 't', '{}', 'x', x'00', 'x', 'p', '2032-01-20', ?, 's', 0, 's', 0, ?, ?)`,
    )
    .run(p.cycleId, p.orgId, p.version, p.publishedAt, p.officialUrl ?? null, p.officialDate ?? null);
}

/** What a test's vi.mock of "@/server/next/current-user" returns: the harness's current user (`as`). */
export function sessionModule() {
  return { lookupSession: async () => (session.user ? { user: session.user } : { user: null, expired: false as const }) };
}

/** What a test's vi.mock of "@/server/next/request-info" returns: a fixed client address. */
export function requestInfoModule(ip = "127.0.0.1") {
  return { requestInfo: async () => ({ ip, userAgent: null }) };
}
