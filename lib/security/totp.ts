import { Secret, TOTP } from "otpauth";
import { toDataURL } from "qrcode";

/** The issuer shown in authenticator apps. */
export const TOTP_ISSUER = "年报编制系统";

// RFC 6238 with the parameters every authenticator app supports.
const PARAMS = { algorithm: "SHA1", digits: 6, period: 30 } as const;

export type TotpCheck = { ok: true; step: number } | { ok: false; step: null };

/** A new random secret (160 bits, as RFC 4226 recommends), in base32. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI an authenticator app scans ("年报编制系统:username"). */
export function totpUri({ secret, username, issuer = TOTP_ISSUER }: { secret: string; username: string; issuer?: string }): string {
  return new TOTP({ ...PARAMS, issuer, label: username, secret: Secret.fromBase32(secret) }).toString();
}

/**
 * Checks a 6-digit code at `now`, accepting `window` steps of clock drift either way.
 * Returns the time step the code belongs to: the server stores the last step used and refuses
 * a step not greater than it, so a code cannot be replayed.
 * @param secret the user's base32 secret
 * @param token what the user typed (spaces are ignored)
 * @param now epoch milliseconds
 */
export function verifyTotp(secret: string, token: string, now: number, window = 1): TotpCheck {
  const code = token.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(code)) return { ok: false, step: null };
  const delta = TOTP.validate({ ...PARAMS, token: code, secret: Secret.fromBase32(secret), timestamp: now, window });
  if (delta === null) return { ok: false, step: null };
  return { ok: true, step: TOTP.counter({ period: PARAMS.period, timestamp: now }) + delta };
}

/** The URI as a QR code image (PNG data URL) for the enrolment page. */
export function totpQrDataUrl(uri: string): Promise<string> {
  return toDataURL(uri, { errorCorrectionLevel: "M", margin: 2, width: 240 });
}
