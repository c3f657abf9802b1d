import { listOrganisations } from "@/db/queries/orgs";
import { countSubmissionsByOrg, countUsersByOrg } from "@/db/queries/org-usage";
import type { ReadContext } from "../kernel/read";

/** 单位管理 (org.manage): every unit with how many submissions and accounts refer to it. */
export function loadOrgsPage(ctx: ReadContext) {
  ctx.require("org.manage", { kind: "global" });
  const { db } = ctx;
  const [orgs, submissions, users] = [listOrganisations(db), countSubmissionsByOrg(db), countUsersByOrg(db)];
  return orgs.map((o) => ({
    id: o.id,
    code: o.code,
    name: o.name,
    kind: o.kind,
    parentId: o.parentId,
    active: o.active,
    predecessorId: o.predecessorId,
    ruleMaking: o.ruleMaking,
    submissions: submissions.get(o.id) ?? 0,
    users: users.get(o.id) ?? 0,
  }));
}
