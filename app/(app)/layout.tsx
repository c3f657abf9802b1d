import type { ReactNode } from "react";
import { requireUser } from "@/app/_server/guards";
import { AppHeader } from "@/components/shell/app-header";
import styles from "@/components/shell/app-shell.module.css";
import { getDb } from "@/db/client";
import { getOrganisationById } from "@/db/queries/orgs";
import { logout } from "./actions";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const org = getOrganisationById(getDb(), user.orgId);
  return (
    <>
      <AppHeader displayName={user.displayName} orgName={org?.name ?? null} logoutAction={logout} />
      <main className={styles.main}>{children}</main>
    </>
  );
}
