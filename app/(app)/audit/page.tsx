import { z } from "zod";
import { auditFilterSchema } from "@/lib/audit";
import { can, requirePermission } from "@/server/next/guards";
import { getDb } from "@/db/client";
import { countAudit, listAudit } from "@/db/queries/audit";
import { listAuditActions } from "@/db/queries/audit-actions";
import { listOrganisations } from "@/db/queries/orgs";
import { listUsers } from "@/db/queries/users";
import { AdminApp } from "@/components/admin/admin-app";
import { AUDIT_ACTION_LABELS } from "@/components/audit/action-labels";
import { AuditLog } from "@/components/audit/audit-log";
import { AUDIT_PAGE_SIZE, type AppliedFilter } from "@/components/audit/types";

export const metadata = { title: "审计日志 - 年报编制系统" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const me = await requirePermission("audit.read", { kind: "global" });
  const params = await searchParams;
  const applied: AppliedFilter = { from: first(params.from), to: first(params.to), user: first(params.user), org: first(params.org), action: first(params.action) };
  const parsed = auditFilterSchema.safeParse(applied);
  const page = Math.max(1, Math.floor(Number(first(params.page)) || 1));
  const db = getDb();
  const total = parsed.success ? countAudit(db, parsed.data) : 0;
  const rows = parsed.success ? listAudit(db, parsed.data, { limit: AUDIT_PAGE_SIZE, offset: (page - 1) * AUDIT_PAGE_SIZE }) : [];
  const actions = [...new Set([...Object.keys(AUDIT_ACTION_LABELS), ...listAuditActions(db)])].sort();
  return (
    <AdminApp>
      <AuditLog
        rows={rows.map(({ prevHash: _p, hash: _h, hashAlg: _a, ...r }) => r)}
        total={total}
        page={page}
        applied={applied}
        urlError={parsed.success ? undefined : z.flattenError(parsed.error).formErrors[0] ?? parsed.error.issues[0]?.message}
        users={listUsers(db).map((u) => u.username)}
        orgs={listOrganisations(db).map((o) => ({ value: o.code, label: `${o.name}（${o.code}）` }))}
        actions={actions}
        canExport={can(me, "audit.export", { kind: "global" })}
      />
    </AdminApp>
  );
}
