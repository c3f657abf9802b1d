import { describe, expect, test } from "vitest";
import { createCycleSchema, updateCycleSchema } from "@/lib/validation/cycle";
import { defaultDeadlines, flattenDeadlines, readDeadlines } from "@/lib/validation/cycle-deadlines";

const valid = { year: 2019, templateId: "gov-disclosure-2018", warningFactor: "2.5", warningMinimum: 100, deadlines: defaultDeadlines(2019) };

/** The messages of a refused input, by field path. */
function issues(input: unknown): Record<string, string> {
  const r = createCycleSchema.safeParse(input);
  return r.success ? {} : Object.fromEntries(r.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("defaultDeadlines (条例第四十九条)", () => {
  test("departments by 31 January, governments by 31 March of the next year", () => {
    expect(defaultDeadlines(2018)).toEqual({
      department: { submit: "2019-01-31", publish: "2019-01-31" },
      league_city: { submit: "2019-03-31", publish: "2019-03-31" },
      county: { submit: "2019-03-31", publish: "2019-03-31" },
    });
  });

  test("stored flat by kind.purpose and read back", () => {
    const flat = flattenDeadlines(defaultDeadlines(2018));
    expect(flat["department.submit"]).toBe("2019-01-31");
    expect(Object.keys(flat)).toHaveLength(6);
    expect(readDeadlines(flat)).toEqual(defaultDeadlines(2018));
  });

  test("a cycle without stored deadlines reads as all unset", () => {
    expect(readDeadlines(null).county).toEqual({ submit: null, publish: null });
  });
});

describe("createCycleSchema", () => {
  test("accepts the defaults", () => {
    expect(createCycleSchema.safeParse(valid).success).toBe(true);
  });

  test.each([
    { label: "k = 1 would flag every change", input: { ...valid, warningFactor: "1" }, path: "warningFactor" },
    { label: "k with three decimals", input: { ...valid, warningFactor: "2.555" }, path: "warningFactor" },
    { label: "k above 100", input: { ...valid, warningFactor: "100.5" }, path: "warningFactor" },
    { label: "a negative minimum", input: { ...valid, warningMinimum: -1 }, path: "warningMinimum" },
    { label: "a fractional minimum", input: { ...valid, warningMinimum: 1.5 }, path: "warningMinimum" },
    { label: "a year before 2008", input: { ...valid, year: 2007 }, path: "year" },
    { label: "no template", input: { ...valid, templateId: "" }, path: "templateId" },
    { label: "a date that does not exist", input: { ...valid, deadlines: { ...valid.deadlines, county: { submit: "2020-02-30", publish: "2020-03-31" } } }, path: "deadlines.county.submit" },
    {
      label: "a deadline inside the reporting year",
      input: { ...valid, deadlines: { ...valid.deadlines, department: { submit: "2019-12-31", publish: "2020-01-31" } } },
      path: "deadlines.department.submit",
    },
  ])("refuses $label", ({ input, path }) => {
    expect(Object.keys(issues(input))).toContain(path);
  });

  test("k may be typed as a number", () => {
    expect(createCycleSchema.parse({ ...valid, warningFactor: 3 }).warningFactor).toBe("3");
  });
});

describe("updateCycleSchema", () => {
  test("takes the year from the route as text", () => {
    const { templateId: _t, ...settings } = valid;
    expect(updateCycleSchema.parse({ ...settings, year: "2019" }).year).toBe(2019);
  });
});
