import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/authz";
import { forbiddenAdvice } from "@/lib/home";

describe("the 403 page's advice depends on who is refused", () => {
  it.each<[string, Role[], string, string | null]>([
    ["the 系统管理员 is never told to ask themselves", ["sysadmin"], "请联系安全管理员", "联系系统管理员"],
    ["the 安全管理员 cannot grant to themselves", ["secadmin"], "另一位安全管理员", "联系系统管理员"],
    ["the auditor reads the audit log only", ["auditor"], "只能查阅审计日志", null],
    ["a 填报员 asks the 安全管理员 for a role", ["filler"], "请联系安全管理员", "联系系统管理员"],
    ["no role at all", [], "尚未被授予任何角色", null],
  ])("%s", (_name, roles, contains, never) => {
    const text = forbiddenAdvice(roles);
    expect(text).toContain(contains);
    if (never) expect(text).not.toContain(never);
  });
});
