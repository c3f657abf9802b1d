import { z } from "zod";
import "./zod-config";

/** Whether this app shows its own list of published reports without login (an intranet preview). */
export const setPublicListSchema = z.object({ enabled: z.boolean({ error: "请选择是否开放公开报告列表" }) }).strict();
export type SetPublicListInput = z.input<typeof setPublicListSchema>;
