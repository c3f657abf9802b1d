import { readPage } from "@/server/next/read";
import { loadOrgsPage } from "@/server/admin/orgs-page";
import { AdminApp } from "@/components/admin/admin-app";
import { OrgAdmin } from "@/components/admin/orgs/org-admin";
import * as actions from "./actions";

export const metadata = { title: "单位管理 - 年报编制系统" };

export default async function OrgsPage() {
  const rows = await readPage(loadOrgsPage);
  return (
    <AdminApp>
      <OrgAdmin
        orgs={rows}
        actions={{
          create: actions.createOrganisationAction,
          rename: actions.renameOrganisationAction,
          setRuleMaking: actions.setRuleMakingAction,
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
