import { describe, expect, it } from "vitest";
import { getTemplate } from "@/lib/templates";
import { KEPT_POINT_LABELS, keptChanges, keptChangeText, keptPointOf, nextKeptNumber, type WorkflowEventType } from "@/lib/workflow";
import { KEPT_POINTS } from "@/db/schema";

const t = getTemplate("gov-disclosure-2018");

describe("when a version is kept", () => {
  it.each<[WorkflowEventType, string | null]>([
    ["edit", null],
    ["mark-ready", "ready"],
    ["sign-off", "signoff"],
    ["return", "return"],
    ["approve", "approve"],
    ["request-correction", null],
    ["reopen", "correction"],
  ])("%s keeps %s", (event, point) => {
    expect(keptPointOf(event)).toBe(point);
  });

  it("every point the database accepts has a Chinese label, and no other", () => {
    expect(Object.keys(KEPT_POINT_LABELS).sort()).toEqual([...KEPT_POINTS].sort());
    for (const label of Object.values(KEPT_POINT_LABELS)) expect(label).toMatch(/^[\u4e00-\u9fff]+$/);
  });
});

describe("numbering of kept versions", () => {
  it.each([
    { existing: [], next: 1 },
    { existing: [1], next: 2 },
    { existing: [1, 2, 3], next: 4 },
    // rows archived by saves before kept versions carry no number and do not count
    { existing: [null, null, null, null, null, null, null, null], next: 1 },
    { existing: [null, 1, null, 2], next: 3 },
    { existing: [3, 1, 2], next: 4 },
  ])("after $existing comes 第 $next 版", ({ existing, next }) => {
    expect(nextKeptNumber(existing)).toBe(next);
  });
});

describe("what changed between kept versions", () => {
  const v = (values: Record<string, bigint>, explanations: { ruleKey: string; text: string }[] = []) => ({ values, explanations });

  it("the first kept version has nothing to compare with", () => {
    expect(keptChanges(t, null, v({ A1: 5n }))).toEqual([]);
  });

  it("unchanged values and explanations: no change", () => {
    const a = v({ A1: 5n, G: 74545n }, [{ ruleKey: "A2-ge", text: "渠道统计口径不同" }]);
    expect(keptChanges(t, a, v({ ...a.values }, [...a.explanations]))).toEqual([]);
  });

  it("lists changed, filled and blanked cells in template order, exact and with the cell's scale", () => {
    const changes = keptChanges(t, v({ G: 74545n, A1: 5n, B1: 3n }), v({ A1: 1234n, G: 74546n, "A2.2": 0n }));
    expect(changes.map(keptChangeText)).toEqual([
      expect.stringMatching(/（A1）：5 → 1,234$/),
      expect.stringMatching(/（A2\.2）：空 → 0$/),
      expect.stringMatching(/（B1）：3 → 空$/),
      expect.stringMatching(/（G）：745\.45 → 745\.46$/),
    ]);
    expect(changes[0]).toEqual({ kind: "cell", code: "A1", name: t.cell("A1")!.name, from: "5", to: "1,234" });
  });

  it("leaves out sums: they follow the cells that changed", () => {
    expect(t.cell("C1")!.computed).toBe(true);
    const changes = keptChanges(t, v({ C1: 3n, "C1.1": 3n }), v({ C1: 5n, "C1.1": 5n }));
    expect(changes.map(keptChangeText)).toEqual([expect.stringMatching(/（C1\.1）：3 → 5$/)]);
  });

  it("lists explanations written, rewritten and withdrawn after the cells, named by the warning", () => {
    const from = v({ A1: 5n }, [
      { ruleKey: "A2-ge", text: "导入时未说明" },
      { ruleKey: "change:A1", text: "机构调整" },
      { ruleKey: "x", text: "旧说明" },
    ]);
    const to = v({ A1: 6n }, [
      { ruleKey: "A2-ge", text: "渠道统计口径不同" },
      { ruleKey: "x", text: "新说明" },
    ]);
    const names: Record<string, string> = { "A2-ge": "各渠道公开数之和少于主动公开数" };
    const changes = keptChanges(t, from, to, (k) => names[k] ?? null);
    expect(changes.map(keptChangeText)).toEqual([
      expect.stringMatching(/（A1）：5 → 6$/),
      // the import's placeholder is no explanation: replacing it reads as written
      "提示「各渠道公开数之和少于主动公开数」的说明：未说明 → 渠道统计口径不同",
      "提示「一条提示」的说明：机构调整 → 未说明",
      "提示「一条提示」的说明：旧说明 → 新说明",
    ]);
  });

  it("a placeholder replaced by a placeholder is no change", () => {
    const a = v({}, [{ ruleKey: "k", text: "导入时未说明" }]);
    expect(keptChanges(t, a, v({}, []))).toEqual([]);
  });
});
