import { z } from "zod";
import "../validation/zod-config";

/** The bounds a 安全管理员 may set each setting within (inclusive). */
export const POLICY_LIMITS = {
  minLength: { min: 8, max: 64 },
  lockoutThreshold: { min: 3, max: 20 },
  lockoutMinutes: { min: 1, max: 1440 },
  idleMinutes: { min: 5, max: 480 },
  sessionMaxHours: { min: 1, max: 24 },
  rateLimitMax: { min: 10, max: 10_000 },
  rateLimitWindowMinutes: { min: 1, max: 1440 },
  trustedProxyHops: { min: 0, max: 5 },
} as const;

function intIn(label: string, { min, max }: { min: number; max: number }) {
  const message = `${label}须为 ${min}–${max} 之间的整数`;
  return z.number({ error: message }).int(message).min(min, message).max(max, message);
}

/**
 * The password, lockout, session and rate-limit policy, as edited by the 安全管理员. Values are
 * typed (numbers, a boolean), so a form must send them as such (e.g. `valueAsNumber`).
 */
export const securityPolicySchema = z
  .object({
    minLength: intIn("密码最小长度", POLICY_LIMITS.minLength),
    lockoutThreshold: intIn("连续登录失败锁定次数", POLICY_LIMITS.lockoutThreshold),
    lockoutMinutes: intIn("锁定时长（分钟）", POLICY_LIMITS.lockoutMinutes),
    idleMinutes: intIn("空闲超时（分钟）", POLICY_LIMITS.idleMinutes),
    sessionMaxHours: intIn("会话最长时限（小时）", POLICY_LIMITS.sessionMaxHours),
    ipRateLimit: z.object({
      max: intIn("单个地址的请求上限", POLICY_LIMITS.rateLimitMax),
      windowMinutes: intIn("请求计数时间窗（分钟）", POLICY_LIMITS.rateLimitWindowMinutes),
    }),
    trustedProxyHops: intIn("可信反向代理层数", POLICY_LIMITS.trustedProxyHops),
    totpRequiredForAdmins: z.boolean({ error: "请选择管理员是否必须使用动态口令" }),
  })
  .refine((p) => p.sessionMaxHours * 60 >= p.idleMinutes, {
    message: "会话最长时限不能短于空闲超时",
    path: ["sessionMaxHours"],
  });

export type SecurityPolicy = z.infer<typeof securityPolicySchema>;

/** The policy until a 安全管理员 changes it (网络安全等级保护 level 2). */
export const DEFAULT_SECURITY_POLICY: SecurityPolicy = {
  minLength: 10,
  lockoutThreshold: 5,
  lockoutMinutes: 15,
  idleMinutes: 30,
  sessionMaxHours: 12,
  ipRateLimit: { max: 100, windowMinutes: 15 },
  trustedProxyHops: 0,
  totpRequiredForAdmins: true,
};
