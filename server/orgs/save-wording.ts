import { WORDING_KEYS } from "@/lib/report/wording";
import { saveOrgWordingSchema } from "@/lib/validation/org-wording";
import { getCycleByYear, getRoster } from "@/db/queries/cycles";
import { getOrganisationByCode } from "@/db/queries/orgs";
import { setOrgWording } from "@/db/mutations/org-wording";
import { atomically } from "../kernel/atomically";
import { defineCommand } from "../kernel/command";
import { notFound } from "../kernel/errors";

/**
 * Saves how reports name a unit (报告用语: subject, 本级, children's name, …), by those who write
 * its report that year; blank words go back to the defaults. Stored with the unit, so every
 * year's report uses them. Audited as org.wording with the words before and after.
 */
export const saveOrgWording = defineCommand({
  name: "org.wording",
  schema: saveOrgWordingSchema,
  permission: (input, { db }) => ({ action: "report.edit", target: { kind: "org", orgId: getOrganisationByCode(db, input.orgCode)?.id ?? -1 }, year: input.year }),
  run(input, { db, now, audit }) {
    const cycle = getCycleByYear(db, input.year);
    if (!cycle) throw notFound(`${input.year} 年度的填报周期`);
    const org = getOrganisationByCode(db, input.orgCode)!;
    if (!getRoster(db, cycle.id).some((r) => r.orgId === org.id)) throw notFound(`单位 ${input.orgCode}（${input.year} 年度名册中）`);
    const words = Object.fromEntries(WORDING_KEYS.flatMap((k) => (input[k] ? [[k, input[k]]] : [])));
    const after = Object.keys(words).length ? words : null;
    atomically(db, () => {
      setOrgWording(db, org.id, after, now);
      audit({ action: "org.wording", targetType: "organisation", targetId: org.code, detail: { before: org.wording ?? null, after } });
    });
    return { wording: after ?? {} };
  },
});
