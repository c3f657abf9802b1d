import { checkReactivate } from "@/lib/org-tree";
import { orgCodeSchema } from "@/lib/validation/organisation";
import { setOrganisationActive } from "@/db/mutations/org-edits";
import { defineCommand } from "../kernel/command";
import { atomically } from "../kernel/atomically";
import { auditChange } from "../kernel/audit-change";
import { refuseIf } from "../kernel/refuse";
import { loadOrgIndex, requireOrg } from "./org-index";

/** Puts a deactivated unit back in use (its parent must be in use). */
export const reactivateOrganisation = defineCommand({
  name: "org.reactivate",
  schema: orgCodeSchema,
  permission: () => ({ action: "org.manage", target: { kind: "global" } }),
  run(input, ctx) {
    const index = loadOrgIndex(ctx.db);
    const org = requireOrg(index, input.code);
    refuseIf(checkReactivate(index, org.id));
    return atomically(ctx.db, () => {
      setOrganisationActive(ctx.db, org.id, true, ctx.now);
      auditChange(ctx, { action: "org.reactivate", targetType: "organisation", targetId: org.code, before: { active: false }, after: { active: true } });
      return { code: org.code, active: true };
    });
  },
});
