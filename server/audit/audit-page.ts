import { z } from "zod";
import { auditFilterSchema } from "@/lib/audit";
import { countAudit, listAudit } from "@/db/queries/audit";
import { listAuditActions } from "@/db/queries/audit-actions";
import { listOrganisations } from "@/db/queries/orgs";
import { listUsers } from "@/db/queries/users";
import type { ReadContext } from "../kernel/read";

type SearchParams = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

/**
 * 审计日志 (audit.read): one page of the entries the URL's filter selects (none, with the
 * reason, when the filter is invalid), the choices of the filter form, and whether the user may
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
  return {
    rows: rows.map(({ prevHash: _p, hash: _h, hashAlg: _a, ...r }) => r),
    total,
    page,
    applied,
    urlError: parsed.success ? undefined : (z.flattenError(parsed.error).formErrors[0] ?? parsed.error.issues[0]?.message),
    users: listUsers(db).map((u) => u.username),
    orgs: listOrganisations(db).map((o) => ({ value: o.code, label: `${o.name}（${o.code}）` })),
    actions: [...new Set([...opts.knownActions, ...listAuditActions(db)])].sort(),
    canExport: ctx.can("audit.export", { kind: "global" }),
  };
}
