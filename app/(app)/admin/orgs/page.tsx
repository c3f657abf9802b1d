import { readPage } from "@/server/next/read";
import { loadOrgsPage } from "@/server/admin/orgs-page";
import { AdminApp } from "@/components/admin/admin-app";
import { OrgAdmin } from "@/components/admin/orgs/org-admin";
import { FileImport } from "@/components/stats-import/file-import";
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
      {/* Onboarding a unit: last year's figures exist only as its published report. */}
      <section aria-label="导入历史报告" style={{ marginTop: 24 }}>
        <h2 style={{ fontSize: 18 }}>导入历史报告</h2>
        <p>新加入的单位没有往年数据时，可从其已发布年度报告的网页（另存为 .html）或复制的统计表导入，作为该年度已审核通过的历史数据。</p>
        <FileImport year={null} mode="history" />
      </section>
    </AdminApp>
  );
}
