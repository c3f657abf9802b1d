"use server";

import { confirmTotp, disableTotp, startTotp } from "@/server/account/totp";
import { execute } from "@/server/next/execute";

export async function startTotpAction() {
  return execute(startTotp, {});
}

export async function confirmTotpAction(input: unknown) {
  return execute(confirmTotp, input);
}

export async function disableTotpAction(input: unknown) {
  return execute(disableTotp, input);
}
