import { z } from "zod";
import "./zod-config";

/** A unit saving its statistics as typed: cell code → text (parsed per cell by lib/values). */
export const saveDraftSchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  orgCode: z.string().min(1).max(32),
  values: z.record(z.string().max(40), z.string().max(64)),
  /** The version the form was loaded at (0 when nothing was saved yet). */
  version: z.number().int().min(0),
});
export type SaveDraftInput = z.infer<typeof saveDraftSchema>;
