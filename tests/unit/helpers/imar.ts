/** Loads the Inner Mongolia 2018 / 2017 demo data (tests/fixtures/imar-2018) for unit tests. */
import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import type { CellValues } from "@/lib/values";
import { parseCellInput } from "@/lib/values";
import type { RosterNode } from "@/lib/org-tree";
import type { Template } from "@/lib/templates";

export const FIXTURES = path.join(__dirname, "../../fixtures/imar-2018");

/** The rows of a CSV file, header included, as strings. */
export function readCsv(name: string): string[][] {
  return parse(fs.readFileSync(path.join(FIXTURES, name), "utf8"), { skip_empty_lines: true }) as string[][];
}

export function readJson(name: string): Record<string, number | string> {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, name), "utf8")) as Record<string, number | string>;
}

/** The roster of orgs.csv; orgId is the data line's index (1 = first data line, the region). */
export function loadRoster(): RosterNode[] {
  const [header, ...rows] = readCsv("orgs.csv");
  expectHeader(header, ["code", "name", "parent_code", "kind"]);
  const idByCode = new Map(rows.map((r, i) => [r[0]!, i + 1]));
  return rows.map((r, i) => ({
    orgId: i + 1,
    code: r[0]!,
    name: r[1]!,
    kind: r[3]!,
    parentOrgId: r[2] ? idByCode.get(r[2])! : null,
  }));
}

function expectHeader(header: string[] | undefined, expected: string[]): void {
  if (JSON.stringify(header) !== JSON.stringify(expected)) throw new Error(`unexpected header ${String(header)}`);
}

/** Parses one value with the cell's spec; throws on anything the form would refuse. */
export function parseCell(template: Template, code: string, text: string): bigint | null {
  const cell = template.cell(code);
  if (!cell) throw new Error(`unknown cell ${code}`);
  const r = parseCellInput(text, cell);
  if (!r.ok) throw new Error(`${code}: ${text}: ${r.message}`);
  return r.value;
}

/** submissions-<year>.csv as leaf values by orgId. */
export function loadLeafValues(template: Template, roster: RosterNode[], year: 2017 | 2018): Map<number, CellValues> {
  const [header, ...rows] = readCsv(`submissions-${year}.csv`);
  const byCode = new Map(roster.map((n) => [n.code, n.orgId]));
  const out = new Map<number, CellValues>();
  for (const row of rows) {
    const values: CellValues = {};
    header!.slice(1).forEach((code, j) => {
      const v = parseCell(template, code, row[j + 1]!);
      if (v !== null) values[code] = v;
    });
    out.set(byCode.get(row[0]!)!, values);
  }
  return out;
}

/** totals-<year>.json as values. */
export function loadTotals(template: Template, year: 2017 | 2018): CellValues {
  const json = readJson(`totals-${year}.json`);
  return Object.fromEntries(Object.entries(json).map(([code, v]) => [code, parseCell(template, code, String(v))!]));
}
