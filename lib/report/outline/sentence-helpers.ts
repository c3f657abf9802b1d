import type { ConditionDef } from "./schema";

type Variant = { when?: ConditionDef; text: string };

/**
 * A count with its growth against last year: a rise, a fall, level, or (no previous year, or
 * a previous value of 0) the count alone.
 */
export function withGrowth(lead: string, growth: string): { variants: Variant[] } {
  return {
    variants: [
      { when: { path: `${growth}.change`, is: "positive" }, text: `${lead}，较上年增长{${growth}.percent}%。` },
      { when: { path: `${growth}.change`, is: "negative" }, text: `${lead}，较上年下降{${growth}.percent|abs}%。` },
      { when: { path: `${growth}.change`, is: "zero" }, text: `${lead}，与上年持平。` },
      { text: `${lead}。` },
    ],
  };
}

/** A sentence for a count, or another one when the count is 0. */
export function countOrNone(path: string, none: string, some: string): { variants: Variant[] } {
  return { variants: [{ when: { path, is: "zero" }, text: none }, { text: some }] };
}
