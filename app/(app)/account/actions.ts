"use server";

import { confirmTotp, disableTotp, startTotp } from "@/app/_server/account/totp";
import { execute } from "@/app/_server/command";

export async function startTotpAction() {
  return execute(startTotp, {});
}

export async function confirmTotpAction(input: unknown) {
  return execute(confirmTotp, input);
}

export async function disableTotpAction(input: unknown) {
  return execute(disableTotp, input);
}
