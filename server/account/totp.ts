import { z } from "zod";
import { isAdminRole } from "@/lib/authz";
import { newTotpSecret, totpQrDataUrl, totpUri, verifyTotp } from "@/lib/security";
import { verifyPassword } from "@/lib/security/password";
import { totpCodeSchema, totpDisableSchema } from "@/lib/validation/account";
import { getUserById } from "@/db/queries/users";
import { setTotp, useTotpStep } from "@/db/mutations/users";
import { defineCommand } from "../kernel/command";
import { conflict, invalid } from "../kernel/errors";
import { accountHolder } from "../kernel/caller";
import { getSecurityPolicy } from "../security/policy";

/** Starts binding an authenticator app: a new secret, pending until a code proves it. */
export const startTotp = defineCommand({
  name: "account.totp.start",
  schema: z.object({}),
  permission: "self",
  async run(_input, { user: caller, db }) {
    const user = accountHolder(caller);
    const row = getUserById(db, user.id);
    if (row?.totpEnabled) throw conflict("已启用动态口令");
    const secret = newTotpSecret();
    setTotp(db, user.id, { secret, enabled: false });
    return { secret, qrDataUrl: await totpQrDataUrl(totpUri({ secret, username: user.username })) };
  },
});

/** Finishes binding: the code must match the pending secret (and is then used up). */
export const confirmTotp = defineCommand({
  name: "account.totp.confirm",
  schema: totpCodeSchema,
  permission: "self",
  run(input, { user: caller, db, realNow: now, audit }) {
    const user = accountHolder(caller);
    const row = getUserById(db, user.id);
    if (!row?.totpSecret || row.totpEnabled) throw conflict("请先开始绑定动态口令");
    const check = verifyTotp(row.totpSecret, input.code, now);
    if (!check.ok || !useTotpStep(db, user.id, check.step)) throw invalid("动态口令不正确", { code: ["动态口令不正确，请输入验证器上的当前口令"] });
    setTotp(db, user.id, { secret: row.totpSecret, enabled: true });
    useTotpStep(db, user.id, check.step);
    audit({ action: "totp.enable", targetType: "user", targetId: user.id });
    return { enabled: true };
  },
});

/** Turns the second factor off (with the password); administrators must keep it when the policy says so. */
export const disableTotp = defineCommand({
  name: "account.totp.disable",
  schema: totpDisableSchema,
  permission: "self",
  async run(input, { user: caller, db, audit }) {
    const user = accountHolder(caller);
    const row = getUserById(db, user.id);
    if (!row?.totpEnabled) throw conflict("未启用动态口令");
    if (getSecurityPolicy(db).totpRequiredForAdmins && user.grants.some((g) => isAdminRole(g.role))) {
      throw conflict("管理员账户必须使用动态口令，不能关闭");
    }
    if (!(await verifyPassword(row.passwordHash, input.currentPassword))) throw invalid("当前密码不正确", { currentPassword: ["当前密码不正确"] });
    setTotp(db, user.id, { secret: null, enabled: false });
    audit({ action: "totp.disable", targetType: "user", targetId: user.id });
    return { enabled: false };
  },
});
