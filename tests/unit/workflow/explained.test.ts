import { describe, expect, it } from "vitest";
import { getTemplate } from "@/lib/templates";
import { IMPORT_EXPLANATION, isExplained, readiness, writtenExplanation } from "@/lib/workflow";
import { IMPORT_EXPLANATION as FROM_IMPORT } from "@/lib/import";
import { countWarnings } from "@/lib/review/checks";
import { loadTotals } from "../helpers/imar";

const t = getTemplate("gov-disclosure-2018");
const seed = loadTotals(t, 2018);

describe("an import's placeholder explanation counts as none", () => {
  it("the import records the same placeholder the rule reads", () => {
    expect(FROM_IMPORT).toBe("导入时未说明");
    expect(IMPORT_EXPLANATION).toBe(FROM_IMPORT);
  });

  it.each([
    { text: undefined, explained: false },
    { text: "", explained: false },
    { text: "  ", explained: false },
    { text: "导入时未说明", explained: false },
    { text: " 导入时未说明 ", explained: false },
    { text: "导入时未说明；实际为机构合并所致", explained: true },
    { text: "渠道统计口径不同", explained: true },
  ])("“$text” explained: $explained", ({ text, explained }) => {
    expect(isExplained(text)).toBe(explained);
    expect(writtenExplanation(text) !== "").toBe(explained);
  });

  it("readiness lists imported warnings as unexplained until someone writes one, and refuses 待签发", () => {
    const warnings = readiness(t, seed, {}).warnings;
    const imported = Object.fromEntries(warnings.map((w) => [w.key, IMPORT_EXPLANATION]));
    const r = readiness(t, seed, imported);
    expect(r.unexplained.map((w) => w.key)).toEqual(warnings.map((w) => w.key));
    expect(r.ready).toBe(false);
    const oneWritten = { ...imported, [warnings[0]!.key]: "渠道统计口径不同" };
    expect(readiness(t, seed, oneWritten).unexplained).toHaveLength(warnings.length - 1);
  });

  it("the dashboard's count agrees: imported warnings are not counted as explained", () => {
    const warnings = readiness(t, seed, {}).warnings;
    const imported = Object.fromEntries(warnings.map((w) => [w.key, IMPORT_EXPLANATION]));
    expect(countWarnings(t, seed, imported)).toEqual({ count: warnings.length, explained: 0 });
  });
});
