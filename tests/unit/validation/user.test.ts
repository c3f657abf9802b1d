import { describe, expect, test } from "vitest";
import { createUserSchema, resetPasswordSchema, userIdSchema } from "@/lib/validation/user";

const base = { username: "new.filler", displayName: "新填报员", orgCode: "150000-01", password: "Strong#Pass2019" };

/** The messages for `password` of a refused input. */
function passwordMessages(input: unknown, minLength = 10): string[] {
  const r = createUserSchema({ minLength }).safeParse(input);
  return r.success ? [] : r.error.issues.filter((i) => i.path[0] === "password").map((i) => i.message);
}

describe("createUserSchema", () => {
  test("must change the password at first login unless told otherwise", () => {
    expect(createUserSchema().parse(base).mustChangePassword).toBe(true);
    expect(createUserSchema().parse({ ...base, mustChangePassword: false }).mustChangePassword).toBe(false);
  });

  test.each([
    { label: "a strong password", password: "Strong#Pass2019", minLength: 10, messages: [] },
    { label: "too short for the policy", password: "Ab#12345", minLength: 10, messages: ["密码长度至少为 10 个字符"] },
    { label: "long enough for a laxer policy", password: "Ab#12345", minLength: 8, messages: [] },
    { label: "two character classes", password: "alllowercase123", minLength: 10, messages: ["密码须包含大写字母、小写字母、数字、符号中的至少三类"] },
    { label: "containing the username", password: "New.Filler#2019", minLength: 10, messages: ["密码不能包含用户名"] },
  ])("$label", ({ password, minLength, messages }) => {
    expect(passwordMessages({ ...base, password }, minLength)).toEqual(messages);
  });

  test.each([
    { label: "a space", username: "new filler" },
    { label: "one character", username: "a" },
    { label: "Chinese", username: "填报员" },
  ])("refuses a username with $label", ({ username }) => {
    expect(createUserSchema().safeParse({ ...base, username }).success).toBe(false);
  });
});

describe("resetPasswordSchema and userIdSchema", () => {
  test("the id comes from the route as text", () => {
    expect(userIdSchema.parse({ id: "7" }).id).toBe(7);
    expect(userIdSchema.safeParse({ id: "x" }).success).toBe(false);
  });

  test("checks the policy", () => {
    expect(resetPasswordSchema({ minLength: 12 }).safeParse({ id: 1, password: "Short#1a" }).success).toBe(false);
    expect(resetPasswordSchema({ minLength: 12 }).safeParse({ id: 1, password: "Long#enough1a" }).success).toBe(true);
  });
});
