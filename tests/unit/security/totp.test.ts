import { describe, expect, test } from "vitest";
import { newTotpSecret, totpQrDataUrl, totpUri, verifyTotp } from "@/lib/security";

/** RFC 6238 appendix B: the SHA-1 secret is the ASCII "12345678901234567890". */
const RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

/*
 * RFC 6238's 8-digit SHA-1 values, cut to 6 digits (a code is the HOTP value mod 10^digits, so the
 * 6-digit code is the last 6 digits of the 8-digit one). step = floor(seconds / 30).
 */
const RFC_VECTORS = [
  { seconds: 59, rfc: "94287082", step: 1 },
  { seconds: 1111111109, rfc: "07081804", step: 37037036 },
  { seconds: 1111111111, rfc: "14050471", step: 37037037 },
  { seconds: 1234567890, rfc: "89005924", step: 41152263 },
  { seconds: 2000000000, rfc: "69279037", step: 66666666 },
  { seconds: 20000000000, rfc: "65353130", step: 666666666 },
];

describe("verifyTotp against RFC 6238", () => {
  test.each(RFC_VECTORS)("at $seconds s the code is the last 6 digits of $rfc, step $step", ({ seconds, rfc, step }) => {
    expect(verifyTotp(RFC_SECRET, rfc.slice(2), seconds * 1000, 0)).toEqual({ ok: true, step });
  });

  test("the previous step's code is accepted with window 1 and reports that step", () => {
    // 081804 belongs to step 37037036; at 1111111111 s the current step is 37037037.
    expect(verifyTotp(RFC_SECRET, "081804", 1111111111_000)).toEqual({ ok: true, step: 37037036 });
  });

  test("the same code is refused with window 0", () => {
    expect(verifyTotp(RFC_SECRET, "081804", 1111111111_000, 0)).toEqual({ ok: false, step: null });
  });

  test("a code two steps old is refused with window 1", () => {
    expect(verifyTotp(RFC_SECRET, "081804", (1111111111 + 60) * 1000)).toEqual({ ok: false, step: null });
  });

  test.each([
    { label: "a wrong code", token: "123456", ok: false },
    { label: "spaces are ignored", token: "287 082", ok: true },
    { label: "too short", token: "28708", ok: false },
    { label: "the 8-digit form", token: "94287082", ok: false },
    { label: "letters", token: "28708a", ok: false },
    { label: "empty", token: "", ok: false },
  ])("$label", ({ token, ok }) => {
    expect(verifyTotp(RFC_SECRET, token, 59_000, 0).ok).toBe(ok);
  });

  test("a replay shows as the same step, which the server refuses", () => {
    const first = verifyTotp(RFC_SECRET, "050471", 1111111111_000);
    const replay = verifyTotp(RFC_SECRET, "050471", 1111111111_000 + 20_000);
    expect(first.ok && replay.ok).toBe(true);
    expect(replay.step).toBe(first.step);
  });
});

describe("enrolment", () => {
  test("a new secret is 160 random bits in base32, different each time", () => {
    const a = newTotpSecret();
    expect(a).toMatch(/^[A-Z2-7]{32}$/);
    expect(newTotpSecret()).not.toBe(a);
  });

  test("the URI names the issuer and the user, with the standard parameters", () => {
    const url = new URL(totpUri({ secret: RFC_SECRET, username: "zhangsan" }));
    expect(url.protocol).toBe("otpauth:");
    expect(url.host).toBe("totp");
    expect(decodeURIComponent(url.pathname)).toBe("/年报编制系统:zhangsan");
    expect(Object.fromEntries(url.searchParams)).toEqual({ issuer: "年报编制系统", secret: RFC_SECRET, algorithm: "SHA1", digits: "6", period: "30" });
  });

  test("the QR code is a PNG data URL", async () => {
    const dataUrl = await totpQrDataUrl(totpUri({ secret: RFC_SECRET, username: "zhangsan" }));
    expect(dataUrl).toMatch(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/);
    const png = Buffer.from(dataUrl.split(",")[1]!, "base64");
    expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
  });
});
