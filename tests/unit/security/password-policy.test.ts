import { describe, expect, test } from "vitest";
import { characterClassCount, passwordProblems, passwordSchema } from "@/lib/security";

const LENGTH = "密码长度至少为 10 个字符";
const CLASSES = "密码须包含大写字母、小写字母、数字、符号中的至少三类";
const USERNAME = "密码不能包含用户名";
const SAME = "新密码不能与当前密码相同";

describe("passwordProblems with the default policy (10 characters)", () => {
  test.each([
    { label: "a good password", password: "Nianbao#2018", username: "zhangsan", same: false, problems: [] },
    { label: "three classes without symbols", password: "Nianbao2018x", username: "zhangsan", same: false, problems: [] },
    { label: "three classes without upper case", password: "nianbao#2018", username: "zhangsan", same: false, problems: [] },
    { label: "exactly 10 characters", password: "Abcdefgh1!", username: "zhangsan", same: false, problems: [] },
    { label: "9 characters", password: "Abcdefg1!", username: "zhangsan", same: false, problems: [LENGTH] },
    { label: "Chinese characters count as characters, and as symbols", password: "年报编制系统Ab12", username: "zhangsan", same: false, problems: [] },
    { label: "two classes only", password: "nianbaonianbao", username: "zhangsan", same: false, problems: [CLASSES] },
    { label: "digits and lower case only", password: "nianbao20181231", username: "zhangsan", same: false, problems: [CLASSES] },
    { label: "contains the username", password: "Zhangsan#2018", username: "zhangsan", same: false, problems: [USERNAME] },
    { label: "contains the username in other case", password: "xxZHANGSAN#2018", username: "ZhangSan", same: false, problems: [USERNAME] },
    { label: "a 2-letter username is not looked for", password: "Nianbao#2018li", username: "li", same: false, problems: [] },
    { label: "the same as the current password", password: "Nianbao#2018", username: "zhangsan", same: true, problems: [SAME] },
    { label: "everything wrong at once", password: "zhangsan", username: "zhangsan", same: true, problems: [LENGTH, CLASSES, USERNAME, SAME] },
    { label: "an empty password", password: "", username: "zhangsan", same: false, problems: [LENGTH, CLASSES] },
    { label: "longer than 256 characters", password: "Aa1!".repeat(65), username: "zhangsan", same: false, problems: ["密码不能超过 256 个字符"] },
  ])("$label", ({ password, username, same, problems }) => {
    expect(passwordProblems({ password, username, sameAsPrevious: same })).toEqual(problems);
  });

  test("an emoji counts as one character, not two UTF-16 units", () => {
    // 9 characters, 13 UTF-16 units: too short.
    expect(passwordProblems({ password: "Ab1😀😀😀😀😀😀", username: "x", sameAsPrevious: false })).toEqual([LENGTH]);
  });
});

describe("a stricter policy", () => {
  test.each([
    { label: "12 characters under minLength 12", password: "Nianbao#2018", problems: [] },
    { label: "11 characters under minLength 12", password: "Nianbao#201", problems: ["密码长度至少为 12 个字符"] },
  ])("$label", ({ password, problems }) => {
    expect(passwordProblems({ password, username: "zhangsan", sameAsPrevious: false }, { minLength: 12 })).toEqual(problems);
  });

  test("the schema reports on the password field (for a form)", () => {
    const result = passwordSchema().safeParse({ password: "short", username: "zhangsan", sameAsPrevious: false });
    expect(result.success).toBe(false);
    expect(result.error?.issues.every((i) => i.path.join(".") === "password")).toBe(true);
  });
});

describe("characterClassCount", () => {
  test.each([
    { label: "lower only", password: "abc", count: 1 },
    { label: "upper and lower", password: "aB", count: 2 },
    { label: "upper, lower, digit", password: "aB3", count: 3 },
    { label: "all four", password: "aB3#", count: 4 },
    { label: "a space is a symbol", password: "a b", count: 2 },
  ])("$label → $count", ({ password, count }) => {
    expect(characterClassCount(password)).toBe(count);
  });
});
