import { Font } from "@react-pdf/renderer";
import { hyphenationCallback } from "../../../lib/report/line-break";
import { FAMILY, resolveFontPlan, type FontFile, type FontPlan } from "./fonts";

let registered: FontPlan | null = null;

const source = (f: FontFile, fontWeight: number) => ({ src: f.src, fontWeight, ...(f.postscriptName ? { postscriptName: f.postscriptName } : {}) });

/**
 * Registers the report's font families and the 避头尾 line-break callback with react-pdf,
 * once per process (or worker). Returns the plan in use.
 */
export function registerReportFonts(plan: FontPlan = resolveFontPlan()): FontPlan {
  if (registered) return registered;
  Font.register({ family: FAMILY.title, fonts: [source(plan.title, 400)] });
  Font.register({ family: FAMILY.body, fonts: [source(plan.body, 400), source(plan.bodyBold, 700)] });
  Font.register({ family: FAMILY.heading, fonts: [source(plan.heading, 400)] });
  Font.register({ family: FAMILY.subheading, fonts: [source(plan.subheading, 400)] });
  Font.register({ family: FAMILY.serifFallback, fonts: [source(plan.serifFallback, 400), source(plan.serifFallbackBold, 700)] });
  Font.register({ family: FAMILY.sansFallback, fonts: [source(plan.sansFallback, 400)] });
  Font.registerHyphenationCallback(hyphenationCallback);
  registered = plan;
  return plan;
}
