import { createHmac, getHashes } from "node:crypto";
import { describe, expect, test } from "vitest";
import { AUDIT_HASH_ALGS, auditKeyFingerprint, hmacHex, isAuditHashAlg } from "@/lib/audit";

/** The key of sm-crypto's README HMAC example. */
const README_KEY = Buffer.from(
  "daac25c1512fe50f79b0e4526b93f5c0e1460cef40b6dd44af13caec62e8c60e0d885f3c6d6fb51e530889e6fd4ac743a6d332e68a0f2a3923f42585dceb93e9",
  "hex",
);

describe("hmacHex", () => {
  test.each([
    {
      label: "HMAC-SHA256, RFC 4231 test case 2",
      alg: "sha256" as const,
      key: Buffer.from("Jefe"),
      message: "what do ya want for nothing?",
      expected: "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
    },
    {
      label: "HMAC-SM3 of 'abc' with sm-crypto's README key (same value from `openssl dgst -sm3 -mac HMAC`)",
      alg: "sm3" as const,
      key: README_KEY,
      message: "abc",
      expected: "5c690e2b822a514017f1ccb9a61b6738714dbd17dbd6fdbc2fa662d122b6885d",
    },
  ])("$label", ({ alg, key, message, expected }) => {
    expect(hmacHex(alg, key, message)).toBe(expected);
  });

  // Node's OpenSSL build has SM3 here; it is an independent implementation to compare against.
  const nodeHasSm3 = getHashes().includes("sm3");
  test.skipIf(!nodeHasSm3).each([
    { label: "ASCII", message: "audit" },
    { label: "Chinese", message: "政府信息公开工作年度报告" },
    { label: "a character above U+3FFFF (sm-crypto's own UTF-8 encoder gets these wrong)", message: "x\u{E0061}y" },
    { label: "CJK extension B", message: "\u{20BB7}野家" },
    { label: "empty", message: "" },
    { label: "longer than one block", message: "长".repeat(200) },
  ])("HMAC-SM3 equals Node's OpenSSL SM3 for $label text", ({ message }) => {
    const key = Buffer.alloc(32, 7);
    expect(hmacHex("sm3", key, message)).toBe(createHmac("sm3", key).update(message, "utf8").digest("hex"));
  });

  test.each(AUDIT_HASH_ALGS)("%s gives 64 hex digits and depends on the key", (alg) => {
    const a = hmacHex(alg, Buffer.alloc(32, 1), "m");
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(hmacHex(alg, Buffer.alloc(32, 2), "m")).not.toBe(a);
  });
});

describe("isAuditHashAlg and auditKeyFingerprint", () => {
  test.each([
    ["sha256", true],
    ["sm3", true],
    ["SM3", false],
    ["md5", false],
    [null, false],
  ] as const)("%s → %s", (value, expected) => {
    expect(isAuditHashAlg(value)).toBe(expected);
  });

  test("the fingerprint is 16 hex digits and differs between keys", () => {
    expect(auditKeyFingerprint(Buffer.alloc(32, 1))).toMatch(/^[0-9a-f]{16}$/);
    expect(auditKeyFingerprint(Buffer.alloc(32, 1))).not.toBe(auditKeyFingerprint(Buffer.alloc(32, 2)));
  });
});
