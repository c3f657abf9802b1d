import { passwordProblems } from "@/lib/security";
import { hashPassword } from "@/lib/security/password";
import { grantRole, parseRole } from "./role-grant";
import type { Db } from "../../db/client";
import { getOrganisationByCode } from "../../db/queries/orgs";
import { getUserByUsername } from "../../db/queries/users";
import { createUser } from "../../db/mutations/users";
import { appendAudit } from "../../db/mutations/audit";
import { parse } from "../args";
import { RefusedError, say, UsageError } from "../io";

export const usage =
  "user:create --username U --password P --org CODE --name NAME [--must-change] [--role ROLE …]\n" +
  "                                 创建用户（首个系统管理员也用它）";

export async function run(db: Db, argv: string[]): Promise<void> {
  const { values } = parse(
    argv,
    {
      username: { type: "string" },
      password: { type: "string" },
      org: { type: "string" },
      name: { type: "string" },
      "must-change": { type: "boolean" },
      role: { type: "string", multiple: true },
    },
    0,
  );
  for (const k of ["username", "password", "org", "name"] as const) if (!values[k]) throw new UsageError(`缺少 --${k}`);
  const username = values.username!.trim();
  if (!/^[A-Za-z0-9_.-]{2,64}$/.test(username)) throw new RefusedError("用户名只能包含字母、数字、下划线、点和连字符（2–64位）");
  const roles = (values.role ?? []).map(parseRole);
  const weak = passwordProblems({ password: values.password!, username, sameAsPrevious: false });
  if (weak.length) throw new RefusedError("密码不符合要求：", weak);
  const org = getOrganisationByCode(db, values.org!);
  if (!org) throw new RefusedError(`单位代码 ${values.org} 不存在`);
  if (getUserByUsername(db, username)) throw new RefusedError(`用户名 ${username} 已存在`);
  const passwordHash = await hashPassword(values.password!);
  // The account and its roles together, or nothing (a refused role leaves no half-made user).
  db.transaction(() => {
    const user = createUser(db, {
      username,
      displayName: values.name!,
      passwordHash,
      orgId: org.id,
      mustChangePassword: values["must-change"] ?? false,
    });
    appendAudit(db, { action: "user.create", username: "cli", targetType: "user", targetId: String(user.id), detail: { username, org: org.code } });
    for (const role of roles) grantRole(db, username, role);
  });
  say(`已创建用户 ${username}（${values.name}，${org.name}）。`);
}
