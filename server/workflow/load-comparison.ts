import { getOrganisationByCode } from "@/db/queries/orgs";
import { orgAttributes } from "../orgs/attributes";
import { formatScaled, percentText, type CellValues, type Template } from "@/lib";
import { readiness, writtenExplanation } from "@/lib/workflow";
import { changeThreshold } from "@/lib/workflow/cycle-change";
import type { Db } from "@/db/client";
import type { Cycle } from "@/db/schema";
import { previousApprovedValues } from "@/db/queries/previous-values";
import type { SubmissionDetail } from "@/db/queries/submissions";
import type { ComparisonView } from "@/lib/contracts/workflow-view";

const signed = (v: bigint, scale: number) => (v > 0n ? "+" : "") + formatScaled(v, scale, true);

/**
 * What a reviewer reads before deciding: every filled cell with last year's value (the unit's
 * approved values of last year, where the template is compatible) and the change, and every
 * warning firing now with the unit's explanation.
 */
export function loadComparison(db: Db, opts: { cycle: Cycle; template: Template; orgCode: string; submission: SubmissionDetail }): ComparisonView {
  const { cycle, template, submission } = opts;
  const previous: CellValues | null = previousApprovedValues(db, cycle.year, template.id, opts.orgCode);
  const values = submission.values;
  const explanations = Object.fromEntries(submission.explanations.map((e) => [e.ruleKey, e.text]));
  const org = getOrganisationByCode(db, opts.orgCode);
  const r = readiness(template, values, explanations, previous, changeThreshold(cycle), org ? orgAttributes(db, org.id) : null);
  const rows = template.cells
    .filter((c) => values[c.code] !== undefined || previous?.[c.code] !== undefined)
    .map((c) => {
      const cur = values[c.code];
      const prev = previous?.[c.code];
      const both = cur !== undefined && prev !== undefined;
      return {
        code: c.code,
        name: c.name,
        unit: c.unit === "—" ? "" : c.unit,
        current: cur === undefined ? null : formatScaled(cur, c.scale, true),
        previous: prev === undefined ? null : formatScaled(prev, c.scale, true),
        change: both ? signed(cur - prev, c.scale) : null,
        changePercent: both ? percentText(cur - prev, prev) : null,
        warned: r.warnings.some((w) => w.cells.includes(c.code)),
      };
    });
  return {
    hasPrevious: previous !== null,
    warnings: r.warnings.map((w) => ({ key: w.key, message: w.message, explanation: writtenExplanation(explanations[w.key]) || null })),
    hard: r.hard.map((h) => h.message),
    rows,
  };
}
