import type { Action } from "@/lib/authz";

/** The shell's menu: each entry shows to those allowed its action (the server checks again). */
export type NavItem = { href: string; label: string; action: Action | null; onlyWithPublicList?: true };

export const NAV_ITEMS: NavItem[] = [
  { href: "/", label: "首页", action: null },
  { href: "/admin/orgs", label: "单位管理", action: "org.manage" },
  { href: "/admin/users", label: "用户管理", action: "user.manage" },
  { href: "/admin/cycles", label: "填报周期", action: "cycle.manage" },
  { href: "/security/grants", label: "角色授权", action: "grant.manage" },
  { href: "/security/policy", label: "安全策略", action: "policy.manage" },
  { href: "/audit", label: "审计日志", action: "audit.read" },
  // This app's public list is off unless the office opens it (reports are published on the 政府信息公开 platform).
  { href: "/public/reports", label: "已发布报告", action: null, onlyWithPublicList: true },
  { href: "/account", label: "我的账户", action: null },
];
