import { withoutEmptyHeadings, type Block, type ReportDocument, type ReportFields } from "@/lib/report";
import { contentSha256, dataSha256, dataUsed, type DataUsed } from "@/lib/report-publication";
import type { Db } from "@/db/client";
import { loadReportData } from "@/server/reports/report-data";
import { conflict } from "../../kernel/errors";
import { loadReportDocument, type ReportDocumentResult } from "../report-document";
import type { ReportCoverage } from "@/lib/report/coverage";

/**
 * Which submissions a published report counts: the same basis as loadReportDocument (the
 * preview, the CLI), so what was previewed, signed and published is one document. Kept here too
 * because the figures' hash is computed from this basis (publish and the later comparison).
 */
export const PUBLICATION_BASIS = "approved" as const;


export type Snapshot = {
  format: 1;
  document: ReportDocument;
  fields: ReportFields;
  data: DataUsed;
  narrative: { draftVersion: number; doc: unknown };
  compiled: boolean;
  /** The prompts of parts not written, left out of the published document. */
  omittedPrompts: string[];
};

/** Why a report cannot be given 签发 or published yet: the prose the format requires, unwritten. */
export function missingTextMessage(missing: readonly string[]): string {
  return `以下必须撰写的内容尚未撰写：${missing.join("；")}`;
}

export type Frozen = {
  snapshot: Snapshot;
  snapshotJson: string;
  dataSha256: string;
  /** Text, preface fields and figures in one fingerprint: what a 签发 and a 保密审查 are given on. */
  contentSha256: string;
  doc: ReportDocument;
  unitName: string;
  /** The narrative's errors (broken or unstatable bound figures), as "heading：message". */
  errors: string[];
  /** Prose the format requires, not written this year. */
  missing: string[];
};

const isPrompt = (b: Block) => b.kind === "paragraph" && b.role === "prompt";

/** The prompts a document still shows (what the panel warns about). */
export function unwrittenParts(doc: ReportDocument): string[] {
  return doc.blocks.flatMap((b) => (b.kind === "paragraph" && b.role === "prompt" ? [b.runs.map((r) => r.text).join("").replace(/^【待撰写：|】$/g, "")] : []));
}

/** The figures a report of the unit is made from now, and their fingerprint (what a 签发 and a publication record). */
export function figuresUsed(db: Db, year: number, orgCode: string, coverage?: ReportCoverage): { ok: true; used: DataUsed; sha256: string } | { ok: false; message: string } {
  const loaded = loadReportData(db, year, orgCode, PUBLICATION_BASIS, coverage);
  if (!loaded.ok) return { ok: false, message: loaded.message };
  const d = loaded.data;
  const used = dataUsed({ templateId: d.template.id, year, orgCode: d.node.code, tree: d.tree, totals: d.totals, previous: d.previous });
  return { ok: true, used, sha256: dataSha256(used) };
}

/**
 * Builds what a publication freezes: the report document as the preview shows it (prompts left
 * out), the figures it was made from and their hash, the fields and the narrative draft. A 409
 * with the reason when the report cannot be built (no data).
 */
export function freezeReport(db: Db, year: number, orgCode: string, coverage: ReportCoverage, draft: { version: number; docJson: string | null }, compiled: boolean): Frozen {
  const built = loadReportDocument(db, year, orgCode, { coverage });
  if (!built.ok) throw conflict(built.message);
  return freezeBuilt(db, built, year, orgCode, coverage, draft, compiled);
}

/** freezeReport from a document already built from the same draft (the panel's view builds it once for both). */
export function freezeBuilt(
  db: Db,
  built: Extract<ReportDocumentResult, { ok: true }>,
  year: number,
  orgCode: string,
  coverage: ReportCoverage,
  draft: { version: number; docJson: string | null },
  compiled: boolean,
): Frozen {
  const figures = figuresUsed(db, year, orgCode, coverage);
  if (!figures.ok) throw conflict(figures.message);
  const { used } = figures;
  // Optional prose not written is left out, and so is a heading with nothing left under it.
  const omittedPrompts = unwrittenParts(built.doc);
  const doc: ReportDocument = { ...built.doc, blocks: withoutEmptyHeadings(built.doc.blocks.filter((b) => !isPrompt(b))) };
  const snapshot: Snapshot = {
    format: 1,
    document: doc,
    fields: built.fields,
    data: used,
    narrative: { draftVersion: draft.version, doc: draft.docJson === null ? null : JSON.parse(draft.docJson) },
    compiled,
    omittedPrompts,
  };
  const errors = built.problems.filter((p) => p.severity === "error").map((p) => `${p.heading}：${p.message}`);
  const content = contentSha256({ document: doc, fields: built.fields, dataSha256: figures.sha256 });
  return { snapshot, snapshotJson: JSON.stringify(snapshot), dataSha256: figures.sha256, contentSha256: content, doc, unitName: built.unitName, errors, missing: built.missing };
}

/** What keeps a frozen report from publication besides unwritten required prose: a bound figure that no longer resolves or cannot be stated. */
export function publicationProblems(frozen: Frozen): string[] {
  return frozen.errors;
}
