import {
  buildReportDocument,
  measureItems,
  missingRequiredText,
  getOutline,
  isToken,
  narrativeCatalog,
  narrativeContext,
  narrativeProblems,
  paragraphRuns,
  reportSkeleton,
  resolveToken,
  runsText,
  writtenParagraphs,
  type CatalogEntry,
  type NarrativeContext,
  type NarrativeDoc,
  narrativeDocSchema,
  type NarrativeInput,
  type NarrativeProblem,
  type Paragraph,
  type ReportDocument,
  type ReportFields,
  type ReportOutline,
  type SkeletonItem,
} from "@/lib/report";
import type { Db } from "@/db/client";
import { getCycleByYear } from "@/db/queries/cycles";
import { loadReportData, type ReportData, type ReportDataResult } from "@/server/reports/report-data";
import type { TotalsBasis } from "@/server/stats/cycle-totals";
import { getReportPreface } from "@/db/queries/report-preface";
import { getReportDraft, type StoredReportDraft } from "@/db/queries/report-drafts";
import { getLatestPublishedNarrative } from "@/db/queries/report-publications";
import { wordingOverrides } from "./unit-wording";
import type { ReportCoverage } from "@/lib/report/coverage";

export type ReportDocumentResult =
  | {
      ok: true;
      doc: ReportDocument;
      fields: ReportFields;
      unitName: string;
      /** The narrative draft version the document was built from (0: none saved, the default narrative). */
      draftVersion: number;
      /** The narrative's problems (errors: broken or unstatable tokens; warnings: typed figures). */
      problems: NarrativeProblem[];
      /** Prose the format requires that this year's narrative has not written (签发 waits for it). */
      missing: string[];
      coverage: ReportCoverage;
    }
  | { ok: false; reason: Extract<ReportDataResult, { ok: false }>["reason"]; message: string };

/**
 * The defaults a report's fields start from: the roster name, a 本级 report's "…本级" so its
 * title differs from the area's (the scope word comes from the unit's words).
 */
export function defaultReportFields(unitName: string, coverage: ReportCoverage = "area"): ReportFields {
  return { unitName: coverage === "own" ? `${unitName}本级` : unitName };
}

type Prepared = { data: ReportData; fields: ReportFields; input: NarrativeInput; ctx: NarrativeContext; draft: StoredReportDraft | null };

/** Last year's narrative of the same report: as published (the latest version), else as last drafted. */
function lastYearNarrative(db: Db, cycleId: number, orgId: number, coverage: ReportCoverage): NarrativeDoc | null {
  const published = narrativeDocSchema.safeParse(getLatestPublishedNarrative(db, cycleId, orgId, coverage));
  if (published.success) return published.data;
  return getReportDraft(db, cycleId, orgId, coverage)?.doc ?? null;
}

/** Last year's measures for one block of this year's part 五: the year they were announced and the items. */
export type LastYearMeasures = { year: number; items: string[] };

/**
 * Last year's announced measures (the prose the outline's `carryFrom` names, as published, else
 * as last drafted) for each block that reports on them, as checklist items. Last year's bound
 * figures read as they printed last year: this year's data would change what was announced.
 */
function lastYearMeasures(db: Db, year: number, data: ReportData, outline: ReportOutline): Record<string, LastYearMeasures> {
  const wanted: { id: string; from: string[] }[] = [];
  const walk = (parts: ReportOutline["parts"]) =>
    parts.forEach((p) => {
      for (const b of p.blocks ?? []) if (b.kind === "prose" && b.carryFrom) wanted.push({ id: b.id, from: [...b.carryFrom] });
      walk(p.parts ?? []);
    });
  walk(outline.parts);
  if (!wanted.length) return {};
  const lastCycle = getCycleByYear(db, year - 1);
  const last = lastCycle ? lastYearNarrative(db, lastCycle.id, data.node.orgId, data.coverage) : null;
  if (!last) return {};
  let lastCtx: NarrativeContext | null | undefined;
  const lastContext = () => {
    if (lastCtx !== undefined) return lastCtx;
    const loaded = loadReportData(db, year - 1, data.node.code, "approved", data.coverage);
    lastCtx = loaded.ok
      ? narrativeContext({
          ...loaded.data,
          year: year - 1,
          orgCode: loaded.data.node.code,
          fields: defaultReportFields(loaded.data.node.name, loaded.data.coverage),
          wording: wordingOverrides(db, loaded.data.node.orgId),
          coverage: loaded.data.coverage,
        })
      : null;
    return lastCtx;
  };
  const paragraphText = (p: Paragraph) => {
    if (!p.some(isToken)) return p.map((x) => (isToken(x) ? "" : x.text)).join("");
    const ctx = lastContext();
    return ctx ? runsText(paragraphRuns(p, (t) => resolveToken(t, ctx.tokens))) : p.map((x) => (isToken(x) ? "" : x.text)).join("");
  };
  const out: Record<string, LastYearMeasures> = {};
  for (const w of wanted) {
    const source = w.from.map((id) => writtenParagraphs(last, id)).find((ps) => ps && ps.length);
    if (!source) continue;
    const items = measureItems(source.map(paragraphText));
    if (items.length) out[w.id] = { year: year - 1, items };
  }
  return out;
}

/** How a report is built when not as the web shows it (the CLI's `report --status`, `--fields`). */
export type ReportDocumentOptions = {
  /** Which of this year's submissions count (default: approved, as the web and publishing). */
  basis?: TotalsBasis;
  /** Preface fields that replace the saved ones one by one (blank ones are ignored). */
  fieldOverrides?: Partial<ReportFields>;
  /** Which of a government's two reports (none: its first). */
  coverage?: ReportCoverage;
};

/** Overrides that say something: a blank or missing value leaves the saved (or default) field. */
function given(overrides: Partial<ReportFields> | undefined): Partial<ReportFields> {
  return Object.fromEntries(Object.entries(overrides ?? {}).filter(([, v]) => typeof v === "string" && v.trim() !== ""));
}

function prepare(db: Db, year: number, orgCode: string, options: ReportDocumentOptions = {}): { ok: true; p: Prepared } | Extract<ReportDocumentResult, { ok: false }> {
  const loaded = loadReportData(db, year, orgCode, options.basis ?? "approved", options.coverage);
  if (!loaded.ok) return loaded;
  const d = loaded.data;
  const fields: ReportFields = { ...defaultReportFields(d.node.name, d.coverage), ...getReportPreface(db, year, d.node.code, d.coverage), ...given(options.fieldOverrides) };
  const draft = getReportDraft(db, d.cycle.id, d.node.orgId, d.coverage);
  const outline = getOutline(d.template.id);
  const input: NarrativeInput = {
    template: d.template,
    outline,
    year,
    orgCode: d.node.code,
    tree: d.tree,
    totals: d.totals,
    previous: d.previous,
    fields,
    wording: wordingOverrides(db, d.node.orgId),
    coverage: d.coverage,
    narrative: draft?.doc ?? null,
  };
  return { ok: true, p: { data: d, fields, input, ctx: narrativeContext(input), draft } };
}

/**
 * A unit's report as the preview, the CLI and publishing build it: the compiled report when
 * the unit has children in the year's roster, else its own; approved data; the stored narrative
 * draft (the default narrative where none was written); the
 * saved preface fields over the defaults. The CLI may count submitted data too (`basis`) and
 * replace saved preface fields (`fieldOverrides`); the web never passes options.
 */
export function loadReportDocument(db: Db, year: number, orgCode: string, options: ReportDocumentOptions = {}): ReportDocumentResult {
  const r = prepare(db, year, orgCode, options);
  if (!r.ok) return r;
  const { data, fields, input, ctx, draft } = r.p;
  return {
    ok: true,
    doc: buildReportDocument(input, ctx),
    fields,
    unitName: data.node.name,
    draftVersion: draft?.version ?? 0,
    problems: narrativeProblems(input, ctx),
    missing: missingRequiredText(ctx.outline, draft?.doc),
    coverage: data.coverage,
  };
}

/** What the narrative editor needs: the parts with the standard sentences, the stored draft, last year's measures, the token catalogue. */
export type ReportEditorData = {
  templateId: string;
  skeleton: SkeletonItem[];
  draft: { doc: NarrativeDoc; version: number; updatedAt: number | null };
  /** Last year's announced measures beside the blocks that report on them (a checklist, not text). */
  measures: Record<string, LastYearMeasures>;
  catalog: CatalogEntry[];
  problems: NarrativeProblem[];
};

export function loadReportEditor(db: Db, year: number, orgCode: string, coverage?: ReportCoverage): { ok: true; data: ReportEditorData } | Extract<ReportDocumentResult, { ok: false }> {
  const r = prepare(db, year, orgCode, { coverage });
  if (!r.ok) return r;
  const { input, ctx, draft, data } = r.p;
  return {
    ok: true,
    data: {
      templateId: data.template.id,
      skeleton: reportSkeleton(ctx, draft?.doc ?? null),
      draft: { doc: draft?.doc ?? { prose: {}, headings: {} }, version: draft?.version ?? 0, updatedAt: draft?.updatedAt ?? null },
      measures: lastYearMeasures(db, year, data, ctx.outline),
      catalog: narrativeCatalog(ctx),
      problems: narrativeProblems(input, ctx),
    },
  };
}
