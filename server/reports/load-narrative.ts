import type { NarrativeDoc } from "@/lib/report/narrative-doc";
import { reportRefSchema } from "@/lib/validation/report-coverage";
import { getOrganisationByCode } from "@/db/queries/orgs";
import { getReportDraft } from "@/db/queries/report-drafts";
import { defineCommand } from "../kernel/command";
import { resolveReport } from "./resolve-report";

/** The narrative as stored now (after a conflict: what the other person saved, and its version); report.read. */
export const loadNarrativeCommand = defineCommand({
  name: "report.draft.load",
  schema: reportRefSchema,
  permission: (input, { db }) => ({ action: "report.read", target: { kind: "org", orgId: getOrganisationByCode(db, input.orgCode)?.id ?? -1 }, year: input.year }),
  run(input, { db }): { doc: NarrativeDoc; version: number } {
    const { cycle, node, coverage } = resolveReport(db, input.year, input.orgCode, input.coverage);
    const d = getReportDraft(db, cycle.id, node.orgId, coverage);
    return { doc: d?.doc ?? { prose: {}, headings: {} }, version: d?.version ?? 0 };
  },
});
