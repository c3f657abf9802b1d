import type { Db } from "../client";
import { getSetting } from "./settings";

/**
 * A cycle may carry a display label (e.g. the demo's open cycle: "2019年度（演示周期，沿用2018年表式）"),
 * kept as the setting `cycle.label.<year>` (cycles have no label column; `cycle:create --label`
 * writes it). Shown instead of "<year>年度" in the unit and review pages' titles.
 */
export const cycleLabelKey = (year: number) => `cycle.label.${year}`;

/** The cycle's label as set, or null when it has none. */
export function cycleLabel(db: Db, year: number): string | null {
  const v = getSetting(db, cycleLabelKey(year));
  return typeof v === "string" && v.trim() ? v : null;
}

/** The cycle's label, or "<year>年度" when it has none. */
export function cycleTitle(db: Db, year: number): string {
  return cycleLabel(db, year) ?? `${year}年度`;
}
