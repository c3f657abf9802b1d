import { readPage } from "@/server/next/read";
import { loadCyclesPage } from "@/server/admin/cycles-page";
import { AdminApp } from "@/components/admin/admin-app";
import { CycleAdmin } from "@/components/admin/cycles/cycle-admin";
import * as actions from "./actions";

export const metadata = { title: "填报周期 - 年报编制系统" };

export default async function CyclesPage() {
  const { cycles, templates, suggested } = await readPage(loadCyclesPage);
  return (
    <AdminApp>
      <CycleAdmin cycles={cycles} templates={templates} suggested={suggested} actions={{ create: actions.createCycleAction, update: actions.updateCycleAction, scope: actions.setRosterScopeAction }} />
    </AdminApp>
  );
}
