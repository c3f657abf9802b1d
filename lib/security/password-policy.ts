import { z } from "zod";
import "../validation/zod-config";
import { PASSWORD_MAX_LENGTH } from "../validation/login";
import { DEFAULT_SECURITY_POLICY, type SecurityPolicy } from "./security-policy";

/** A new password with what it is checked against. */
export type PasswordCandidate = {
  password: string;
  username: string;
  /** Whether it equals the current password; the server finds out by verifying it against the stored hash. */
  sameAsPrevious: boolean;
};

/** Usernames shorter than this are not looked for inside passwords (every password would contain "li"). */
const MIN_USERNAME_TO_MATCH = 3;

const CHARACTER_CLASSES = [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/];

/** How many of upper case, lower case, digit, other (symbols, spaces, Chinese) a password uses. */
export function characterClassCount(password: string): number {
  return CHARACTER_CLASSES.filter((re) => re.test(password)).length;
}

/**
 * The password rules as a zod schema (issues on `password`), for a change-password form and its
 * action. Lengths count characters (code points), not UTF-16 units.
 */
export function passwordSchema(policy: Pick<SecurityPolicy, "minLength"> = DEFAULT_SECURITY_POLICY) {
  return z
    .object({ password: z.string(), username: z.string(), sameAsPrevious: z.boolean() })
    .superRefine(({ password, username, sameAsPrevious }, ctx) => {
      const problem = (message: string) => ctx.addIssue({ code: "custom", path: ["password"], message });
      const length = [...password].length;
      if (length < policy.minLength) problem(`密码长度至少为 ${policy.minLength} 个字符`);
      if (length > PASSWORD_MAX_LENGTH) problem(`密码不能超过 ${PASSWORD_MAX_LENGTH} 个字符`);
      if (characterClassCount(password) < 3) problem("密码须包含大写字母、小写字母、数字、符号中的至少三类");
      const name = username.trim().toLowerCase();
      if (name.length >= MIN_USERNAME_TO_MATCH && password.toLowerCase().includes(name)) problem("密码不能包含用户名");
      if (sameAsPrevious) problem("新密码不能与当前密码相同");
    });
}

/**
 * Everything wrong with a new password; empty when it is acceptable.
 * @returns Chinese messages, in the order of the rules
 */
export function passwordProblems(candidate: PasswordCandidate, policy: Pick<SecurityPolicy, "minLength"> = DEFAULT_SECURITY_POLICY): string[] {
  const result = passwordSchema(policy).safeParse(candidate);
  return result.success ? [] : result.error.issues.map((i) => i.message);
}
