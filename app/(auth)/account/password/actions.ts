"use server";

import { signOut } from "@/auth";
import { changePassword } from "@/server/account/change-password";
import type { CommandResult } from "@/lib/contracts/command-result";
import { execute } from "@/server/next/execute";

/** Changes the password; on success every session has ended, so the cookie is cleared and the user logs in again. */
export async function changePasswordAction(input: unknown): Promise<CommandResult<{ sessionsEnded: number }>> {
  const result = await execute(changePassword, input);
  if (result.ok) await signOut({ redirectTo: "/login?changed=1" });
  return result;
}
