import type { ReactNode } from "react";
import { readPage } from "@/server/next/read";
import { loadShell } from "@/server/home/shell";
import { AppHeader } from "@/components/shell/app-header";
import { NAV_ITEMS } from "@/components/shell/nav-items";
import styles from "@/components/shell/app-shell.module.css";
import { logout } from "./actions";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const shell = await readPage((ctx) => loadShell(ctx, NAV_ITEMS));
  return (
    <>
      <AppHeader displayName={shell.displayName} orgName={shell.orgName} nav={shell.nav} logoutAction={logout} demoDate={shell.demoDate} />
      <main className={styles.main}>{children}</main>
    </>
  );
}
