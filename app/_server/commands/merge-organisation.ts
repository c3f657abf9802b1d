import "server-only";
import { checkMerge } from "@/lib/org-tree";
import { mergeOrganisationSchema } from "@/lib/validation/organisation";
import { mergeOrganisation as writeMerge } from "@/db/mutations/org-edits";
import { defineCommand } from "../command";
import { atomically } from "./support/atomically";
import { auditChange } from "./support/audit-change";
import { refuseIf } from "./support/refuse";
import { loadOrgIndex, orgSnapshot, requireOrg } from "./support/org-index";

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
