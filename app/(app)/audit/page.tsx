import { readPage } from "@/server/next/read";
import { loadAuditPage } from "@/server/audit/audit-page";
import { AdminApp } from "@/components/admin/admin-app";
import { AUDIT_ACTION_LABELS } from "@/lib/audit/action-labels";
import { AuditLog } from "@/components/audit/audit-log";
import { AUDIT_PAGE_SIZE } from "@/components/audit/types";

export const metadata = { title: "审计日志 - 年报编制系统" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AuditPage({ searchParams }: { searchParams: SearchParams }) {
  const search = await searchParams;
  const view = await readPage((ctx) => loadAuditPage(ctx, search, { pageSize: AUDIT_PAGE_SIZE, knownActions: Object.keys(AUDIT_ACTION_LABELS) }));
  return (
    <AdminApp>
      <AuditLog
        rows={view.rows}
        total={view.total}
        page={view.page}
        applied={view.applied}
        urlError={view.urlError}
        users={view.users}
        orgs={view.orgs}
        actions={view.actions}
        canExport={view.canExport}
      />
    </AdminApp>
  );
}
