import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openDb } from "@/db/client";
import { createCycle } from "@/db/mutations/cycles";
import { upsertOrganisations, type OrganisationInput } from "@/db/mutations/orgs";
import { replaceSubmissions, type ReplaceSubmissionItem } from "@/db/mutations/submissions";
import { listSubmissionValues, sumCellValuesSql } from "@/db/queries/submissions";

/**
 * Bulk timings on a WAL file database: `NIANBAO_BENCH=1 npx vitest run tests/integration/db/bulk`
 * (NIANBAO_BENCH_UNITS sets the number of submissions, default 90,000; 58 cells each).
 * Skipped in normal runs.
 */
const UNITS = Number(process.env.NIANBAO_BENCH_UNITS ?? 90_000);

/** The 58 value cells of the 2018 list. */
const CODES = (
  "A1 A1a A1b A2.1 A2.2 A2.3 A2.4 A2.5 B1 B2.1 B2.1a B2.2 B2.2a B2.3 B2.4 B2.5 C1 C1.1 C1.2 C1.3 C1.4 C2 C2.1 C2.2 " +
  "C3 C3.1 C3.2 C3.3 C3.4 C3.4.1 C3.4.2 C3.4.3 C3.4.4 C3.4.5 C3.4.6 C3.5 C3.6 C3.7 C3.8 D D1 D2 D3 E E1 E2 E3 F G " +
  "H1 H2 H3 H3.1 H3.2 H4 I1 I2 I3"
).split(" ");

function timed<T>(label: string, fn: () => T): T {
  const start = performance.now();
  const result = fn();
  console.log(`${label}: ${((performance.now() - start) / 1000).toFixed(2)} s`);
  return result;
}

describe.skipIf(!process.env.NIANBAO_BENCH)(`bulk: ${UNITS} submissions x ${CODES.length} cells`, () => {
  it("writes, lists and sums them", { timeout: 600_000 }, () => {
    expect(CODES).toHaveLength(58);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-bench-"));
    const { db, close } = openDb(path.join(dir, "bench.db"));
    try {
      const orgs: OrganisationInput[] = [{ code: "R", name: "区", parentCode: null, kind: "region" }];
      for (let i = 0; i < UNITS; i++) orgs.push({ code: `U${String(i).padStart(6, "0")}`, name: `单位${i}`, parentCode: "R", kind: "county" });
      timed(`upsertOrganisations (${orgs.length} new)`, () => upsertOrganisations(db, orgs));
      const cycle = timed("createCycle (roster snapshot)", () => createCycle(db, { year: 2018, templateId: "list-2018" }));
      const orgIds = db.$client.prepare("select id from organisations where code <> 'R' order by code").pluck().all() as number[];

      let x = 1n;
      const items: ReplaceSubmissionItem[] = orgIds.map((orgId, i) => {
        const values: Record<string, bigint> = {};
        for (const code of CODES) values[code] = (x = (x * 48271n) % 2147483647n) % 1_000_000n;
        return { orgId, status: i % 10 === 0 ? "submitted" : "approved", values };
      });
      const results = timed(`replaceSubmissions insert (${UNITS} x ${CODES.length} = ${UNITS * CODES.length} values)`, () =>
        replaceSubmissions(db, cycle.id, items, null, Date.now()),
      );
      expect(results).toHaveLength(UNITS);

      const tenth = items.filter((_, i) => i % 10 === 1).map((it) => ({ ...it, values: { ...it.values, A1: it.values.A1! + 1n } }));
      timed(`replaceSubmissions replace (${tenth.length} existing, archived to history)`, () => replaceSubmissions(db, cycle.id, tenth, null, Date.now()));
      for (const t of tenth) items[orgIds.indexOf(t.orgId)] = t;

      const listed = timed(`listSubmissionValues (approved: ${items.filter((i) => i.status === "approved").length})`, () =>
        listSubmissionValues(db, cycle.id, ["approved"]),
      );
      const sql = timed("sumCellValuesSql (approved)", () => sumCellValuesSql(db, cycle.id, ["approved"]));
      const js = timed("JS sum over the listed values", () => {
        const totals: Record<string, bigint> = {};
        for (const s of listed) for (const code in s.values) totals[code] = (totals[code] ?? 0n) + s.values[code]!;
        return totals;
      });
      expect(listed).toHaveLength(items.filter((i) => i.status === "approved").length);
      expect(js).toEqual(sql);

      const expected: Record<string, bigint> = {};
      for (const it of items) if (it.status === "approved") for (const c of CODES) expected[c] = (expected[c] ?? 0n) + it.values[c]!;
      expect(sql).toEqual(expected);
      console.log(`database file: ${(fs.statSync(path.join(dir, "bench.db")).size / 1e6).toFixed(0)} MB (+ WAL)`);
    } finally {
      close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
