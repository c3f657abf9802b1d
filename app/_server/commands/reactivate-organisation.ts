import "server-only";
import { checkReactivate } from "@/lib/org-tree";
import { orgCodeSchema } from "@/lib/validation/organisation";
import { setOrganisationActive } from "@/db/mutations/org-edits";
import { defineCommand } from "../command";
import { atomically } from "./support/atomically";
import { auditChange } from "./support/audit-change";
import { refuseIf } from "./support/refuse";
import { loadOrgIndex, requireOrg } from "./support/org-index";

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
