import { z } from "zod";

/** What the office fills in for the title and preface; only the unit and the scope are required. */
export const reportFieldsSchema = z.object({
  /** The unit as named in the title, e.g. "内蒙古自治区". */
  unitName: z.string().trim().min(1),
  /** How sentences name the whole, e.g. "全区" (a region), "全市", "本机关" (a single unit); blank: the unit's words (lib/report/wording). */
  scope: z.string().trim().optional(),
  /** Who compiled the report and from what, e.g. "自治区人民政府办公厅" / "各盟市、区直各部门". */
  compiler: z.string().trim().optional(),
  sources: z.string().trim().optional(),
  downloadSite: z.string().trim().optional(),
  downloadUrl: z.string().trim().optional(),
  contactOffice: z.string().trim().optional(),
  phone: z.string().trim().optional(),
  email: z.string().trim().optional(),
});

export type ReportFields = z.infer<typeof reportFieldsSchema>;
