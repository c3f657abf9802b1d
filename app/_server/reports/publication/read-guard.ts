import "server-only";
import { getDb } from "@/db/client";
import { getOrganisationByCode } from "@/db/queries/orgs";
import { lookupSession } from "../../current-user";
import { can } from "../../guards";
import { findPublished, type Published } from "./downloads";

const refuse = (status: number, error: string) => Response.json({ error }, { status, headers: { "Cache-Control": "no-store" } });

/**
 * A signed-in reader's published version (report.read on the unit): 401 without a session, the
 * same 403 for an unknown unit as for another unit's, 404 for a version that does not exist.
 */
export async function readablePublication(params: { year: string; orgCode: string; version: string }): Promise<Published | Response> {
  const { user } = await lookupSession();
  if (!user) return refuse(401, "登录已失效，请重新登录");
  if (user.mustChangePassword) return refuse(403, "请先修改初始密码");
  const db = getDb();
  const orgCode = decodeURIComponent(params.orgCode);
  const org = getOrganisationByCode(db, orgCode);
  if (!can(user, "report.read", { kind: "org", orgId: org?.id ?? -1 })) return refuse(403, "您没有查看该单位年度报告的权限");
  const found = findPublished(db, Number(params.year), orgCode, Number(params.version));
  return found ?? refuse(404, "该版本的报告不存在");
}
