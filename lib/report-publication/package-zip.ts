/**
 * The publication package: one zip with the accessible HTML page, the frozen PDF, the
 * statistics as CSV (UTF-8 with BOM, so spreadsheet programs read the Chinese) and the metadata
 * as JSON. Entries carry the publication time, so the same version always zips to the same bytes.
 */
import { stringify } from "csv-stringify/sync";
import { strToU8, zipSync } from "fflate";
import type { ReportDocument } from "../report/document";
import type { Template } from "../templates/types";
import { formatScaled } from "../values";
import { metadataJson, packageFileNames, type PublicationMetadata } from "./metadata";
import { publicationHtml } from "./package-html";

const BOM = "\uFEFF";

/** One row per template cell: table, code, item, unit, value as printed (blank when not filled). */
export function statisticsCsv(template: Template, values: Record<string, string>): string {
  const tableTitles = new Map(template.sections.flatMap((s) => s.tables.map((t) => [t.id, t.title ?? s.title] as const)));
  const rows = template.cells.map((c) => {
    const raw = values[c.code];
    return [tableTitles.get(c.tableId) ?? "", c.code, c.name, c.unit, raw === undefined ? "" : formatScaled(BigInt(raw), c.scale)];
  });
  return BOM + stringify([["统计表", "单元格代码", "项目", "计量单位", "数值"], ...rows], { record_delimiter: "\r\n" });
}

export type PackageInput = {
  doc: ReportDocument;
  metadata: PublicationMetadata;
  pdf: Uint8Array;
  template: Template;
  /** The node's own figures as published (decimal strings by cell code). */
  values: Record<string, string>;
  publishedAt: number;
};

export function publicationPackage(input: PackageInput): { fileName: string; bytes: Uint8Array } {
  const names = packageFileNames(input.metadata);
  const mtime = new Date(input.publishedAt);
  const text = (s: string) => [strToU8(s), { mtime }] as [Uint8Array, { mtime: Date }];
  const bytes = zipSync({
    [names.html]: text(publicationHtml(input.doc, input.metadata, names)),
    [names.pdf]: [input.pdf, { mtime, level: 0 }],
    [names.csv]: text(statisticsCsv(input.template, input.values)),
    [names.json]: text(metadataJson(input.metadata)),
  });
  return { fileName: names.zip, bytes };
}
