import { describe, expect, it } from "vitest";
import { fieldLabel, ownFieldLabel } from "@/lib/validation/field-labels";
import { sites } from "./schema-probe";
import { inputSchemas } from "./input-schemas";

const schemas = await inputSchemas();

/** Whether the field's own key (alone or with the keys above it) has a name, not only a parent. */
const named = (path: (string | number)[]) => ownFieldLabel(path.filter((p): p is string => typeof p === "string")) !== null;

describe("fieldLabels", () => {
  it.each(schemas)("names every field of %s", (_name, schema) => {
    const unnamed = sites(schema)
      .filter((s) => s.inObject && !named(s.path))
      .map((s) => s.path.join("."));
    expect([...new Set(unnamed)]).toEqual([]);
  });
});

describe("fieldLabel", () => {
  it.each([
    { path: ["year"], label: "年度" },
    { path: ["deadlines", "league_city", "publish"], label: "盟市公开期限" },
    { path: ["rows", 2, "parentCode"], label: "第 3 行的上级单位代码" },
    { path: ["values", "C3.4.1"], label: "单元格（C3.4.1）" },
    { path: ["doc", "prose", "intro", 0, 1, "token", "figure"], label: "数据引用的指标" },
    { path: ["doc", "prose", "intro"], label: "报告正文" },
    { path: [], label: null },
    { path: ["somethingElse"], label: null },
  ])("$path → $label", ({ path, label }) => {
    expect(fieldLabel(path)).toBe(label);
  });
});
