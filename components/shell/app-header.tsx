import Link from "next/link";
import { Button } from "antd";
import styles from "./app-shell.module.css";

type Props = {
  displayName: string;
  orgName: string | null;
  /** A server action that ends the session. */
  logoutAction: () => Promise<void>;
};

export function AppHeader({ displayName, orgName, logoutAction }: Props) {
  return (
    <header className={styles.header}>
      <Link href="/" className={styles.brand}>
        年报编制系统
      </Link>
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
