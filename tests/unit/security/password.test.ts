import { describe, expect, test } from "vitest";
import { hashPassword, verifyPassword } from "@/lib/security/password";

describe("password hashing", () => {
  test("hashes with Argon2id and verifies only the right password", async () => {
    const h = await hashPassword("Nianbao#2018!");
    expect(h).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(h, "Nianbao#2018!")).toBe(true);
    expect(await verifyPassword(h, "Nianbao#2018demO")).toBe(false);
  });

  test.each([
    { label: "an empty hash", hash: "" },
    { label: "garbage", hash: "not-a-hash" },
  ])("refuses $label without throwing", async ({ hash }) => {
    expect(await verifyPassword(hash, "whatever")).toBe(false);
  });
});
