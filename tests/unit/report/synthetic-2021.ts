/**
 * A small synthetic dataset in the 2021 national format, for report tests: a province with
 * three departments and two cities (one compiling two districts), 2020 and 2021, values
 * drawn from a seeded generator so that every hard rule holds (sums, R1 + R2 = R3.7 + R4
 * per column, this year's R2 = last year's R4, F3 ≤ F2, F3 ≤ P8 x 10000).
 */
import { getTemplate } from "@/lib/templates";
import { formatScaled, type CellValues } from "@/lib/values";

export const TEMPLATE_2021 = getTemplate("gov-disclosure-2021");

export const ORGS_2021 = [
  { code: "990000", name: "示例省", parent: "", kind: "region" },
  { code: "990000-01", name: "省人民政府办公厅", parent: "990000", kind: "department" },
  { code: "990000-02", name: "省自然资源厅", parent: "990000", kind: "department" },
  { code: "990000-03", name: "省发展和改革委员会", parent: "990000", kind: "department" },
  { code: "990100", name: "甲市", parent: "990000", kind: "league_city" },
  { code: "990200", name: "乙市", parent: "990000", kind: "league_city" },
  { code: "990201", name: "乙市东区", parent: "990200", kind: "county" },
  { code: "990202", name: "乙市西区", parent: "990200", kind: "county" },
];
export const LEAVES_2021 = ["990000-01", "990000-02", "990000-03", "990100", "990201", "990202"];

const COLS = ["np", "biz", "res", "ngo", "law", "oth"] as const;
const OUTCOMES = [
  "R3.1", "R3.2", "R3.3.1", "R3.3.2", "R3.3.3", "R3.3.4", "R3.3.5", "R3.3.6", "R3.3.7", "R3.3.8",
  "R3.4.1", "R3.4.2", "R3.4.3", "R3.5.1", "R3.5.2", "R3.5.3", "R3.5.4", "R3.5.5", "R3.6.1", "R3.6.2", "R3.6.3",
];

/** mulberry32: small, seeded, good enough for test data. */
function rng(seed: number): (lo: number, hi: number) => number {
  let a = seed >>> 0;
  return (lo, hi) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const r = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    return lo + Math.floor(r * (hi - lo + 1));
  };
}

function leafValues(rand: (lo: number, hi: number) => number, last: CellValues | null): CellValues {
  const v: CellValues = {};
  const set = (code: string, n: number | bigint) => (v[code] = BigInt(n));
  for (const col of COLS) {
    const r1 = col === "np" ? rand(20, 400) : rand(0, 40);
    const r2 = last ? Number(last[`R4.${col}`]!) : rand(0, 3);
    const r4 = rand(0, Math.min(3, r1 + r2));
    let left = r1 + r2 - r4;
    set(`R1.${col}`, r1);
    set(`R2.${col}`, r2);
    set(`R4.${col}`, r4);
    OUTCOMES.forEach((row, i) => {
      const n = i === OUTCOMES.length - 1 ? left : rand(0, Math.ceil(left / (i < 2 ? 2 : 6)));
      set(`${row}.${col}`, n);
      left -= n;
    });
    set(`R3.7.${col}`, r1 + r2 - r4);
  }
  for (const row of ["R1", "R2", ...OUTCOMES, "R3.7", "R4"]) set(`${row}.tot`, COLS.reduce((s, c) => s + v[`${row}.${c}`]!, 0n));
  for (const g of ["AR", "LD", "LA"]) {
    const parts = ["upheld", "corrected", "other", "pending"].map((k) => [k, rand(0, 6)] as const);
    parts.forEach(([k, n]) => set(`${g}.${k}`, n));
    set(`${g}.total`, parts.reduce((s, [, n]) => s + n, 0));
  }
  for (const kind of ["reg", "norm"]) {
    const issued = rand(0, 6);
    const repealed = rand(0, 3);
    const before = last ? Number(last[`P1.${kind}.valid`]!) : rand(10, 40);
    set(`P1.${kind}.issued`, issued);
    set(`P1.${kind}.repealed`, repealed);
    set(`P1.${kind}.valid`, Math.max(0, before + issued - repealed));
  }
  set("P5.license", rand(0, 900));
  set("P6.penalty", rand(0, 400));
  set("P6.coercion", rand(0, 40));
  set("P8.fee", rand(10000, 99999)); // 1.0000–9.9999 万元 (scale 4)
  const notices = rand(0, 3);
  set("F1", notices);
  const noticed = notices ? rand(1000, 90000) : 0; // 元 x 100
  set("F2", noticed);
  set("F3", notices ? rand(0, noticed) : 0);
  return v;
}

/** One leaf's values that keep every hard rule, from a seed (last year's values carried where given). */
export function syntheticLeafValues(seed: number, last: CellValues | null = null): CellValues {
  return leafValues(rng(seed), last);
}

/** Leaf values by unit code for 2020 and 2021 (2021's R2 carries 2020's R4). */
export function synthetic2021(seed = 2021): Record<2020 | 2021, Map<string, CellValues>> {
  const rand = rng(seed);
  const y2020 = new Map(LEAVES_2021.map((c) => [c, leafValues(rand, null)]));
  const y2021 = new Map(LEAVES_2021.map((c) => [c, leafValues(rand, y2020.get(c)!)]));
  return { 2020: y2020, 2021: y2021 };
}

export function orgsCsv(): string {
  return ["code,name,parent_code,kind", ...ORGS_2021.map((o) => [o.code, o.name, o.parent, o.kind].join(","))].join("\n") + "\n";
}

/** The submissions layout: org_code then every value cell of the template, amounts at their scale. */
export function submissionsCsv(values: Map<string, CellValues>): string {
  const cells = TEMPLATE_2021.cells;
  const rows = [...values].map(([code, v]) => [code, ...cells.map((c) => formatScaled(v[c.code]!, c.scale))].join(","));
  return [["org_code", ...cells.map((c) => c.code)].join(","), ...rows].join("\n") + "\n";
}

/** Exact sum of some cells over units. */
export function sumOver(values: Iterable<CellValues>, cells: string[]): bigint {
  let s = 0n;
  for (const v of values) for (const c of cells) s += v[c] ?? 0n;
  return s;
}

/** n/d as a percentage with 2 decimals, half up (an independent check of lib/figures). */
export function pct(n: bigint, d: bigint): string {
  const hundredths = (n * 10000n * 2n + d) / (2n * d);
  return `${hundredths / 100n}.${String(hundredths % 100n).padStart(2, "0")}`;
}
