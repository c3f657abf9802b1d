import { flattenDeadlines, type Deadlines } from "@/lib/validation/cycle-deadlines";
import { parseWarningFactor } from "@/lib/validation/warning-factor";
import type { CycleSettings } from "@/db/mutations/cycle-settings";

/** A parsed settings form as stored: k as num/den, deadlines keyed "kind.purpose". */
export function toCycleSettings(input: { warningFactor: string; warningMinimum: number; deadlines: Deadlines; prereview?: boolean }): CycleSettings {
  // The schema already refused a factor that does not parse.
  const factor = parseWarningFactor(input.warningFactor)!;
  return {
    warningFactorNum: factor.num,
    warningFactorDen: factor.den,
    warningMinimum: input.warningMinimum,
    deadlines: flattenDeadlines(input.deadlines),
    ...(input.prereview === undefined ? {} : { prereview: input.prereview }),
  };
}
