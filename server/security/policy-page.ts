import type { ReadContext } from "../kernel/read";
import { getSecurityPolicy } from "./policy";

/** 安全策略 (policy.manage): the policy as in force now. */
export function loadPolicyPage(ctx: ReadContext) {
  ctx.require("policy.manage", { kind: "global" });
  return getSecurityPolicy(ctx.db);
}
