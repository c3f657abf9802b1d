import { renameOrganisationSchema } from "@/lib/validation/organisation";
import { renameOrganisation as writeName } from "@/db/mutations/org-edits";
import { defineCommand } from "../kernel/command";
import { atomically } from "../kernel/atomically";
import { auditChange } from "../kernel/audit-change";
import { refuseIf } from "../kernel/refuse";
import { loadOrgIndex, requireOrg } from "./org-index";

/** Renames a unit (its code, the key of imports and exports, stays). */
export const renameOrganisation = defineCommand({
  name: "org.rename",
  schema: renameOrganisationSchema,
  permission: () => ({ action: "org.manage", target: { kind: "global" } }),
  run(input, ctx) {
    const org = requireOrg(loadOrgIndex(ctx.db), input.code);
    refuseIf(org.name === input.name ? ["新名称与原名称相同"] : [], "name");
    return atomically(ctx.db, () => {
      writeName(ctx.db, org.id, input.name, ctx.now);
      auditChange(ctx, { action: "org.rename", targetType: "organisation", targetId: org.code, before: { name: org.name }, after: { name: input.name } });
      return { code: org.code, name: input.name };
    });
  },
});
