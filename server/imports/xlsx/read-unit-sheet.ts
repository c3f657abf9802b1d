import type ExcelJS from "exceljs";
import { formatScaled, parseScaled, type CellValues, type Template } from "@/lib";
import type { ParsedProblem, ParsedUnitTable } from "@/lib/import";
import { cellAddress, META_LABELS, sheetLayout, sumResult, scaleIn, type IndexEntry, type LayoutItem, type SheetLayout } from "@/lib/xlsx-layout";
import { cellContent, cellText, numberText } from "./cell-content";

/** Texts of the layout that must be where they are for the figures to mean what they say. */
const CHECKED_ROLES = new Set(["title", "meta-label", "section", "table-title", "header", "label", "heading", "unit", "reference-title"]);
/** Layout problems reported one by one before the rest is summed up. */
const MAX_LAYOUT_PROBLEMS = 5;

/** A scaled value as plain decimal text, as numbers read from the sheet are: 0, 2.5, 3027.6188. */
const plain = (v: bigint, scale: number) => {
  const s = formatScaled(v, scale);
  return s.includes(".") ? s.replace(/0+$/, "").replace(/\.$/, "") : s;
};

const squeeze = (s: string) => s.replace(/[\s\u3000]+/g, "");

/** What the sheet's own title cells say: the unit's code and the year (the index may be missing). */
export function visibleMeta(ws: ExcelJS.Worksheet, layout: SheetLayout): { orgCode: string | null; year: number | null } {
  const code = cellText(ws.getCell(layout.meta.orgCode));
  const year = Number(cellText(ws.getCell(layout.meta.year)));
  return { orgCode: code || null, year: Number.isInteger(year) && year > 1900 ? year : null };
}

/** Every address the layout covers (merged ranges whole). */
function covered(layout: SheetLayout): Set<string> {
  const out = new Set<string>();
  for (const i of layout.items) for (let r = i.row; r < i.row + i.rowSpan; r++) for (let c = i.col; c < i.col + i.colSpan; c++) out.add(cellAddress(r, c));
  return out;
}

/** Labels moved, rows inserted or content added outside the template: the figures can no longer be placed. */
function layoutProblems(ws: ExcelJS.Worksheet, layout: SheetLayout, at: (a: string) => string): ParsedProblem[] {
  const found: ParsedProblem[] = [];
  for (const item of layout.items) {
    if (item.kind !== "text" || !CHECKED_ROLES.has(item.role)) continue;
    const address = cellAddress(item.row, item.col);
    const actual = cellText(ws.getCell(address));
    if (actual !== squeeze(item.text)) {
      found.push({ address: at(address), message: `${at(address)} 处应为“${item.text}”，实际为“${actual}”` });
    }
  }
  const inside = covered(layout);
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (inside.has(cell.address) || cellContent(cell).kind === "blank") return;
      found.push({ address: at(cell.address), message: `${at(cell.address)} 处有模板之外的内容“${cellText(cell).slice(0, 20)}”` });
    }),
  );
  if (found.length === 0) return [];
  const shown = found.slice(0, MAX_LAYOUT_PROBLEMS).map((p) => ({ ...p, message: `表格布局已被改动（插入或删除了行列、改动了标题或在表外填写）：${p.message}。请在新下载的模板中填写后上传` }));
  if (found.length > MAX_LAYOUT_PROBLEMS) shown.push({ message: `另有 ${found.length - MAX_LAYOUT_PROBLEMS} 处布局与模板不符` });
  return shown;
}

/**
 * One unit's sheet read against the layout of its template: the typed figures as plain decimal
 * text, each value cell's address, and every problem at its cell. Sum cells are checked against
 * their parts (a sum without a cached result is recomputed); nothing here decides whether the
 * figures are acceptable — the import runs the template's rules on them.
 */
export function readUnitSheet(ws: ExcelJS.Worksheet, template: Template, fileName: string, index: IndexEntry | null, extra: ParsedProblem[] = []): ParsedUnitTable {
  const layout = sheetLayout(template);
  const at = (address: string) => `${ws.name}!${address}`;
  const problems: ParsedProblem[] = [...extra, ...layoutProblems(ws, layout, at)];
  const shown = visibleMeta(ws, layout);
  if (index && shown.orgCode && shown.orgCode !== index.orgCode) {
    problems.push({ address: at(layout.meta.orgCode), message: `工作表上的${META_LABELS.orgCode} ${shown.orgCode} 与文件记录的 ${index.orgCode} 不一致` });
  }
  if (index && shown.year && shown.year !== index.year) {
    problems.push({ address: at(layout.meta.year), message: `工作表上的${META_LABELS.year} ${shown.year} 与文件记录的 ${index.year} 不一致` });
  }

  const values: Record<string, string> = {};
  const addresses: Record<string, string> = {};
  const typedSums = new Map<string, { text: string; item: Extract<LayoutItem, { kind: "value" }> }>();
  const exact: CellValues = {};
  /** Cells whose content is not a figure: a sum over them is not checked (the part's problem says it all). */
  const unreadable = new Set<string>();
  for (const item of layout.items) {
    if (item.kind !== "value") continue;
    const address = cellAddress(item.row, item.col);
    const where = at(address);
    addresses[item.code] = where;
    const { info } = item;
    const named = `${info.name}（${where}）`;
    const content = cellContent(ws.getCell(address));
    const problem = (message: string) => {
      problems.push({ cell: item.code, address: where, message });
      unreadable.add(item.code);
    };
    if (item.sum) {
      // Our formula's cached result (or a number typed over it); no result: recomputed below.
      if (content.kind === "number") typedSums.set(item.code, { text: numberText(content.value, info.scale), item });
      else if (content.kind === "formula" && typeof content.result === "number") typedSums.set(item.code, { text: numberText(content.result, info.scale), item });
      else if (content.kind === "text") problem(`${named}是合计单元格，填写的是文字“${content.text}”`);
      else if (content.kind === "formula" && typeof content.result === "string" && content.result.startsWith("#")) problem(`${named}的公式出错（${content.result}）`);
      continue;
    }
    switch (content.kind) {
      case "blank":
        break;
      case "number": {
        const text = numberText(content.value, info.scale);
        values[item.code] = text;
        const v = parseScaled(text, info.scale);
        if (v !== null) exact[item.code] = v;
        break;
      }
      case "formula":
        problem(`${named}中是公式（=${content.formula}），请直接填写数值，不要使用公式`);
        break;
      case "text":
        problem(`${named}填写的是文字“${content.text.slice(0, 30)}”，应填写数字`);
        break;
      case "other":
        problem(`${named}的内容“${content.shown}”不是数字`);
        break;
    }
  }

  // Sums in the order they are computed: a sum of sums uses the figure the file shows for its parts.
  for (const rule of template.sums) {
    if (rule.kind !== "linear") continue;
    const code = rule.lhs[0]!.cell;
    const item = layout.items.find((i): i is Extract<LayoutItem, { kind: "value" }> => i.kind === "value" && i.code === code)!;
    const computed = sumResult(item.sum!, exact, scaleIn(template));
    const typed = typedSums.get(code);
    const scale = item.info.scale;
    const partUnreadable = item.sum!.parts.some((p) => unreadable.has(p.cell));
    if (partUnreadable) unreadable.add(code);
    if (typed) {
      values[code] = typed.text;
      const v = parseScaled(typed.text, scale);
      if (!partUnreadable && (v === null || v !== (computed ?? 0n))) {
        problems.push({
          cell: code,
          address: addresses[code],
          message: `${item.info.name}（${addresses[code]}）为 ${typed.text}，但各项之和为 ${plain(computed ?? 0n, scale)}：合计单元格应等于其各项之和`,
        });
      }
      if (v !== null) exact[code] = v;
    } else if (computed !== undefined && !partUnreadable) {
      values[code] = plain(computed, scale);
      exact[code] = computed;
    }
  }

  return {
    source: `${fileName} 工作表「${ws.name}」`,
    year: index?.year ?? shown.year,
    templateId: template.id,
    orgCode: index?.orgCode ?? shown.orgCode,
    values,
    addresses,
    problems,
  };
}
