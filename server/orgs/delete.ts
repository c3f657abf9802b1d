import { checkDelete } from "@/lib/org-tree";
import { orgCodeSchema } from "@/lib/validation/organisation";
import { deleteOrganisation as removeOrg } from "@/db/mutations/org-edits";
import { getOrganisationUsage } from "@/db/queries/org-usage";
import { defineCommand } from "../kernel/command";
import { conflict } from "../kernel/errors";
import { atomically } from "../kernel/atomically";
import { auditChange } from "../kernel/audit-change";
import { loadOrgIndex, orgSnapshot, requireOrg } from "./org-index";

/**
 * Deletes a unit added by mistake. Only a unit nothing refers to goes (no submissions, roster
 * entries, children, users, grants or successors); any other unit is deactivated instead.
 */
export const deleteOrganisation = defineCommand({
  name: "org.delete",
  schema: orgCodeSchema,
  permission: () => ({ action: "org.manage", target: { kind: "global" } }),
  run(input, ctx) {
    const index = loadOrgIndex(ctx.db);
    const org = requireOrg(index, input.code);
    const problems = checkDelete(getOrganisationUsage(ctx.db, org.id));
    if (problems.length) throw conflict(problems.join("；"));
    return atomically(ctx.db, () => {
      removeOrg(ctx.db, org.id);
      auditChange(ctx, { action: "org.delete", targetType: "organisation", targetId: org.code, before: orgSnapshot(index, org) });
      return { code: org.code };
    });
  },
});
