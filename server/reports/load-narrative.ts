import type { NarrativeDoc } from "@/lib/report/narrative-doc";
import { unitYearSchema } from "@/lib/validation/unit-year";
import { getCycleByYear } from "@/db/queries/cycles";
import { getOrganisationByCode } from "@/db/queries/orgs";
import { getReportDraft } from "@/db/queries/report-drafts";
import { defineCommand } from "../kernel/command";
import { notFound } from "../kernel/errors";

/** The narrative as stored now (after a conflict: what the other person saved, and its version); report.read. */
export const loadNarrativeCommand = defineCommand({
  name: "report.draft.load",
  schema: unitYearSchema,
  permission: (input, { db }) => ({ action: "report.read", target: { kind: "org", orgId: getOrganisationByCode(db, input.orgCode)?.id ?? -1 }, year: input.year }),
  run(input, { db }): { doc: NarrativeDoc; version: number } {
    const cycle = getCycleByYear(db, input.year);
    if (!cycle) throw notFound(`${input.year} 年度的填报周期`);
    const org = getOrganisationByCode(db, input.orgCode)!;
    const d = getReportDraft(db, cycle.id, org.id);
    return { doc: d?.doc ?? { prose: {}, headings: {} }, version: d?.version ?? 0 };
  },
});
