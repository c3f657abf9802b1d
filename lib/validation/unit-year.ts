import { z } from "zod";
import "./zod-config";

/** One unit in one year: what a read of a unit's data is asked with. */
export const unitYearSchema = z.object({ year: z.number().int().min(2000).max(2100), orgCode: z.string().min(1).max(32) });
export type UnitYear = z.infer<typeof unitYearSchema>;
