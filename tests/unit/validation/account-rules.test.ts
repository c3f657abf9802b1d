import { describe, expect, test } from "vitest";
import { checkDisableUser, checkEnableUser } from "@/lib/validation/account-rules";

describe("checkDisableUser", () => {
  test.each([
    { label: "another user's active account", actor: 1, target: { userId: 2, disabled: false }, sole: [] as const, problems: [] },
    { label: "one's own account", actor: 1, target: { userId: 1, disabled: false }, sole: [] as const, problems: ["不能停用本人账户"] },
    { label: "an account already disabled", actor: 1, target: { userId: 2, disabled: true }, sole: [] as const, problems: ["该账户已经停用"] },
    { label: "the last 安全管理员", actor: 1, target: { userId: 2, disabled: false }, sole: ["secadmin"] as const, problems: ["该用户是唯一在用的安全管理员，不能停用"] },
  ])("$label", ({ actor, target, sole, problems }) => {
    expect(checkDisableUser(actor, target, sole)).toEqual(problems);
  });
});

describe("checkEnableUser", () => {
  test.each([
    { label: "a disabled account", actor: 1, target: { userId: 2, disabled: true }, problems: [] },
    { label: "an active account", actor: 1, target: { userId: 2, disabled: false }, problems: ["该账户没有停用"] },
  ])("$label", ({ actor, target, problems }) => {
    expect(checkEnableUser(actor, target)).toEqual(problems);
  });
});
