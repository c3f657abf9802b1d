import { compileTemplate } from "./compile";
import { govDisclosure2018 } from "./gov-disclosure-2018";
import { govDisclosure2021 } from "./gov-disclosure-2021";
import type { Template } from "./types";

export { compileTemplate } from "./compile";
export { templateSchema, ORG_ATTRIBUTES, type TemplateDef, type RuleDef, type FigureDef, type OrgAttribute } from "./schema";
export type * from "./types";

/** The template definitions shipped with the app, by id. */
export const templateDefs = {
  "gov-disclosure-2018": govDisclosure2018,
  "gov-disclosure-2021": govDisclosure2021,
} as const;

export type TemplateId = keyof typeof templateDefs;
export const templateIds = Object.keys(templateDefs) as TemplateId[];

const compiled = new Map<string, Template>();

export function isTemplateId(id: string): id is TemplateId {
  return Object.hasOwn(templateDefs, id);
}

/** The compiled template; throws for an unknown id. */
export function getTemplate(id: string): Template {
  const hit = compiled.get(id);
  if (hit) return hit;
  if (!isTemplateId(id)) throw new Error(`未知的统计表模板：${id}`);
  const t = compileTemplate(templateDefs[id]);
  compiled.set(id, t);
  return t;
}
