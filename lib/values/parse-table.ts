import type { Template } from "../templates/types";
import type { CellValues } from "./index";
import { parseCellInput } from "./parse-input";

/**
 * Parses a whole table as typed (cell code → text); blank cells are left out. Unknown codes and
 * values that do not parse are reported per cell, with the cell's name in the message.
 */
export function parseTableInput(template: Template, input: Record<string, string>): { values: CellValues; errors: Record<string, string[]> } {
  const values: CellValues = {};
  const errors: Record<string, string[]> = {};
  for (const [code, text] of Object.entries(input)) {
    const cell = template.cell(code);
    if (!cell) {
      errors[code] = [`模板中没有单元格 ${code}`];
      continue;
    }
    const r = parseCellInput(text, cell);
    if (!r.ok) errors[code] = [`${cell.name}（${code}）：${r.message}`];
    else if (r.value !== null) values[code] = r.value;
  }
  return { values, errors };
}
