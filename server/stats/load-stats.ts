import { unitYearSchema } from "@/lib/validation/unit-year";
import { carryOverPrefill, formatScaled, type CellValues, type Template } from "@/lib";
import { getTemplate } from "@/lib/templates";
import { EDITABLE_STATUSES, type SubmissionStatusCode } from "@/lib/workflow";
import { defineCommand } from "@/server/kernel/command";
import { notFound } from "@/server/kernel/errors";
import type { Db } from "@/db/client";
import { getCycleByYear } from "@/db/queries/cycles";
import { getOrganisationByCode } from "@/db/queries/orgs";
import { getSubmission } from "@/db/queries/submissions";
import type { PreviousLine } from "@/db/queries/previous-values";
import type { CarryOverPrefill } from "@/lib/form";

/** A unit's current statistics as the form holds them: texts in the form's display (with separators). */
export type CurrentStats = { version: number; values: Record<string, string>; editable: boolean; updatedAt: number | null };

/** Values as the form shows them: counts grouped (4,223,174), amounts with their decimals. */
export function printForForm(template: Template, values: CellValues): Record<string, string> {
  return Object.fromEntries(
    template.cells.filter((c) => values[c.code] !== undefined).map((c) => [c.code, formatScaled(values[c.code]!, c.scale, true)]),
  );
}

/** The unit's submission in the cycle (or an empty, editable one when nothing was saved yet). */
export function loadCurrentStats(db: Db, cycleId: number, templateId: string, orgId: number): CurrentStats {
  const submission = getSubmission(db, cycleId, orgId);
  const template = getTemplate(templateId);
  if (!submission) return { version: 0, values: {}, editable: true, updatedAt: null };
  return {
    version: submission.version,
    values: printForForm(template, submission.values),
    editable: EDITABLE_STATUSES.includes(submission.status as SubmissionStatusCode),
    updatedAt: submission.updatedAt,
  };
}

/** The warning explanations stored with the unit's submission (issue key → text). */
export function loadStoredExplanations(db: Db, cycleId: number, orgId: number): Record<string, string> {
  const submission = getSubmission(db, cycleId, orgId);
  return Object.fromEntries((submission?.explanations ?? []).map((e) => [e.ruleKey, e.text]));
}

/**
 * Last year's approved values of the unit's line (itself and the units it took over, summed),
 * printed plainly, when last year's cycle used this template or a declared predecessor; null
 * otherwise.
 */
export function loadPreviousStats(template: Template, line: PreviousLine | null): Record<string, string> | null {
  const values = line?.values;
  if (!values || Object.keys(values).length === 0) return null;
  return Object.fromEntries(template.cells.filter((c) => values[c.code] !== undefined).map((c) => [c.code, formatScaled(values[c.code]!, c.scale)]));
}

/**
 * The carry-over cells the form fills in before the unit types (2021: 上年结转 from last year's
 * 结转下年度 of the unit's line): only cells the unit has not saved, only while it may still edit;
 * null when there is nothing to fill.
 */
export function loadCarryOverPrefill(db: Db, cycleId: number, template: Template, orgId: number, line: PreviousLine | null): CarryOverPrefill | null {
  const submission = getSubmission(db, cycleId, orgId);
  if (submission && !EDITABLE_STATUSES.includes(submission.status as SubmissionStatusCode)) return null;
  const values = carryOverPrefill(template, submission?.values ?? {}, line?.values);
  const codes = Object.keys(values);
  if (!line || codes.length === 0) return null;
  const merged = line.units.length > 1 ? `（上年${line.units.map((u) => u.name).join("、")}合计）` : "";
  return {
    values: printForForm(template, values),
    rows: [...new Set(codes.map((c) => template.cell(c)!.rowCode))],
    note: `已按上年结转下年度数预填${merged}`,
  };
}

/** Reads the unit's current values for the form after a conflict (someone else saved). */
export const loadCurrentCommand = defineCommand({
  name: "stats.load",
  schema: unitYearSchema,
  permission: (input, { db }) => ({ action: "stats.read", target: { kind: "org", orgId: getOrganisationByCode(db, input.orgCode)?.id ?? -1 }, year: input.year }),
  run(input, { db }): CurrentStats {
    const cycle = getCycleByYear(db, input.year);
    if (!cycle) throw notFound(`${input.year} 年度的填报周期`);
    const org = getOrganisationByCode(db, input.orgCode);
    if (!org) throw notFound(`单位 ${input.orgCode}`);
    return loadCurrentStats(db, cycle.id, cycle.templateId, org.id);
  },
});
