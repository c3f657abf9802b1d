import type { CellMeta, ColumnNode, RowNode, TableDef, TemplateDef } from "./schema";
import { templateSchema } from "./schema";
import type { CellInfo, ExpandedRule, HeaderCell, BodyRow, TableLayout, Template } from "./types";
import { expandRules } from "./expand-rules";
import { shortName } from "./short-name";

type Leaf<T> = { node: T; path: T[]; code: string };

function joinCode(...parts: (string | undefined)[]): string {
  return parts.filter((p): p is string => !!p).join(".");
}

function columnLeaves(nodes: ColumnNode[], path: ColumnNode[] = [], prefix = ""): Leaf<ColumnNode>[] {
  return nodes.flatMap((node) => {
    const code = joinCode(prefix, node.code);
    return node.children ? columnLeaves(node.children, [...path, node], code) : [{ node, path: [...path, node], code }];
  });
}

function rowLeaves(nodes: RowNode[], path: RowNode[] = []): Leaf<RowNode>[] {
  return nodes.flatMap((node) =>
    node.children ? rowLeaves(node.children, [...path, node]) : [{ node, path: [...path, node], code: node.code ?? "" }],
  );
}

function depth<T extends { children?: T[] }>(nodes: T[]): number {
  return Math.max(...nodes.map((n) => 1 + (n.children ? depth(n.children) : 0)));
}

function leafCount<T extends { children?: T[] }>(node: T): number {
  return node.children ? node.children.reduce((s, c) => s + leafCount(c), 0) : 1;
}

function mergeMeta(...metas: (CellMeta | undefined)[]): CellMeta {
  return Object.assign({}, ...metas.filter(Boolean));
}

/** Header rows of a grid: the corner over the label columns, then the column tree with spans. */
function gridHeader(table: TableDef, labelColumns: number): HeaderCell[][] {
  const levels = depth(table.columns);
  const rows: HeaderCell[][] = Array.from({ length: levels }, () => []);
  if (labelColumns > 0) rows[0]!.push({ text: table.corner ?? "", colSpan: labelColumns, rowSpan: levels });
  const walk = (nodes: ColumnNode[], level: number) => {
    for (const node of nodes) {
      rows[level]!.push({
        text: node.label,
        colSpan: leafCount(node),
        rowSpan: node.children ? 1 : levels - level,
      });
      if (node.children) walk(node.children, level + 1);
    }
  };
  walk(table.columns, 0);
  return rows;
}

function listHeader(table: TableDef): HeaderCell[][] {
  const one = (text: string): HeaderCell => ({ text, colSpan: 1, rowSpan: 1 });
  return [[one(table.corner ?? "统计指标"), one(table.unitHeader ?? "单位"), ...columnLeaves(table.columns).map((l) => one(l.node.label))]];
}

/** A table without row labels (2021 四) has a single value row whose label is empty. */
function hasRowLabels(table: TableDef): boolean {
  return table.rows.some((r) => r.label !== "" || r.children);
}

function compileTable(template: TemplateDef, table: TableDef, cells: CellInfo[]): TableLayout {
  const cols = columnLeaves(table.columns);
  const rows = rowLeaves(table.rows);
  const omitted = new Set(table.omit ?? []);
  const labelColumns = table.layout === "list" ? 1 : hasRowLabels(table) ? depth(table.rows) : 0;
  const singleColumn = cols.length === 1;
  const body: BodyRow[] = [];
  const started = new Set<RowNode>();

  for (const row of rows) {
    const labels: HeaderCell[] = [];
    if (labelColumns > 0) {
      row.path.forEach((node, level) => {
        if (node === row.node) {
          labels.push({ text: node.label, colSpan: table.layout === "list" ? 1 : labelColumns - level, rowSpan: 1 });
        } else if (!started.has(node)) {
          started.add(node);
          labels.push({ text: node.label, colSpan: 1, rowSpan: leafCount(node) });
        }
      });
    }
    const rowMeta = mergeMeta(...row.path.map((n) => n.meta));
    const unitOfRow = mergeMeta(template.defaults, table.defaults, rowMeta).unit ?? null;
    if (row.node.heading) {
      body.push({ rowCode: row.code || null, heading: true, indent: row.node.indent ?? 0, labels, unit: "—", cells: [] });
      continue;
    }
    const rowCells = cols.map((col) => {
      const code = joinCode(row.code, col.code);
      if (omitted.has(code)) return null;
      const meta = mergeMeta(
        template.defaults,
        table.defaults,
        ...col.path.map((n) => n.meta),
        rowMeta,
        table.cells?.[code],
      );
      const rowName = row.node.short ?? meta.short ?? shortName(row.node.label);
      // Only groups that are part of the code (行政复议 / 复议后起诉) tell leaves apart in a name.
      const colName = col.path
        .filter((n, i) => i === col.path.length - 1 || n.code)
        .map((n) => n.short ?? n.label)
        .join("·");
      const name = singleColumn ? rowName : [colName, rowName].filter(Boolean).join("·");
      cells.push({
        code,
        tableId: table.id,
        rowCode: row.code,
        colCode: col.code,
        label: row.node.label || col.node.label,
        name,
        unit: meta.unit ?? "",
        scale: meta.scale ?? 0,
        signed: meta.signed ?? false,
        optional: meta.optional ?? false,
        note: meta.note,
        computed: false,
        official: meta.official ?? true,
      });
      return code;
    });
    body.push({ rowCode: row.code || null, heading: false, indent: row.node.indent ?? 0, labels, unit: table.layout === "list" ? unitOfRow : null, cells: rowCells });
  }

  return {
    id: table.id,
    title: table.title,
    layout: table.layout,
    labelColumns,
    columnCodes: cols.map((c) => c.code),
    rowCodes: rows.filter((r) => !r.node.heading).map((r) => r.code),
    header: table.layout === "list" ? listHeader(table) : gridHeader(table, labelColumns),
    body,
  };
}

/** Orders computed cells so that a sum is computed after the sums it adds up. */
function computeOrder(rules: ExpandedRule[]): ExpandedRule[] {
  const byCell = new Map<string, ExpandedRule>();
  for (const r of rules) {
    if (r.kind !== "linear" || !r.computes) continue;
    const target = r.lhs[0]!.cell;
    if (!byCell.has(target)) byCell.set(target, r);
  }
  const ordered: ExpandedRule[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (cell: string) => {
    const rule = byCell.get(cell);
    if (!rule || state.get(cell) === "done") return;
    if (state.get(cell) === "visiting") throw new Error(`模板错误：合计单元格循环引用（${cell}）`);
    state.set(cell, "visiting");
    if (rule.kind === "linear") rule.rhs.forEach((t) => visit(t.cell));
    state.set(cell, "done");
    ordered.push(rule);
  };
  [...byCell.keys()].forEach(visit);
  return ordered;
}

/** Validates a template definition and derives everything the app needs from it. */
export function compileTemplate(input: TemplateDef): Template {
  const def = templateSchema.parse(input);
  const cells: CellInfo[] = [];
  const sections = def.sections.map((s) => ({
    id: s.id,
    title: s.title,
    tables: s.tables.map((t) => compileTable(def, t, cells)),
  }));
  const byCode = new Map<string, CellInfo>();
  for (const c of cells) {
    if (byCode.has(c.code)) throw new Error(`模板错误：单元格代码重复（${c.code}）`);
    byCode.set(c.code, c);
  }
  const tables = new Map(sections.flatMap((s) => s.tables).map((t) => [t.id, t]));
  const rules = expandRules(def.rules, tables, byCode);
  const sums = computeOrder(rules);
  for (const r of sums) if (r.kind === "linear") byCode.get(r.lhs[0]!.cell)!.computed = true;
  for (const f of def.figures) {
    const refs = f.kind === "share" ? [...f.numerator, ...f.denominator] : f.cells;
    const unknown = refs.filter((c) => !byCode.has(c));
    if (unknown.length) throw new Error(`模板错误：指标 ${f.id} 引用了不存在的单元格 ${unknown.join("、")}`);
  }
  return {
    id: def.id,
    name: def.name,
    predecessors: def.predecessors ?? [],
    def,
    sections,
    cells,
    cell: (code) => byCode.get(code),
    rules,
    sums,
    figures: def.figures,
  };
}
