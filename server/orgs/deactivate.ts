import { checkDeactivate } from "@/lib/org-tree";
import { orgCodeSchema } from "@/lib/validation/organisation";
import { setOrganisationActive } from "@/db/mutations/org-edits";
import { defineCommand } from "../kernel/command";
import { atomically } from "../kernel/atomically";
import { auditChange } from "../kernel/audit-change";
import { refuseIf } from "../kernel/refuse";
import { loadOrgIndex, requireOrg } from "./org-index";

/** Deactivates a unit: it stays (with its data) but is left out of new cycles' rosters. */
export const deactivateOrganisation = defineCommand({
  name: "org.deactivate",
  schema: orgCodeSchema,
  permission: () => ({ action: "org.manage", target: { kind: "global" } }),
  run(input, ctx) {
    const index = loadOrgIndex(ctx.db);
    const org = requireOrg(index, input.code);
    refuseIf(checkDeactivate(index, org.id));
    return atomically(ctx.db, () => {
      setOrganisationActive(ctx.db, org.id, false, ctx.now);
      auditChange(ctx, { action: "org.deactivate", targetType: "organisation", targetId: org.code, before: { active: true }, after: { active: false } });
      return { code: org.code, active: false };
    });
  },
});
