import Link from "next/link";
import { Button, Tag } from "antd";
import { MobileNav } from "./mobile-nav";
import styles from "./app-shell.module.css";

type Props = {
  displayName: string;
  orgName: string | null;
  /** Menu entries this user may open. */
  nav: { href: string; label: string }[];
  /** A server action that ends the session. */
  logoutAction: () => Promise<void>;
  /** The demo's fixed 演示日期 ("YYYY-MM-DD"), or null on a real installation (decision 016). */
  demoDate?: string | null;
};

/** The header: the menu inline on a wide screen; on a phone a 菜单 button opens it in a drawer. */
export function AppHeader({ displayName, orgName, nav, logoutAction, demoDate }: Props) {
  return (
    <header className={styles.header}>
      <MobileNav displayName={displayName} orgName={orgName} nav={nav} logoutAction={logoutAction} />
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
        {demoDate ? (
          <Tag color="orange" data-testid="demo-date" title="演示系统：期限、逾期与流程记录按演示日期计算；登录与审计日志按真实时间">
            演示日期 {demoDate}
          </Tag>
        ) : null}
        <span className={styles.who}>
          <span className={styles.userName}>{displayName}</span>
          {orgName ? <span className={styles.orgName}>{orgName}</span> : null}
        </span>
        <form action={logoutAction} className={styles.logout}>
          <Button htmlType="submit">退出登录</Button>
        </form>
      </div>
    </header>
  );
}
