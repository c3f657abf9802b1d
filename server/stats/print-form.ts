import { formatScaled, isLeaf, type CellValues } from "@/lib";
import type { PrintForm } from "@/lib/contracts/print-form";
import { getTemplate } from "@/lib/templates";
import { statusLabel } from "@/lib/workflow";
import { getCycleByYear } from "@/db/queries/cycles";
import { cycleTitle } from "@/db/queries/cycle-labels";
import { getSubmission } from "@/db/queries/submissions";
import { CommandError } from "../kernel/errors";
import type { ReadContext } from "../kernel/read";
import { unitPage } from "../orgs/unit-page";
import { loadCycleTotals } from "./cycle-totals";

export type { PrintForm };

/** Statuses in which a compiling unit's stored values are its frozen compiled result (as its statistics page). */
const FROZEN = ["ready", "submitted", "approved"];

const printedOf = (cells: { code: string; scale: number }[], values: CellValues) =>
  Object.fromEntries(cells.filter((c) => values[c.code] !== undefined).map((c) => [c.code, formatScaled(values[c.code]!, c.scale)]));

/**
 * A unit's form for printing (stats.read, as its statistics page): the cycle's template in its
 * official layout with the figures the unit page shows (a typed unit's stored submission in
 * whatever status; a compiling unit's frozen compiled result, else the live compilation of the
 * approved data below it), or blank (`blank`) with the unit named, for filling in by hand.
 */
export function loadPrintForm(ctx: ReadContext, params: { year: string; orgCode: string }, blank: boolean): PrintForm {
  const { year, cycle, roster, node } = unitPage(ctx, params, "stats.read");
  const template = getTemplate(cycle.templateId);
  const leaf = isLeaf(roster, node.orgId);
  const submission = getSubmission(ctx.db, cycle.id, node.orgId);
  const frozen = !leaf && !!submission && FROZEN.includes(submission.status);
  const values: CellValues = blank ? {} : leaf || frozen ? (submission?.values ?? {}) : (loadCycleTotals(ctx.db, year, "approved")?.totals.get(node.orgId) ?? {});
  const base = `/stats/${year}/${encodeURIComponent(node.code)}`;
  return {
    title: template.name,
    yearTitle: cycleTitle(ctx.db, year),
    unit: {
      name: node.name,
      code: node.code,
      statusLabel: statusLabel(submission?.status),
      source: blank ? "空白表" : leaf ? "本单位填报" : frozen ? "本级汇总结果" : "下级单位已通过数据的实时汇总",
    },
    blank,
    sections: template.sections,
    printed: printedOf(template.cells, values),
    links: { other: blank ? `${base}/print` : `${base}/print?blank=1`, back: base },
  };
}

/** The cycle's blank form, no unit named: anyone signed in (the template is the published national table). */
export function loadBlankCycleForm(ctx: ReadContext, params: { year: string }): PrintForm {
  const year = Number(params.year);
  const cycle = Number.isInteger(year) ? getCycleByYear(ctx.db, year) : null;
  if (!cycle) throw new CommandError(404, `${params.year} 年度的填报周期不存在`);
  const template = getTemplate(cycle.templateId);
  return { title: template.name, yearTitle: cycleTitle(ctx.db, year), unit: null, blank: true, sections: template.sections, printed: {}, links: { other: null, back: "/" } };
}
