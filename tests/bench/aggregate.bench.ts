/**
 * npm run bench:aggregate — the region's totals over a synthetic tree of 3,000 units x 30
 * departments (90,000 leaf submissions of the 2018 table) in a temporary SQLite file, against
 * one raw `SELECT cell_code, SUM(value) … GROUP BY cell_code` over the same rows.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildTree, computeSums, getTemplate, type CellValues } from "@/lib";
import { compiledResultsOfApproved } from "@/lib/workflow";
import { openDb } from "@/db/client";
import { upsertOrganisations } from "@/db/mutations/orgs";
import { createCycle } from "@/db/mutations/cycles";
import { replaceSubmissions } from "@/db/mutations/submissions";
import { loadCycleTotals } from "@/server/stats/cycle-totals";
import { listSubmissionStatuses, listSubmissionValues, sumCellValuesSql } from "@/db/queries/submissions";
import { getRoster } from "@/db/queries/cycles";

const CITIES = 12;
const UNITS = Number(process.env.BENCH_UNITS ?? 3000);
const DEPARTMENTS = Number(process.env.BENCH_DEPARTMENTS ?? 30);
const WARM_RUNS = 5;

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** A deterministic pseudo-random generator so every run measures the same data. */
function rng(seed: number) {
  let x = seed;
  return (max: number) => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % max;
  };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-bench-"));
const file = path.join(dir, "bench.db");
const template = getTemplate("gov-disclosure-2018");
const rand = rng(42);

console.log(`bench:aggregate — ${UNITS} units x ${DEPARTMENTS} departments = ${UNITS * DEPARTMENTS} leaf submissions, ${template.cells.length} cells each`);
const setup = openDb(file);
const orgs: { code: string; name: string; parentCode: string | null; kind: string }[] = [{ code: "R", name: "区", parentCode: null, kind: "region" }];
for (let c = 0; c < CITIES; c++) orgs.push({ code: `C${c}`, name: `市${c}`, parentCode: "R", kind: "league_city" });
for (let u = 0; u < UNITS; u++) {
  orgs.push({ code: `U${u}`, name: `县${u}`, parentCode: `C${u % CITIES}`, kind: "county" });
  for (let d = 0; d < DEPARTMENTS; d++) orgs.push({ code: `U${u}-${d}`, name: `县${u}部门${d}`, parentCode: `U${u}`, kind: "department" });
}
let t0 = process.hrtime.bigint();
upsertOrganisations(setup.db, orgs);
const cycle = createCycle(setup.db, { year: 2018, templateId: template.id });
const idByCode = new Map(setup.sqlite.prepare("select code, id from organisations").raw(true).all().map((r) => r as [string, number]));
console.log(`  setup: ${orgs.length} organisations + roster in ${ms(t0).toFixed(0)} ms`);

const inputs = template.cells.filter((c) => !c.computed);
t0 = process.hrtime.bigint();
const BATCH = 5000;
let cellRows = 0;
for (let u = 0; u < UNITS * DEPARTMENTS; u += BATCH) {
  const items = [];
  for (let i = u; i < Math.min(u + BATCH, UNITS * DEPARTMENTS); i++) {
    const raw: CellValues = {};
    for (const c of inputs) raw[c.code] = BigInt(rand(c.scale ? 100000 : 2000));
    const values = computeSums(template, raw);
    cellRows += Object.keys(values).length;
    items.push({ orgId: idByCode.get(`U${Math.floor(i / DEPARTMENTS)}-${i % DEPARTMENTS}`)!, status: "approved" as const, values });
  }
  replaceSubmissions(setup.db, cycle.id, items, null, Date.now());
}
const insertMs = ms(t0);
console.log(`  insert: ${cellRows} cell values in ${(insertMs / 1000).toFixed(1)} s (${Math.round(cellRows / (insertMs / 1000))} rows/s)`);

// The region counts a unit's departments once that unit's compiled result is approved (decision 011): approve them all.
t0 = process.hrtime.bigint();
const compiled = compiledResultsOfApproved(
  buildTree(getRoster(setup.db, cycle.id)),
  listSubmissionStatuses(setup.db, cycle.id),
  new Map(listSubmissionValues(setup.db, cycle.id, ["approved"]).map((s) => [s.orgId, s.values])),
);
replaceSubmissions(setup.db, cycle.id, compiled.map((c) => ({ orgId: c.orgId, status: "approved" as const, values: c.values })), null, Date.now());
console.log(`  compiled results of ${compiled.length} compiling units approved in ${(ms(t0) / 1000).toFixed(1)} s`);
setup.close();

// Cold: a new connection, nothing prepared or cached in this process's SQLite page cache.
const opened = openDb(file);
t0 = process.hrtime.bigint();
const cold = loadCycleTotals(opened.db, 2018, "approved")!;
const coldMs = ms(t0);
const rootId = cold.tree.roots[0]!.orgId;

const warm: number[] = [];
for (let i = 0; i < WARM_RUNS; i++) {
  t0 = process.hrtime.bigint();
  loadCycleTotals(opened.db, 2018, "approved");
  warm.push(ms(t0));
}
const sqlTimes: number[] = [];
let sqlTotals: CellValues = {};
for (let i = 0; i < WARM_RUNS; i++) {
  t0 = process.hrtime.bigint();
  sqlTotals = sumCellValuesSql(opened.db, cycle.id, ["approved"]);
  sqlTimes.push(ms(t0));
}
const appRoot = cold.totals.get(rootId)!;
const same = template.cells.every((c) => appRoot[c.code] === sqlTotals[c.code]);
const warmMs = median(warm);
const sqlMs = median(sqlTimes);

console.log(`  region totals (whole tree, every node): cold ${coldMs.toFixed(0)} ms, warm ${warmMs.toFixed(0)} ms (median of ${WARM_RUNS})`);
console.log(`  rows/s (warm): ${Math.round(cellRows / (warmMs / 1000))} cell values/s`);
console.log(`  raw SQL SUM … GROUP BY (root only): ${sqlMs.toFixed(0)} ms (median of ${WARM_RUNS})`);
console.log(`  ratio app/SQL (warm): ${(warmMs / sqlMs).toFixed(2)}x; totals identical: ${same ? "yes" : "NO"}`);
opened.close();
if (!process.env.BENCH_KEEP) fs.rmSync(dir, { recursive: true, force: true });
else console.log("  kept " + file);
if (!same) process.exit(1);
