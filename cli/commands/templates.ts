import { getTemplate, templateIds } from "@/lib/templates";
import { choice, parse } from "../args";
import { out } from "../io";

export const usage =
  "templates [--format text|json]   列出统计表模板：代码、名称、单元格数及其中属于国家统一表式的单元格数\n" +
  "                                 （json：每行一个对象 {id,name,cells,officialCells}）";

export function run(argv: string[]): void {
  const { values } = parse(argv, { format: { type: "string" } }, 0);
  const format = choice("format", values.format, ["text", "json"] as const, "text");
  const rows = templateIds.map((id) => {
    const t = getTemplate(id);
    return { id, name: t.name, cells: t.cells.length, officialCells: t.cells.filter((c) => c.official).length };
  });
  if (format === "json") {
    out(rows.map((r) => JSON.stringify(r) + "\n").join(""));
    return;
  }
  out(
    rows
      .map((r) => `${r.id}  ${r.name}  单元格 ${r.cells} 个${r.officialCells === r.cells ? "" : `（国家表式 ${r.officialCells} 个，另增 ${r.cells - r.officialCells} 个）`}\n`)
      .join(""),
  );
}
