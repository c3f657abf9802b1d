import { checkNewCode, checkNewParent } from "@/lib/org-tree";
import { createOrganisationSchema } from "@/lib/validation/organisation";
import { insertOrganisation } from "@/db/mutations/org-edits";
import { defineCommand } from "../kernel/command";
import { invalid } from "../kernel/errors";
import { atomically } from "../kernel/atomically";
import { auditChange } from "../kernel/audit-change";
import { loadOrgIndex, orgSnapshot } from "./org-index";

/** Adds a unit to today's tree (existing cycles' rosters are unaffected). */
export const createOrganisation = defineCommand({
  name: "org.create",
  schema: createOrganisationSchema,
  permission: () => ({ action: "org.manage", target: { kind: "global" } }),
  run(input, ctx) {
    const index = loadOrgIndex(ctx.db);
    const codeProblems = checkNewCode(index, input.code);
    const parentProblems = checkNewParent(index, input.parentCode);
    if (codeProblems.length || parentProblems.length) {
      const fieldErrors = Object.fromEntries(Object.entries({ code: codeProblems, parentCode: parentProblems }).filter(([, p]) => p.length));
      throw invalid([...codeProblems, ...parentProblems].join("；"), fieldErrors);
    }
    const parentId = input.parentCode === null ? null : index.byCode.get(input.parentCode)!.id;
    return atomically(ctx.db, () => {
      const org = insertOrganisation(ctx.db, { code: input.code, name: input.name, kind: input.kind, parentId, at: ctx.now });
      const after = orgSnapshot(index, org);
      auditChange(ctx, { action: "org.create", targetType: "organisation", targetId: org.code, after });
      return { code: org.code, name: org.name };
    });
  },
});
