import { requirePermission } from "@/server/next/guards";
import { getDb } from "@/db/client";
import { listOrganisations } from "@/db/queries/orgs";
import { countSubmissionsByOrg, countUsersByOrg } from "@/db/queries/org-usage";
import { AdminApp } from "@/components/admin/admin-app";
import { OrgAdmin } from "@/components/admin/orgs/org-admin";
import * as actions from "./actions";

export const metadata = { title: "单位管理 - 年报编制系统" };

export default async function OrgsPage() {
  await requirePermission("org.manage", { kind: "global" });
  const db = getDb();
  const [orgs, submissions, users] = [listOrganisations(db), countSubmissionsByOrg(db), countUsersByOrg(db)];
  const rows = orgs.map((o) => ({
    id: o.id,
    code: o.code,
    name: o.name,
    kind: o.kind,
    parentId: o.parentId,
    active: o.active,
    predecessorId: o.predecessorId,
    submissions: submissions.get(o.id) ?? 0,
    users: users.get(o.id) ?? 0,
  }));
  return (
    <AdminApp>
      <OrgAdmin
        orgs={rows}
        actions={{
          create: actions.createOrganisationAction,
          rename: actions.renameOrganisationAction,
          move: actions.moveOrganisationAction,
          merge: actions.mergeOrganisationAction,
          deactivate: actions.deactivateOrganisationAction,
          reactivate: actions.reactivateOrganisationAction,
          remove: actions.deleteOrganisationAction,
          previewImport: actions.previewOrgImportAction,
          commitImport: actions.importOrgFileAction,
        }}
      />
    </AdminApp>
  );
}
