"use client";

import { useState } from "react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { Button, Drawer } from "antd";
import styles from "./app-shell.module.css";

type Props = {
  displayName: string;
  orgName: string | null;
  nav: { href: string; label: string }[];
  logoutAction: () => Promise<void>;
};

/** The menu on a phone: a 菜单 button opening a drawer with every entry, who is signed in and 退出登录. */
export function MobileNav({ displayName, orgName, nav, logoutAction }: Props) {
  const [open, setOpen] = useState(false);
  const path = usePathname();
  return (
    <>
      {/* A wrapper carries the show/hide rule: the UI kit's own display rule on the button wins over a class. */}
      <span className={styles.menuButton}>
        <Button aria-label="打开菜单" aria-expanded={open} onClick={() => setOpen(true)}>
          ☰ 菜单
        </Button>
      </span>
      <Drawer title="菜单" placement="left" size={280} open={open} onClose={() => setOpen(false)}>
        <nav aria-label="手机菜单" className={styles.drawerNav}>
          {nav.map((item) => (
            <Link
              key={item.href}
              href={item.href}
              className={styles.drawerLink}
              aria-current={path === item.href ? "page" : undefined}
              onClick={() => setOpen(false)}
            >
              {item.label}
            </Link>
          ))}
        </nav>
        <div className={styles.drawerUser}>
          <div className={styles.userName}>{displayName}</div>
          {orgName ? <div className={styles.drawerOrg}>{orgName}</div> : null}
          <form action={logoutAction} style={{ marginTop: 12 }}>
            <Button htmlType="submit" block>
              退出登录
            </Button>
          </form>
        </div>
      </Drawer>
    </>
  );
}
