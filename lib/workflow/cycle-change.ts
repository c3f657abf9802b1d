import type { ChangeThreshold } from "../rules/evaluate";

/** A cycle's year-on-year warning settings as stored (integer columns). */
export type CycleChangeSettings = { warningFactorNum: number; warningFactorDen: number; warningMinimum: number };

/** The cycle's year-on-year threshold for `evaluateRules` / `readiness`. */
export function changeThreshold(cycle: CycleChangeSettings): ChangeThreshold {
  return { factorNum: BigInt(cycle.warningFactorNum), factorDen: BigInt(cycle.warningFactorDen), minimum: BigInt(cycle.warningMinimum) };
}
