import type { ReactNode } from "react";
import { can, requireUser } from "@/server/next/guards";
import { AppHeader } from "@/components/shell/app-header";
import { NAV_ITEMS } from "@/components/shell/nav-items";
import styles from "@/components/shell/app-shell.module.css";
import { logout } from "./actions";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const nav = NAV_ITEMS.filter((item) => item.action === null || can(user, item.action, { kind: "global" }));
  return (
    <>
      <AppHeader displayName={user.displayName} orgName={user.orgName} nav={nav} logoutAction={logout} />
      <main className={styles.main}>{children}</main>
    </>
  );
}
