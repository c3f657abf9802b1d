import * as OTPAuth from "otpauth";

/** The authenticator app's code for a secret; `stepsAhead` picks a later 30-s step (a code is accepted once). */
export function totpCode(secret: string, stepsAhead = 0): string {
  return new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secret), digits: 6, period: 30 }).generate({ timestamp: Date.now() + stepsAhead * 30_000 });
}
