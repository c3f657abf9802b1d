import { checkMerge } from "@/lib/org-tree";
import { mergeOrganisationSchema } from "@/lib/validation/organisation";
import { mergeOrganisation as writeMerge } from "@/db/mutations/org-edits";
import { defineCommand } from "../kernel/command";
import { atomically } from "../kernel/atomically";
import { auditChange } from "../kernel/audit-change";
import { refuseIf } from "../kernel/refuse";
import { loadOrgIndex, orgSnapshot, requireOrg } from "./org-index";

/**
 * Merges a unit into another: the old unit is deactivated and the successor records it as its
 * predecessor, so year-on-year figures can follow the line.
 */
export const mergeOrganisation = defineCommand({
  name: "org.merge",
  schema: mergeOrganisationSchema,
  permission: () => ({ action: "org.manage", target: { kind: "global" } }),
  run(input, ctx) {
    const index = loadOrgIndex(ctx.db);
    const org = requireOrg(index, input.code);
    const successor = index.byCode.get(input.successorCode);
    refuseIf(successor ? checkMerge(index, org.id, successor.id) : [`单位 ${input.successorCode} 不存在`], "successorCode");
    return atomically(ctx.db, () => {
      writeMerge(ctx.db, org.id, successor!.id, ctx.now);
      auditChange(ctx, {
        action: "org.merge",
        targetType: "organisation",
        targetId: org.code,
        before: { unit: orgSnapshot(index, org), successor: orgSnapshot(index, successor!) },
        after: { unit: { ...orgSnapshot(index, org), active: false }, successor: { ...orgSnapshot(index, successor!), predecessor: org.code } },
      });
      return { code: org.code, successorCode: successor!.code };
    });
  },
});
