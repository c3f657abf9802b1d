import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe as suite, expect, test } from "vitest";
import { formatScaled, type CellValues } from "@/lib/values";
import { runCli } from "./run-cli";
import { orgsCsv, pct, sumOver, synthetic2021, TEMPLATE_2021 as t } from "../../unit/report/synthetic-2021";
import { compactText, SKIP_PDF_CHECKS } from "../report/pdf-tools";

/*
 * Real 2021 history (issue 11 item 3, decision 016), through the CLI as an office would load it:
 * - 2019: only the published compiled tables of the province (990000) and of 乙市 (990200),
 *   imported with --compiled: history for year-on-year, never summed;
 * - 2020: every unit's published table, the official 200 cells only (no F1–F3);
 * - 2021: the full table.
 * The 2021 report states its growth against 2020; 2020's F totals are not reported and no fee
 * sentence comes from them; the 2020 report states its growth against the 2019 published table.
 */
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-history-"));
const db = path.join(tmp, "history.db");
const data = synthetic2021();
/** Another consistent year for the published 2019 tables (a different seed: different totals). */
const earlier = synthetic2021(7)[2020];
const OFFICIAL = t.cells.filter((c) => c.official).map((c) => c.code);
const ALL = t.cells.map((c) => c.code);

function cli(args: string[]) {
  return runCli(db, args, tmp);
}
function ok(args: string[]) {
  const r = cli(args);
  expect(r.code, `cli ${args.join(" ")}: ${r.stderr}`).toBe(0);
  return r;
}

function writeCsv(name: string, columns: string[], rows: [string, CellValues][]): string {
  const lines = [["org_code", ...columns].join(","), ...rows.map(([code, v]) => [code, ...columns.map((c) => formatScaled(v[c]!, t.cell(c)!.scale))].join(","))];
  fs.writeFileSync(path.join(tmp, name), lines.join("\n") + "\n");
  return name;
}

/** Cell-by-cell sum of some units' values (a compiled table as the unit published it). */
function compiled(units: CellValues[]): CellValues {
  const out: CellValues = {};
  for (const v of units) for (const [c, x] of Object.entries(v)) out[c] = (out[c] ?? 0n) + x;
  return out;
}

const totals = (year: number, org: string) => JSON.parse(ok(["totals", "--year", String(year), "--org", org]).stdout) as Record<string, number | string | null>;
const growthText = (now: bigint, before: bigint) => (now === before ? "与上年持平" : `较上年${now > before ? "增长" : "下降"}${pct(now > before ? now - before : before - now, before)}%`);
const applyTotal = (values: Iterable<CellValues>) => sumOver(values, ["R1.tot", "R2.tot"]);

beforeAll(() => {
  fs.writeFileSync(path.join(tmp, "orgs.csv"), orgsCsv());
  ok(["orgs:import", "orgs.csv"]);
  for (const year of [2019, 2020, 2021]) ok(["cycle:create", "--year", String(year), "--template", "gov-disclosure-2021"]);
  const published2019: [string, CellValues][] = [
    ["990000", compiled([...earlier.values()])],
    ["990200", compiled([earlier.get("990201")!, earlier.get("990202")!])],
  ];
  ok(["submissions:import", "--year", "2019", "--compiled", writeCsv("compiled-2019.csv", OFFICIAL, published2019)]);
  ok(["submissions:import", "--year", "2020", "--status", "approved", writeCsv("published-2020.csv", OFFICIAL, [...data[2020]])]);
  ok(["submissions:import", "--year", "2021", "--status", "approved", writeCsv("full-2021.csv", ALL, [...data[2021]])]);
}, 120_000);

suite("history without F1–F3 and compiled history", () => {
  test("the 200-column file went in: official cells summed, F1–F3 not reported (null, never 0) at every level", () => {
    for (const org of ["990000", "990200", "990201", "990000-01"]) {
      const v = totals(2020, org);
      expect(v["R1.tot"], org).toBe(Number(sumOver(org === "990000" ? data[2020].values() : org === "990200" ? [data[2020].get("990201")!, data[2020].get("990202")!] : [data[2020].get(org)!], ["R1.tot"])));
      for (const f of ["F1", "F2", "F3"]) expect(v[f], `${org} ${f}`).toBeNull();
    }
    expect(totals(2021, "990000").F1).toBe(Number(sumOver(data[2021].values(), ["F1"])));
  });

  test("a published compiled table is not summed: 2019 has no totals, at the province or at 乙市", () => {
    for (const org of ["990000", "990200"]) expect(totals(2019, org)["R1.tot"], org).toBeNull();
  });

  test.each([
    { label: "a compiling unit whose units are approved", args: ["--year", "2020", "--compiled"], code: 1, message: "乙市（990200）的下级单位已有审核通过的数据" },
    { label: "--compiled as anything but approved", args: ["--year", "2019", "--compiled", "--status", "submitted"], code: 2, message: "--status 只能是 approved" },
  ])("--compiled refuses $label", ({ args, code, message }) => {
    const file = writeCsv("compiled-refused.csv", OFFICIAL, [["990200", compiled([data[2020].get("990201")!, data[2020].get("990202")!])]]);
    const r = cli(["submissions:import", ...args, file]);
    expect(r.code).toBe(code);
    expect(r.stderr).toContain(message);
  });

  test("a file missing an official column is still refused, nothing imported", () => {
    const r = cli(["submissions:import", "--year", "2021", "--status", "approved", writeCsv("short.csv", OFFICIAL.filter((c) => c !== "P6.penalty"), [...data[2021]])]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("缺少列 P6.penalty（行政处罚决定）");
  });
});

suite.skipIf(SKIP_PDF_CHECKS)("the reports", () => {
  let text2021 = "";
  let text2020 = "";
  beforeAll(() => {
    ok(["report", "--year", "2021", "--org", "990000", "--out", "report-2021.pdf"]);
    ok(["report", "--year", "2020", "--org", "990000", "--out", "report-2020.pdf"]);
    text2021 = compactText(path.join(tmp, "report-2021.pdf"));
    text2020 = compactText(path.join(tmp, "report-2020.pdf"));
  }, 120_000);

  test("2021 states its growth against the 2020 table that had no F cells", () => {
    expect(text2021).toContain(growthText(applyTotal(data[2021].values()), applyTotal(data[2020].values())));
  });

  test("2021 reports its own fees; nothing says 0 for 2020's missing ones", () => {
    expect(text2021).toContain(`发出收费通知${sumOver(data[2021].values(), ["F1"])}件`);
    expect(text2020).not.toContain("信息处理费");
    expect(text2020).not.toContain("收费通知金额");
    expect(text2020).not.toContain("未发出");
  });

  test("2020 states its growth against the province's published 2019 table", () => {
    expect(text2020).toContain(growthText(applyTotal(data[2020].values()), applyTotal([compiled([...earlier.values()])])));
  });
});
