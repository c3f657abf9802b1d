import { saveReportPrefaceSchema } from "@/lib/validation/report-fields";
import { getCycleByYear, getRoster } from "@/db/queries/cycles";
import { getOrganisationByCode } from "@/db/queries/orgs";
import { putReportPreface } from "@/db/mutations/report-preface";
import { defineCommand } from "../kernel/command";
import { notFound } from "../kernel/errors";

/** Saves a unit's report preface fields of a year (settings `report_fields:{year}:{orgCode}`), audited as report.fields.save. */
export const saveReportPreface = defineCommand({
  name: "report.fields.save",
  schema: saveReportPrefaceSchema,
  permission: (input, { db }) => ({ action: "report.edit", target: { kind: "org", orgId: getOrganisationByCode(db, input.orgCode)?.id ?? -1 }, year: input.year }),
  run(input, { user, db, now, audit }) {
    const cycle = getCycleByYear(db, input.year);
    if (!cycle) throw notFound(`${input.year} 年度的填报周期`);
    const org = getOrganisationByCode(db, input.orgCode)!;
    if (!getRoster(db, cycle.id).some((r) => r.orgId === org.id)) throw notFound(`单位 ${input.orgCode}（${input.year} 年度名册中）`);
    const { year, orgCode, ...fields } = input;
    putReportPreface(db, year, orgCode, fields, user.id, now);
    const saved = Object.keys(fields).filter((k) => fields[k as keyof typeof fields] !== "");
    audit({ action: "report.fields.save", targetType: "report", targetId: `${year}/${orgCode}`, detail: { fields: saved } });
    return { savedAt: now };
  },
});
