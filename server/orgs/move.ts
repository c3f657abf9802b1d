import { checkMove } from "@/lib/org-tree";
import { moveOrganisationSchema } from "@/lib/validation/organisation";
import { moveOrganisation as writeParent } from "@/db/mutations/org-edits";
import { defineCommand } from "../kernel/command";
import { atomically } from "../kernel/atomically";
import { auditChange } from "../kernel/audit-change";
import { refuseIf } from "../kernel/refuse";
import { loadOrgIndex, requireOrg } from "./org-index";

/** Moves a unit (with everything below it) under another parent; never under itself or below itself. */
export const moveOrganisation = defineCommand({
  name: "org.move",
  schema: moveOrganisationSchema,
  permission: () => ({ action: "org.manage", target: { kind: "global" } }),
  run(input, ctx) {
    const index = loadOrgIndex(ctx.db);
    const org = requireOrg(index, input.code);
    const parent = index.byCode.get(input.parentCode);
    refuseIf(parent ? checkMove(index, org.id, parent.id) : [`上级单位 ${input.parentCode} 不存在`], "parentCode");
    const before = org.parentId === null ? null : (index.byId.get(org.parentId)?.code ?? null);
    return atomically(ctx.db, () => {
      writeParent(ctx.db, org.id, parent!.id, ctx.now);
      auditChange(ctx, { action: "org.move", targetType: "organisation", targetId: org.code, before: { parent: before }, after: { parent: parent!.code } });
      return { code: org.code, parentCode: parent!.code };
    });
  },
});
