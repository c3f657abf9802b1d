import { planOrgImport, type OrgImportPlan } from "@/lib/org-tree";
import { orgImportSchema } from "@/lib/validation/organisation";
import { defineCommand } from "../kernel/command";
import { existingForImport, loadOrgIndex } from "./org-index";

/** What an import would add, change or refuse, row by row; writes nothing. */
export const previewOrganisationImport = defineCommand({
  name: "org.import.preview",
  schema: orgImportSchema,
  permission: () => ({ action: "org.manage", target: { kind: "global" } }),
  run(input, ctx): OrgImportPlan {
    return planOrgImport(existingForImport(loadOrgIndex(ctx.db)), input.rows);
  },
});
