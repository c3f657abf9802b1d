import { describe, expect, test } from "vitest";
import {
  checkCreate,
  checkDeactivate,
  checkDelete,
  checkMerge,
  checkMove,
  checkReactivate,
  descendantIds,
  indexOrgs,
  wouldCreateCycle,
  type OrgRecord,
  type OrgUsage,
} from "@/lib/org-tree";

/**
 *   1 R 区 ─┬─ 2 D1 厅 (department)
 *           ├─ 3 C1 市 ── 4 X1 旗 ── 5 V1 苏木
 *           ├─ 6 C2 市 (inactive) ── 7 X2 旗 (inactive)
 *           └─ 8 D2 局 (records 9 as predecessor)
 *   9 D0 旧局 (inactive, under R)
 */
const org = (id: number, code: string, parentId: number | null, extra: Partial<OrgRecord> = {}): OrgRecord => ({
  id,
  code,
  name: code,
  kind: "department",
  parentId,
  active: true,
  predecessorId: null,
  ...extra,
});

const ORGS: OrgRecord[] = [
  org(1, "R", null, { kind: "region" }),
  org(2, "D1", 1),
  org(3, "C1", 1, { kind: "league_city" }),
  org(4, "X1", 3, { kind: "county" }),
  org(5, "V1", 4),
  org(6, "C2", 1, { active: false }),
  org(7, "X2", 6, { active: false }),
  org(8, "D2", 1, { predecessorId: 9 }),
  org(9, "D0", 1, { active: false }),
];
const index = indexOrgs(ORGS);

describe("descendantIds and wouldCreateCycle", () => {
  test.each([
    { label: "a leaf has none", id: 2, expected: [] },
    { label: "a city has its county and what is below it", id: 3, expected: [4, 5] },
    { label: "the root has everything else", id: 1, expected: [2, 3, 4, 5, 6, 7, 8, 9] },
  ])("$label", ({ id, expected }) => {
    expect([...descendantIds(index, id)].sort((a, b) => a - b)).toEqual(expected);
  });

  const parents = new Map(ORGS.map((o) => [o.id, o.parentId]));
  test.each([
    { label: "under itself", id: 3, parent: 3, expected: true },
    { label: "under its grandchild", id: 3, parent: 5, expected: true },
    { label: "under a sibling", id: 3, parent: 2, expected: false },
    { label: "the root under a leaf", id: 1, parent: 2, expected: true },
  ])("wouldCreateCycle: $label → $expected", ({ id, parent, expected }) => {
    expect(wouldCreateCycle(parents, id, parent)).toBe(expected);
  });

  test("a malformed tree (a loop) does not hang", () => {
    const looped = new Map<number, number | null>([
      [1, 2],
      [2, 1],
    ]);
    expect(wouldCreateCycle(looped, 3, 1)).toBe(false);
  });
});

describe("checkCreate", () => {
  test.each([
    { label: "a new department under the root", code: "D9", parent: "R", problems: [] },
    { label: "a taken code", code: "D1", parent: "R", problems: ["单位代码 D1 已被「D1」使用"] },
    { label: "an unknown parent", code: "D9", parent: "NOPE", problems: ["上级单位 NOPE 不存在"] },
    { label: "an inactive parent", code: "X9", parent: "C2", problems: ["上级单位「C2（C2）」已停用，不能在其下新增单位"] },
    { label: "a second root", code: "R2", parent: null, problems: ["请选择上级单位（只能有一个根单位）"] },
  ])("$label", ({ code, parent, problems }) => {
    expect(checkCreate(index, code, parent)).toEqual(problems);
  });

  test("the first unit of an empty tree needs no parent", () => {
    expect(checkCreate(indexOrgs([]), "R", null)).toEqual([]);
  });
});

describe("checkMove", () => {
  test.each([
    { label: "a county to another city", id: 4, parent: 1, problems: [] },
    { label: "a city under itself", id: 3, parent: 3, problems: ["不能把单位移到它自己下面"] },
    { label: "a city under its own county", id: 3, parent: 4, problems: ["「X1（X1）」是「C1（C1）」的下级单位，不能把单位移到自己的下级单位下面"] },
    { label: "a city under its grandchild", id: 3, parent: 5, problems: ["「V1（V1）」是「C1（C1）」的下级单位，不能把单位移到自己的下级单位下面"] },
    { label: "where it already is", id: 2, parent: 1, problems: ["「D1（D1）」已在「R（R）」下面"] },
    { label: "under an inactive unit", id: 2, parent: 6, problems: ["「C2（C2）」已停用，不能移到其下面"] },
    { label: "an unknown unit", id: 99, parent: 1, problems: ["要移动的单位不存在"] },
    { label: "an unknown parent", id: 2, parent: 99, problems: ["新的上级单位不存在"] },
  ])("$label", ({ id, parent, problems }) => {
    expect(checkMove(index, id, parent)).toEqual(problems);
  });
});

describe("checkMerge", () => {
  test.each([
    { label: "a department into another without a predecessor", id: 2, into: 3, problems: [] },
    { label: "into itself", id: 2, into: 2, problems: ["不能把单位合并到它自己"] },
    { label: "the root", id: 1, into: 2, problems: ["根单位不能被合并", "「R（R）」还有下级单位（C1、D1、D2），请先移动或停用", "「D1（D1）」是「R（R）」的下级单位"] },
    { label: "a unit with active children", id: 3, into: 2, problems: ["「C1（C1）」还有下级单位（X1），请先移动或停用"] },
    { label: "an inactive unit", id: 9, into: 2, problems: ["「D0（D0）」已停用，不能再合并"] },
    { label: "into an inactive unit", id: 2, into: 6, problems: ["「C2（C2）」已停用，不能作为合并后的单位"] },
    { label: "into a unit that already has a predecessor", id: 2, into: 8, problems: ["「D2（D2）」已记录前身单位「D0（D0）」，一个单位只能记录一个前身单位"] },
  ])("$label", ({ id, into, problems }) => {
    expect(checkMerge(index, id, into)).toEqual(problems);
  });
});

describe("checkDeactivate and checkReactivate", () => {
  test.each([
    { label: "deactivate a leaf", check: checkDeactivate, id: 2, problems: [] },
    { label: "deactivate the root", check: checkDeactivate, id: 1, problems: ["根单位不能停用", "「R（R）」还有在用的下级单位（C1、D1、D2），请先移动或停用"] },
    { label: "deactivate a unit with active children", check: checkDeactivate, id: 4, problems: ["「X1（X1）」还有在用的下级单位（V1），请先移动或停用"] },
    { label: "deactivate an inactive unit", check: checkDeactivate, id: 9, problems: ["「D0（D0）」已经停用"] },
    { label: "reactivate under an active parent", check: checkReactivate, id: 6, problems: [] },
    { label: "reactivate under an inactive parent", check: checkReactivate, id: 7, problems: ["上级单位「C2（C2）」已停用，请先启用上级单位"] },
    { label: "reactivate an active unit", check: checkReactivate, id: 2, problems: ["「D1（D1）」没有停用"] },
    { label: "reactivate a unit merged into another", check: checkReactivate, id: 9, problems: ["「D0（D0）」已并入「D2（D2）」，不能重新启用"] },
  ])("$label", ({ check, id, problems }) => {
    expect(check(index, id)).toEqual(problems);
  });
});

describe("checkDelete", () => {
  const unused: OrgUsage = { children: 0, users: 0, submissions: 0, rosterEntries: 0, grants: 0, successors: 0 };
  test.each([
    { label: "a unit nothing refers to", usage: unused, problems: [] },
    { label: "a unit with submissions (deactivate instead)", usage: { ...unused, submissions: 2 }, problems: ["该单位有 2 份填报记录，不能删除，只能停用"] },
    { label: "a unit in a roster", usage: { ...unused, rosterEntries: 1 }, problems: ["该单位在 1 个填报周期的单位名册中，不能删除，只能停用"] },
    {
      label: "a unit with children, users, grants and a successor",
      usage: { ...unused, children: 1, users: 3, grants: 2, successors: 1 },
      problems: ["该单位有 1 个下级单位，不能删除", "该单位有 3 个用户账户，不能删除", "该单位上有 2 项角色授权，不能删除", "该单位是其他单位的前身单位，不能删除"],
    },
  ])("$label", ({ usage, problems }) => {
    expect(checkDelete(usage)).toEqual(problems);
  });
});
