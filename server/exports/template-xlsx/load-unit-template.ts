import { buildTree, carryOverPrefill, isLeaf, type CellValues } from "@/lib";
import { getTemplate } from "@/lib/templates";
import { EDITABLE_STATUSES, type SubmissionStatusCode } from "@/lib/workflow";
import { sheetNameFor, SINGLE_SHEET } from "@/lib/xlsx-layout";
import type { Db } from "@/db/client";
import { getCycleByYear, getRoster } from "@/db/queries/cycles";
import { previousLineReader } from "@/db/queries/previous-values";
import { getSubmission } from "@/db/queries/submissions";
import type { TemplateSheetInput } from "./template-workbook";

/** Refused: 404 when the cycle or the unit is unknown, 409 for a compiling unit. */
export type UnitTemplateResult = { ok: true; sheet: TemplateSheetInput } | { ok: false; status: 404 | 409; message: string };

/**
 * A unit's sheet of the Excel template: the cycle's template, the unit's latest stored figures
 * (whatever their status: a unit may print its approved table too), the carry-over the form would
 * prefill where it saved nothing and may still edit, and last year's approved figures for reference.
 * A compiling unit is refused: its figures are the sum of its units, nothing to fill in.
 */
export function loadUnitTemplate(db: Db, year: number, orgCode: string, sheetName = SINGLE_SHEET): UnitTemplateResult {
  const cycle = getCycleByYear(db, year);
  if (!cycle) return { ok: false, status: 404, message: `${year} 年度的填报周期不存在` };
  const roster = buildTree(getRoster(db, cycle.id));
  const node = roster.byCode.get(orgCode);
  if (!node) return { ok: false, status: 404, message: `单位代码 ${orgCode} 不在 ${year} 年度的单位名册中` };
  if (!isLeaf(roster, node.orgId)) return { ok: false, status: 409, message: `${node.name}是汇总单位，其数据由下级单位汇总得出，没有需要填写的 Excel 模板` };
  const template = getTemplate(cycle.templateId);
  const submission = getSubmission(db, cycle.id, node.orgId);
  const saved: CellValues = submission?.values ?? {};
  const previous = previousLineReader(db, year, template.id)?.(node.code)?.values ?? null;
  const editable = !submission || EDITABLE_STATUSES.includes(submission.status as SubmissionStatusCode);
  const values = editable ? { ...carryOverPrefill(template, saved, previous), ...saved } : saved;
  return { ok: true, sheet: { sheetName, template, year, unitName: node.name, orgCode: node.code, values, previous } };
}

/** The units' sheets of one workbook, each named after its unit. */
export function loadUnitTemplates(db: Db, year: number, orgCodes: string[]): UnitTemplateResult[] {
  const used = new Set<string>();
  return orgCodes.map((code) => {
    const r = loadUnitTemplate(db, year, code);
    return r.ok ? { ok: true, sheet: { ...r.sheet, sheetName: sheetNameFor(r.sheet.unitName, used) } } : r;
  });
}

/** The download's name: "2026年度呼和浩特市发展和改革委员会统计表填报模板.xlsx". */
export function templateFileName(sheet: TemplateSheetInput): { fileName: string; asciiName: string } {
  return { fileName: `${sheet.year}年度${sheet.unitName}统计表填报模板.xlsx`, asciiName: `template-${sheet.year}-${sheet.orgCode}.xlsx` };
}
