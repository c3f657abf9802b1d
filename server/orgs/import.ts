import { planOrgImport, type OrgImportItem } from "@/lib/org-tree";
import { orgImportSchema } from "@/lib/validation/organisation";
import { upsertOrganisations } from "@/db/mutations/orgs";
import { defineCommand } from "../kernel/command";
import { invalid } from "../kernel/errors";
import { atomically } from "../kernel/atomically";
import { auditChange } from "../kernel/audit-change";
import { existingForImport, loadOrgIndex } from "./org-index";

/** Refused rows named in the message; the rest are counted. */
const LISTED_REFUSALS = 5;

function refusalMessage(refused: OrgImportItem[]): string {
  const listed = refused.slice(0, LISTED_REFUSALS).map((i) => `第 ${i.line} 行${i.code ? `（${i.code}）` : ""}：${i.problems.join("，")}`);
  const more = refused.length > LISTED_REFUSALS ? `；另有 ${refused.length - LISTED_REFUSALS} 行` : "";
  return `有 ${refused.length} 行不能导入，未导入任何单位。${listed.join("；")}${more}`;
}

/**
 * Imports units (code, name, parent code, kind): all rows or none. The plan is worked out again
 * here, against the tree as it is now; any refused row refuses the whole import.
 */
export const importOrganisations = defineCommand({
  name: "org.import",
  schema: orgImportSchema,
  permission: () => ({ action: "org.manage", target: { kind: "global" } }),
  run(input, ctx) {
    const plan = planOrgImport(existingForImport(loadOrgIndex(ctx.db)), input.rows);
    if (!plan.ok) throw invalid(refusalMessage(plan.items.filter((i) => i.status === "refused")));
    const writes = plan.items.filter((i) => i.status === "add" || i.status === "change");
    return atomically(ctx.db, () => {
      const result = writes.length
        ? upsertOrganisations(ctx.db, writes.map((i) => ({ code: i.code, name: i.name, parentCode: i.parentCode, kind: i.kind, ...(i.ruleMaking !== null ? { ruleMaking: i.ruleMaking } : {}) })))
        : { inserted: 0, updated: 0 };
      const added = writes.filter((i) => i.status === "add").map((i) => ({ code: i.code, name: i.name, kind: i.kind, parent: i.parentCode, ...(i.ruleMaking ? { rule_making: true } : {}) }));
      const changed = writes.filter((i) => i.status === "change");
      auditChange(ctx, {
        action: "org.import",
        targetType: "organisation",
        targetId: `${plan.items.length} 行`,
        before: changed.map((i) => ({ code: i.code, ...Object.fromEntries(i.changes.map((c) => [c.field, c.before])) })),
        after: { added, changed: changed.map((i) => ({ code: i.code, ...Object.fromEntries(i.changes.map((c) => [c.field, c.after])) })) },
        extra: { counts: plan.counts },
      });
      return { ...result, counts: plan.counts };
    });
  },
});
