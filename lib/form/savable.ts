import type { Template } from "../templates/types";
import { parseCellInput } from "../values";
import { sameValues } from "./same-values";

/** What the form sends to the server, and the cells it holds back. */
export type SavableTexts = {
  /** Cell code → text for the server: every non-blank editable cell that parses, and the server's own text for a held-back cell. */
  values: Record<string, string>;
  /** Cells whose text does not parse: not sent, so the server keeps what it had (never a blank). */
  held: string[];
};

/**
 * The texts the server can take now. The draft command replaces the whole table, so a cell that
 * does not parse goes up as the value the server already holds for it (`saved`): the other edits
 * are saved, that cell is neither blanked nor changed, and its text stays in this browser.
 */
export function savableTexts(template: Template, texts: Record<string, string>, saved: Record<string, string>): SavableTexts {
  const values: Record<string, string> = {};
  const held: string[] = [];
  for (const cell of template.cells) {
    if (cell.computed) continue;
    const text = texts[cell.code] ?? "";
    if (text.trim() === "") continue;
    if (parseCellInput(text, cell).ok) values[cell.code] = text;
    else {
      held.push(cell.code);
      const before = saved[cell.code];
      if (before !== undefined && before.trim() !== "") values[cell.code] = before;
    }
  }
  return { values, held };
}

/** The texts to send for the form's values, or null when the server already holds exactly those values. */
export function textsToSend(template: Template, texts: Record<string, string>, saved: Record<string, string>): Record<string, string> | null {
  const { values } = savableTexts(template, texts, saved);
  return sameValues(template, values, saved) ? null : values;
}
