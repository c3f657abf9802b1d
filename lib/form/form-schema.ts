import { z } from "zod";
import "../validation/zod-config";
import type { Template } from "../templates/types";
import { parseCellInput } from "../values";
import { toFieldName } from "./field-name";

/** The form's values: one text per editable cell, keyed by field name (see field-name.ts). */
export type FormTexts = Record<string, string>;

/**
 * The zod schema of a template's form: one string field per editable (not computed) cell, refined
 * by the same parser the server's saveDraft uses, so the form and the server accept exactly the same texts.
 */
export function buildFormSchema(template: Template) {
  const shape: Record<string, z.ZodType<string, string>> = {};
  for (const cell of template.cells) {
    if (cell.computed) continue;
    shape[toFieldName(cell.code)] = z.string().superRefine((text, ctx) => {
      const r = parseCellInput(text, cell);
      if (!r.ok) ctx.addIssue({ code: "custom", message: r.message });
    });
  }
  return z.object(shape);
}

/** The editable cells of a template, in template order. */
export function editableCells(template: Template) {
  return template.cells.filter((c) => !c.computed);
}
