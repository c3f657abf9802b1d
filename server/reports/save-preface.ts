import { saveReportPrefaceSchema } from "@/lib/validation/report-fields";
import { getOrganisationByCode } from "@/db/queries/orgs";
import { putReportPreface } from "@/db/mutations/report-preface";
import { defineCommand } from "../kernel/command";
import { resolveReport } from "./resolve-report";
import { reportAuditTarget } from "./publication/unit";

/** Saves a unit's report preface fields of a year (settings `report_fields:{year}:{orgCode}`, a 本级 report's with `:own`), audited as report.fields.save. */
export const saveReportPreface = defineCommand({
  name: "report.fields.save",
  schema: saveReportPrefaceSchema,
  permission: (input, { db }) => ({ action: "report.edit", target: { kind: "org", orgId: getOrganisationByCode(db, input.orgCode)?.id ?? -1 }, year: input.year }),
  run(input, { user, db, now, audit }) {
    const { year, orgCode, coverage: asked, ...fields } = input;
    const { node, coverage } = resolveReport(db, year, orgCode, asked);
    putReportPreface(db, year, node.code, coverage, fields, user.id, now);
    const saved = Object.keys(fields).filter((k) => fields[k as keyof typeof fields] !== "");
    audit({ action: "report.fields.save", ...reportAuditTarget(year, node.code, coverage), detail: { fields: saved } });
    return { savedAt: now };
  },
});
