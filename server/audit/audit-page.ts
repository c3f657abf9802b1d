import { z } from "zod";
import { auditFilterSchema } from "@/lib/audit";
import { describeAuditEntry, type AuditNames, type AuditPerson } from "@/lib/audit/entry-words";
import { cycleTitle } from "@/db/queries/cycle-labels";
import { countAudit, listAudit } from "@/db/queries/audit";
import { listAuditActions } from "@/db/queries/audit-actions";
import { listOrganisations } from "@/db/queries/orgs";
import { listUsers } from "@/db/queries/users";
import type { ReadContext } from "../kernel/read";

type SearchParams = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

/**
 * 审计日志 (audit.read): one page of the entries the URL's filter selects (none, with the
 * reason, when the filter is invalid), each in words (users, units and cycles by name, codes as
 * their labels: lib/audit/entry-words), the choices of the filter form, and whether the user may
 * export. `knownActions` (the actions with a Chinese name) are offered even before they occur.
 */
export function loadAuditPage(ctx: ReadContext, search: SearchParams, opts: { pageSize: number; knownActions: readonly string[] }) {
  ctx.require("audit.read", { kind: "global" });
  const { db } = ctx;
  const applied = { from: first(search.from), to: first(search.to), user: first(search.user), org: first(search.org), action: first(search.action) };
  const parsed = auditFilterSchema.safeParse(applied);
  const page = Math.max(1, Math.floor(Number(first(search.page)) || 1));
  const total = parsed.success ? countAudit(db, parsed.data) : 0;
  const rows = parsed.success ? listAudit(db, parsed.data, { limit: opts.pageSize, offset: (page - 1) * opts.pageSize }) : [];
  const users = listUsers(db);
  const orgs = listOrganisations(db);
  const names = auditNames(ctx, users, orgs);
  return {
    rows: rows.map((r) => ({ id: r.id, at: r.at, ip: r.ip, actionCode: r.action, orgName: r.orgName, orgCode: r.orgCode, ...describeAuditEntry(r, names) })),
    total,
    page,
    applied,
    urlError: parsed.success ? undefined : (z.flattenError(parsed.error).formErrors[0] ?? parsed.error.issues[0]?.message),
    users: users.map((u) => u.username),
    orgs: orgs.map((o) => ({ value: o.code, label: `${o.name}（${o.code}）` })),
    actions: [...new Set([...opts.knownActions, ...listAuditActions(db)])].sort(),
    canExport: ctx.can("audit.export", { kind: "global" }),
  };
}

/** Names for the entries of a page: users and units from the lists the filter offers, cycles' titles as asked. */
function auditNames(ctx: ReadContext, users: readonly (AuditPerson & { id: number })[], orgs: readonly { code: string; name: string }[]): AuditNames {
  const byId = new Map(users.map((u) => [u.id, u]));
  const byName = new Map(users.map((u) => [u.username, u]));
  const orgNames = new Map(orgs.map((o) => [o.code, o.name]));
  const cycles = new Map<number, string>();
  return {
    userById: (id) => byId.get(id),
    userByName: (username) => byName.get(username),
    org: (code) => orgNames.get(code),
    cycle: (year) => {
      if (!cycles.has(year)) cycles.set(year, cycleTitle(ctx.db, year));
      return cycles.get(year)!;
    },
  };
}
