import { describe, expect, test } from "vitest";
import { nestOrgs } from "@/lib/org-tree";

const r = (id: number, code: string, parentId: number | null) => ({ id, code, parentId });

describe("nestOrgs", () => {
  test("children are ordered by code, leaves have no children key", () => {
    expect(nestOrgs([r(3, "B", 1), r(1, "R", null), r(2, "A", 1)])).toEqual([{ ...r(1, "R", null), children: [r(2, "A", 1), r(3, "B", 1)] }]);
  });

  test("a unit whose parent is missing shows as a root (nothing is hidden)", () => {
    expect(nestOrgs([r(2, "A", 9)]).map((o) => o.id)).toEqual([2]);
  });

  test("a loop does not hang and shows every unit once", () => {
    const out = nestOrgs([r(1, "R", null), r(2, "A", 3), r(3, "B", 2)]);
    expect(out.map((o) => o.id)).toEqual([1]);
  });
});
