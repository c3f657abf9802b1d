import type { WhenDef } from "./schema";

type Variant = { when?: WhenDef; text: string };

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

/** A sentence printed only in a compiled report (the unit has children): the split, the top-N, 各受理单位…. */
export function compiledOnly(text: string): { variants: Variant[] } {
  return { variants: [{ when: { compiled: true }, text }] };
}

/** The seed's wording in the region's compiled report, the respondent's side everywhere else. */
export function regionOr(region: string, elsewhere: string, when?: WhenDef): { variants: Variant[] } {
  const extra = when === undefined ? [] : Array.isArray(when) ? when : [when];
  return {
    variants: [
      { when: [{ level: ["region"], compiled: true }, ...extra], text: region },
      ...(when === undefined ? [{ text: elsewhere }] : [{ when, text: elsewhere }]),
    ],
  };
}

/** A sentence for a count of 0, else the variants (e.g. withGrowth's). */
export function noneOr(path: string, none: string, some: { variants: Variant[] }): { variants: Variant[] } {
  return { variants: [{ when: { path, is: "zero" }, text: none }, ...some.variants] };
}

/** Printed only when the value at `path` is not 0 (a count of 0 says nothing worth a sentence). */
export function unlessZero(path: string, text: string): { variants: Variant[] } {
  return { variants: [{ when: { path, is: "nonzero" }, text }] };
}
