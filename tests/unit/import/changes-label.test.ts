import { describe, expect, it } from "vitest";
import { changesLabel } from "@/lib/import/changes-label";

const c = (from: string | null, to: string | null) => ({ cell: "A1", name: "新收政府信息公开申请数量", address: "填报表!D8", from, to });

describe("changesLabel", () => {
  it.each([
    ["nothing changes", [], "数值与系统中的相同"],
    ["a unit with nothing stored: filled, zeros counted", [c(null, "7"), c(null, "0"), c(null, "0.00")], "将要填入的数值（3 项，其中 2 项为 0）"],
    ["filled without zeros", [c(null, "7")], "将要填入的数值（1 项）"],
    ["a cell emptied is a change", [c(null, "7"), c("3", null)], "将要改变的数值（2 项，其中 1 项原为空）"],
    ["corrections only", [c("3", "4"), c("0", "1")], "将要改变的数值（2 项）"],
  ])("%s", (_name, changes, label) => {
    expect(changesLabel(changes)).toBe(label);
  });
});
