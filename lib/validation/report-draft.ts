import { z } from "zod";
import { narrativeDocSchema } from "../report/narrative-doc";

/** A unit saving its report narrative: the unit and year from the URL, the version it was loaded at (0: none yet), the document. */
export const saveReportDraftSchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  orgCode: z.string().min(1).max(32),
  version: z.number().int().min(0),
  doc: narrativeDocSchema,
});
export type SaveReportDraftInput = z.infer<typeof saveReportDraftSchema>;
