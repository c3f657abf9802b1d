import { z } from "zod";
import type { ParsedUnitTable } from "@/lib/import";

const code = z.string().max(64);
const text = z.string().max(200);

/** A reader's answer (lib/import ParsedUnitTable), checked again at the command's door. */
export const parsedUnitTableSchema: z.ZodType<ParsedUnitTable> = z.object({
  source: z.string().max(500),
  year: z.number().int().nullable(),
  templateId: code,
  orgCode: code.nullable(),
  values: z.record(code, text),
  addresses: z.record(code, text),
  problems: z.array(z.object({ cell: code.optional(), address: text.optional(), message: z.string().max(2000) })).max(2000),
});

export const IMPORT_FILE_STATUSES = ["draft", "submitted", "approved"] as const;

export const importTablesSchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  /** draft: a unit's filled spreadsheet (the 填报员, or the parent's reviewer); otherwise an office's import of history. */
  status: z.enum(IMPORT_FILE_STATUSES).default("draft"),
  /** The unit the user says the files are for (tables that name none take it; one naming another is refused). */
  org: code.trim().min(1).optional(),
  /** Every file's name, for the audit log. */
  files: z.array(z.string().max(500)).max(50).default([]),
  tables: z.array(parsedUnitTableSchema).min(1, "文件中没有可导入的统计表").max(200),
  /** Recorded as the explanation of every warning of a submitted or approved import (default “导入时未说明”). */
  explanation: z.string().trim().max(2000, "说明不能超过 2000 个字").optional(),
});
export type ImportTablesInput = z.input<typeof importTablesSchema>;
export type ImportTables = z.output<typeof importTablesSchema>;

export const commitTablesSchema = importTablesSchema.extend({
  /** The preview's fingerprint: a file or a stored submission changed since is refused. */
  fingerprint: z.string().regex(/^[0-9a-f]{64}$/, "缺少预览的校验码，请先预览"),
});
export type CommitTablesInput = z.input<typeof commitTablesSchema>;
