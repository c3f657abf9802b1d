import Link from "next/link";
import { Button } from "antd";
import styles from "./app-shell.module.css";

type Props = {
  displayName: string;
  orgName: string | null;
  /** Menu entries this user may open. */
  nav: { href: string; label: string }[];
  /** A server action that ends the session. */
  logoutAction: () => Promise<void>;
};

export function AppHeader({ displayName, orgName, nav, logoutAction }: Props) {
  return (
    <header className={styles.header}>
      <Link href="/" className={styles.brand}>
        年报编制系统
      </Link>
      <nav aria-label="主菜单" className={styles.nav}>
        {nav.map((item) => (
          <Link key={item.href} href={item.href} className={styles.navLink}>
            {item.label}
          </Link>
        ))}
      </nav>
      <div className={styles.user}>
        <span>
          <span className={styles.userName}>{displayName}</span>
          {orgName ? <span className={styles.orgName}>{orgName}</span> : null}
        </span>
        <form action={logoutAction}>
          <Button htmlType="submit">退出登录</Button>
        </form>
      </div>
    </header>
  );
}
