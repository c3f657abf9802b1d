import { describe, expect, test } from "vitest";
import { DEFAULT_SECURITY_POLICY, securityPolicySchema, type SecurityPolicy } from "@/lib/security";

describe("the default security policy", () => {
  test("has the values of the issue", () => {
    expect(DEFAULT_SECURITY_POLICY).toEqual({
      minLength: 10,
      lockoutThreshold: 5,
      lockoutMinutes: 15,
      idleMinutes: 30,
      sessionMaxHours: 12,
      ipRateLimit: { max: 100, windowMinutes: 15 },
      trustedProxyHops: 0,
      totpRequiredForAdmins: true,
    });
  });

  test("passes its own schema", () => {
    expect(securityPolicySchema.safeParse(DEFAULT_SECURITY_POLICY).success).toBe(true);
  });
});

describe("securityPolicySchema bounds", () => {
  const withChange = (change: Partial<SecurityPolicy>) => ({ ...DEFAULT_SECURITY_POLICY, ...change });
  test.each<{ label: string; change: Partial<SecurityPolicy>; error: string | null }>([
    { label: "min length 8 (lowest)", change: { minLength: 8 }, error: null },
    { label: "min length 64 (highest)", change: { minLength: 64 }, error: null },
    { label: "min length 7", change: { minLength: 7 }, error: "密码最小长度须为 8–64 之间的整数" },
    { label: "min length 65", change: { minLength: 65 }, error: "密码最小长度须为 8–64 之间的整数" },
    { label: "min length 9.5", change: { minLength: 9.5 }, error: "密码最小长度须为 8–64 之间的整数" },
    { label: "threshold 2", change: { lockoutThreshold: 2 }, error: "连续登录失败锁定次数须为 3–20 之间的整数" },
    { label: "threshold 21", change: { lockoutThreshold: 21 }, error: "连续登录失败锁定次数须为 3–20 之间的整数" },
    { label: "lockout 0 minutes", change: { lockoutMinutes: 0 }, error: "锁定时长（分钟）须为 1–1440 之间的整数" },
    { label: "lockout 1440 minutes", change: { lockoutMinutes: 1440 }, error: null },
    { label: "idle 4 minutes", change: { idleMinutes: 4 }, error: "空闲超时（分钟）须为 5–480 之间的整数" },
    { label: "idle 481 minutes", change: { idleMinutes: 481 }, error: "空闲超时（分钟）须为 5–480 之间的整数" },
    { label: "session 25 hours", change: { sessionMaxHours: 25 }, error: "会话最长时限（小时）须为 1–24 之间的整数" },
    { label: "a session shorter than the idle timeout", change: { sessionMaxHours: 1, idleMinutes: 90 }, error: "会话最长时限不能短于空闲超时" },
    { label: "rate limit 9 requests", change: { ipRateLimit: { max: 9, windowMinutes: 15 } }, error: "单个地址的请求上限须为 10–10000 之间的整数" },
    { label: "rate window 0 minutes", change: { ipRateLimit: { max: 100, windowMinutes: 0 } }, error: "请求计数时间窗（分钟）须为 1–1440 之间的整数" },
    { label: "6 proxy hops", change: { trustedProxyHops: 6 }, error: "可信反向代理层数须为 0–5 之间的整数" },
  ])("$label", ({ change, error }) => {
    const result = securityPolicySchema.safeParse(withChange(change));
    expect(result.success ? null : result.error.issues[0]?.message).toBe(error);
  });

  test.each([
    { label: "a number sent as a string", value: { ...DEFAULT_SECURITY_POLICY, minLength: "12" } },
    { label: "a missing switch", value: { ...DEFAULT_SECURITY_POLICY, totpRequiredForAdmins: undefined } },
  ])("refuses $label", ({ value }) => {
    expect(securityPolicySchema.safeParse(value).success).toBe(false);
  });
});
