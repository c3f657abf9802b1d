import type { Template } from "../templates/types";
import { toHalfWidth } from "../values";

/** 「（一）」「一、」「1.」「(2)」「3.1」: the numbering a printed label starts with. */
const NUMBERING = /^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+[、.]|\d+(?:\.\d+)*[、.]?)/;
/** 「（C1）」「(R3.1.np)」: a cell or row code after a label, as the form's own names print it. */
const CODE_SUFFIX = /[（(][A-Za-z][\w.]*[）)]$/;

/** A label as compared: half-width, without spaces, numbering, a code suffix or a trailing colon. */
export function normalizeLabel(text: string): string {
  const plain = toHalfWidth(text).replace(/[\s\u3000]+/g, "").replace(/[：:]$/, "");
  return plain.replace(CODE_SUFFIX, "").replace(NUMBERING, "");
}

/**
 * Every text of the printed tables that is not a value: row labels, column headers, units and
 * titles, normalised. A block copied from the official Excel with its labels carries these.
 */
export function templateLabels(template: Template): Set<string> {
  const out = new Set<string>();
  const add = (text: string | null | undefined) => {
    const n = text ? normalizeLabel(text) : "";
    if (n !== "" && !/^[\d.,-]+$/.test(n)) out.add(n);
  };
  for (const section of template.sections) {
    add(section.title);
    for (const table of section.tables) {
      add(table.title);
      for (const row of table.header) for (const h of row) add(h.text);
      for (const row of table.body) {
        for (const l of row.labels) add(l.text);
        add(row.unit);
      }
    }
  }
  for (const cell of template.cells) {
    add(cell.label);
    add(cell.name);
    add(cell.unit);
  }
  return out;
}
