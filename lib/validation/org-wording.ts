import { z } from "zod";
import "./zod-config";
import { WORDING_KEYS, type WordingKey } from "../report/wording";

const word = z.string().trim().max(20, "用语不能超过 20 个字符");

/** 报告用语: the office's words for a unit (blank: the default from its name, kind and children). */
export const saveOrgWordingSchema = z
  .object({
    year: z.number().int().min(2000).max(2100),
    orgCode: z.string().trim().min(1, "请指定单位").max(32),
    ...(Object.fromEntries(WORDING_KEYS.map((k) => [k, word])) as Record<WordingKey, typeof word>),
  })
  .strict();
export type SaveOrgWordingInput = z.input<typeof saveOrgWordingSchema>;
