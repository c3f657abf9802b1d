"use server";

import { signOut } from "@/auth";
import { changePassword } from "@/app/_server/account/change-password";
import { execute, type CommandResult } from "@/app/_server/command";

/** Changes the password; on success every session has ended, so the cookie is cleared and the user logs in again. */
export async function changePasswordAction(input: unknown): Promise<CommandResult<{ sessionsEnded: number }>> {
  const result = await execute(changePassword, input);
  if (result.ok) await signOut({ redirectTo: "/login?changed=1" });
  return result;
}
