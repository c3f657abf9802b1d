"use server";

import { createUser } from "@/server/users/create";
import { disableUser } from "@/server/users/disable";
import { enableUser } from "@/server/users/enable";
import { resetUserPassword } from "@/server/users/reset-password";
import { pageAction } from "@/server/next/page-action";

const PATH = "/admin/users";

/** The page's 新建用户 (user.create). */
export async function createUserAction(input: unknown) {
  return pageAction(createUser, input, PATH);
}

/** The page's 停用 an account and end its sessions (user.disable). */
export async function disableUserAction(input: unknown) {
  return pageAction(disableUser, input, PATH);
}

/** The page's 启用 an account (user.enable). */
export async function enableUserAction(input: unknown) {
  return pageAction(enableUser, input, PATH);
}

/** The page's 重置密码 (user.reset_password). */
export async function resetUserPasswordAction(input: unknown) {
  return pageAction(resetUserPassword, input, PATH);
}
