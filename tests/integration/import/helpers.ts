import type { ParsedUnitTable } from "@/lib/import";
import { getTemplate } from "@/lib/templates";

export const T2021 = getTemplate("gov-disclosure-2021");

/** A valid 2021 table: every typed cell 0 but a few figures, at made-up sheet addresses ("填报表!D14"). */
export function table(orgCode: string | null, over: Record<string, string> = {}, extra: Partial<ParsedUnitTable> = {}): ParsedUnitTable {
  const values: Record<string, string> = Object.fromEntries(T2021.cells.filter((c) => !c.computed).map((c) => [c.code, "0"]));
  values["R1.np"] = "5";
  values["R3.1.np"] = "3";
  values["R4.np"] = "2";
  Object.assign(values, over);
  const addresses = Object.fromEntries(T2021.cells.map((c, i) => [c.code, `填报表!D${i + 5}`]));
  return { source: `${orgCode ?? "无代码"}.xlsx 工作表「填报表」`, year: 2025, templateId: T2021.id, orgCode, values, addresses, problems: [], ...extra };
}

/** Every row of every table but the audit log's chain columns: what "nothing changed" compares. */
export function dump(sqlite: { prepare(sql: string): { all(): unknown[] } }): string {
  const tables = (sqlite.prepare(`select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name`).all() as { name: string }[]).map((r) => r.name);
  return JSON.stringify(tables.map((t) => [t, sqlite.prepare(`select * from "${t}"`).all()]), (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
}
