import { setRuleMakingSchema } from "@/lib/validation/organisation";
import { setRuleMaking as writeRuleMaking } from "@/db/mutations/org-edits";
import { defineCommand } from "../kernel/command";
import { atomically } from "../kernel/atomically";
import { auditChange } from "../kernel/audit-change";
import { refuseIf } from "../kernel/refuse";
import { loadOrgIndex, requireOrg } from "./org-index";

/**
 * Sets a unit's 规章制定权 (organisations.rule_making): only the 自治区人民政府 and the governments
 * of 设区的市 have it; the 2021 template warns about 规章 counts elsewhere. Audited.
 */
export const setOrganisationRuleMaking = defineCommand({
  name: "org.rule_making",
  schema: setRuleMakingSchema,
  permission: () => ({ action: "org.manage", target: { kind: "global" } }),
  run(input, ctx) {
    const org = requireOrg(loadOrgIndex(ctx.db), input.code);
    const before = org.ruleMaking ?? false;
    refuseIf(before === input.ruleMaking ? [input.ruleMaking ? "该单位已有规章制定权" : "该单位本来就没有规章制定权"] : [], "ruleMaking");
    return atomically(ctx.db, () => {
      writeRuleMaking(ctx.db, org.id, input.ruleMaking, ctx.now);
      auditChange(ctx, { action: "org.rule_making", targetType: "organisation", targetId: org.code, before: { rule_making: before }, after: { rule_making: input.ruleMaking } });
      return { code: org.code, ruleMaking: input.ruleMaking };
    });
  },
});
