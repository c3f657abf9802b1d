import { describe, expect, test } from "vitest";
import fc from "fast-check";
import {
  ACTIONS,
  authorize,
  BUSINESS_ACTIONS,
  ForbiddenError,
  isForbiddenError,
  requireAllowed,
  ROLES,
  treeAccessFromParents,
  visibleOrgIds,
  type Actor,
  type Target,
} from "@/lib/authz";
import { actorWith, ORG, tree } from "./small-tree";
import { ancestorsIn, arbParents } from "./random-tree";

const org = (orgId: number): Target => ({ kind: "org", orgId });
const ALL_ORGS = Object.values(ORG);
const ALL_TARGETS: Target[] = [
  ...ALL_ORGS.map(org),
  { kind: "global" },
  { kind: "user", userId: 200, orgId: ORG.county },
  { kind: "user", userId: 100, orgId: ORG.region },
];

describe("a user with two grants has the union of both, nothing more", () => {
  const fillerAndSigner: Actor = { userId: 100, orgId: ORG.county, grants: [{ role: "filler", orgId: ORG.county }, { role: "signer", orgId: ORG.county }] };
  const reviewerAndFiller: Actor = { userId: 100, orgId: ORG.cityA, grants: [{ role: "reviewer", orgId: ORG.cityA }, { role: "filler", orgId: ORG.cityA }] };

  test.each([
    { label: "filler+signer edits the county", actor: fillerAndSigner, action: "stats.edit", orgId: ORG.county, expected: true },
    { label: "filler+signer signs the county off", actor: fillerAndSigner, action: "stats.signoff", orgId: ORG.county, expected: true },
    { label: "filler+signer publishes the county's report", actor: fillerAndSigner, action: "report.publish", orgId: ORG.county, expected: true },
    { label: "filler+signer still cannot read the parent city", actor: fillerAndSigner, action: "stats.read", orgId: ORG.cityA, expected: false },
    { label: "reviewer+filler edits city A's own figures", actor: reviewerAndFiller, action: "stats.edit", orgId: ORG.cityA, expected: true },
    { label: "reviewer+filler drafts city A's compiled report", actor: reviewerAndFiller, action: "report.edit", orgId: ORG.cityA, expected: true },
    { label: "reviewer+filler reviews the county", actor: reviewerAndFiller, action: "stats.review", orgId: ORG.county, expected: true },
    { label: "reviewer+filler reads the county", actor: reviewerAndFiller, action: "stats.read", orgId: ORG.county, expected: true },
    { label: "reviewer+filler cannot edit the county", actor: reviewerAndFiller, action: "stats.edit", orgId: ORG.county, expected: false },
    { label: "reviewer+filler cannot sign city A off", actor: reviewerAndFiller, action: "stats.signoff", orgId: ORG.cityA, expected: false },
  ] as const)("$label", ({ actor, action, orgId, expected }) => {
    expect(authorize(actor, action, org(orgId), tree).allowed).toBe(expected);
  });
});

describe("a disabled actor is denied everything", () => {
  test("whatever their grants, whatever the action and target", () => {
    const arbActor = fc.record({
      userId: fc.constantFrom(100, 200),
      orgId: fc.constantFrom(...ALL_ORGS),
      grants: fc.array(fc.record({ role: fc.constantFrom(...ROLES), orgId: fc.constantFrom(...ALL_ORGS) }), { maxLength: 4 }),
      disabled: fc.constant(true),
    });
    fc.assert(
      fc.property(arbActor, fc.constantFrom(...ACTIONS), fc.constantFrom(...ALL_TARGETS), (actor, action, target) => {
        expect(authorize(actor, action, target, tree)).toEqual({ allowed: false, reason: "账户已停用，不能执行任何操作" });
      }),
    );
  });

  test.each([
    { label: "a disabled sysadmin", actor: { ...actorWith("sysadmin", ORG.region), disabled: true }, action: "org.manage", target: { kind: "global" } },
    { label: "a disabled reviewer", actor: { ...actorWith("reviewer", ORG.region), disabled: true }, action: "stats.read", target: org(ORG.cityA) },
  ] as const)("$label", ({ actor, action, target }) => {
    expect(authorize(actor, action, target, tree).allowed).toBe(false);
  });
});

describe("grants that grant nothing", () => {
  test.each([
    { label: "reviewer on the county (a leaf)", orgId: ORG.county },
    { label: "reviewer on the department (a leaf)", orgId: ORG.department },
    { label: "reviewer on city B (a leaf)", orgId: ORG.cityB },
  ])("$label: every action on every target is denied", ({ orgId }) => {
    const actor = actorWith("reviewer", orgId);
    for (const action of ACTIONS) for (const target of ALL_TARGETS) expect(authorize(actor, action, target, tree).allowed).toBe(false);
    expect(authorize(actor, "stats.read", org(orgId), tree)).toEqual({ allowed: false, reason: "审核员角色授予在没有下级单位的单位上，不产生权限" });
  });

  test("a business grant on another unit than the user's own (left behind after a move)", () => {
    const moved: Actor = { userId: 100, orgId: ORG.county, grants: [{ role: "filler", orgId: ORG.cityA }] };
    for (const orgId of ALL_ORGS) expect(authorize(moved, "stats.edit", org(orgId), tree).allowed).toBe(false);
    expect(authorize(moved, "stats.edit", org(ORG.cityA), tree)).toEqual({ allowed: false, reason: "您的填报员角色不在本人所属的单位上，不产生权限" });
  });

  test("an administrator grant below the root", () => {
    const actor = actorWith("sysadmin", ORG.cityA);
    expect(authorize(actor, "org.manage", { kind: "global" }, tree)).toEqual({ allowed: false, reason: "管理员角色只有授予在根单位上才有效" });
  });

  test("a user account outside the administrator's tree", () => {
    const twoRoots = treeAccessFromParents(new Map([[1, null], [2, 1], [10, null], [11, 10]]));
    const actor = actorWith("sysadmin", 1);
    expect(authorize(actor, "user.manage", { kind: "user", userId: 200, orgId: 2 }, twoRoots).allowed).toBe(true);
    expect(authorize(actor, "user.manage", { kind: "user", userId: 200, orgId: 11 }, twoRoots)).toEqual({ allowed: false, reason: "该用户不在您管理的组织机构范围内" });
  });

  test("an actor with no grants at all", () => {
    const nobody: Actor = { userId: 1, orgId: ORG.county, grants: [] };
    for (const action of ACTIONS) for (const target of ALL_TARGETS) expect(authorize(nobody, action, target, tree).allowed).toBe(false);
  });
});

describe("reasons name what was missing", () => {
  test.each([
    { label: "a role without the action", actor: actorWith("filler", ORG.county), action: "stats.signoff", target: org(ORG.county), reason: "您没有「签发统计数据」的权限（需要负责人角色）" },
    { label: "an action two roles have", actor: actorWith("reviewer", ORG.cityA), action: "stats.submit", target: org(ORG.cityA), reason: "您没有「报送统计数据」的权限（需要填报员或负责人角色）" },
    { label: "the reviewer one level too deep", actor: actorWith("reviewer", ORG.region), action: "stats.review", target: org(ORG.county), reason: "审核员只能对直属下级单位执行「审核统计数据（退回、通过）」" },
    { label: "the reviewer reading upwards", actor: actorWith("reviewer", ORG.cityA), action: "stats.read", target: org(ORG.region), reason: "审核员只能对本单位及其所有下级单位执行「查看统计数据」" },
    { label: "a filler on the parent", actor: actorWith("filler", ORG.county), action: "stats.edit", target: org(ORG.cityA), reason: "填报员只能对本单位执行「填报统计数据」" },
    { label: "a business action without a unit", actor: actorWith("filler", ORG.county), action: "stats.edit", target: { kind: "global" }, reason: "「填报统计数据」须针对一个具体单位" },
    { label: "an admin action on a unit", actor: actorWith("sysadmin", ORG.region), action: "org.manage", target: org(ORG.region), reason: "「管理组织机构」是系统管理操作，不针对具体单位的数据" },
    { label: "an admin action on a user that is not user.manage", actor: actorWith("secadmin", ORG.region), action: "grant.manage", target: { kind: "user", userId: 200, orgId: ORG.county }, reason: "「授予和撤销角色」不针对单个用户账户" },
    { label: "the sysadmin on their own account", actor: actorWith("sysadmin", ORG.region), action: "user.manage", target: { kind: "user", userId: 100, orgId: ORG.region }, reason: "不能对本人账户执行「管理用户账户」" },
    { label: "the auditor on grants", actor: actorWith("auditor", ORG.region), action: "grant.manage", target: { kind: "global" }, reason: "您没有「授予和撤销角色」的权限（需要安全管理员角色）" },
  ] as const)("$label", ({ actor, action, target, reason }) => {
    expect(authorize(actor, action, target, tree)).toEqual({ allowed: false, reason });
  });

  test("several grants that each fall short give each reason once", () => {
    const actor: Actor = { userId: 100, orgId: ORG.cityA, grants: [{ role: "filler", orgId: ORG.cityA }, { role: "signer", orgId: ORG.cityA }] };
    expect(authorize(actor, "stats.read", org(ORG.region), tree)).toEqual({
      allowed: false,
      reason: "填报员只能对本单位执行「查看统计数据」；负责人只能对本单位执行「查看统计数据」",
    });
  });
});

describe("requireAllowed", () => {
  test("returns quietly when allowed", () => {
    expect(() => requireAllowed(actorWith("filler", ORG.county), "stats.edit", org(ORG.county), tree)).not.toThrow();
  });

  test("throws a ForbiddenError carrying the reason and the action", () => {
    let caught: unknown;
    try {
      requireAllowed(actorWith("filler", ORG.county), "stats.signoff", org(ORG.county), tree);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ForbiddenError);
    expect(isForbiddenError(caught)).toBe(true);
    const err = caught as ForbiddenError;
    expect(err).toMatchObject({ name: "ForbiddenError", status: 403, action: "stats.signoff", reason: "您没有「签发统计数据」的权限（需要负责人角色）" });
    expect(err.message).toBe(err.reason);
  });

  test.each([
    { label: "a plain Error", error: new Error("x"), expected: false },
    { label: "a string", error: "ForbiddenError", expected: false },
    { label: "an Error renamed across a boundary", error: Object.assign(new Error("x"), { name: "ForbiddenError" }), expected: true },
  ])("isForbiddenError: $label", ({ error, expected }) => {
    expect(isForbiddenError(error)).toBe(expected);
  });
});

describe("visibleOrgIds: which units a person may read", () => {
  test.each([
    { label: "reviewer at the region: everything", actor: actorWith("reviewer", ORG.region), expected: [1, 2, 3, 4, 5] },
    { label: "reviewer at city A: the city and its county", actor: actorWith("reviewer", ORG.cityA), expected: [2, 3] },
    { label: "reviewer at a leaf: nothing", actor: actorWith("reviewer", ORG.county), expected: [] },
    { label: "filler at city A: own unit only", actor: actorWith("filler", ORG.cityA), expected: [2] },
    { label: "signer at the county: own unit only", actor: actorWith("signer", ORG.county), expected: [3] },
    { label: "sysadmin: no unit data", actor: actorWith("sysadmin", ORG.region), expected: [] },
    { label: "auditor: no unit data", actor: actorWith("auditor", ORG.region), expected: [] },
    { label: "a disabled reviewer: nothing", actor: { ...actorWith("reviewer", ORG.region), disabled: true }, expected: [] },
  ])("$label", ({ actor, expected }) => {
    expect(visibleOrgIds(actor, tree, ALL_ORGS)).toEqual(expected);
  });

  test("report.read has the same scope as stats.read for every role and unit", () => {
    for (const role of ROLES) {
      for (const at of ALL_ORGS) {
        const actor = actorWith(role, at);
        const reports = ALL_ORGS.filter((orgId) => authorize(actor, "report.read", org(orgId), tree).allowed);
        expect(visibleOrgIds(actor, tree, ALL_ORGS)).toEqual(reports);
      }
    }
  });
});

describe("properties on random trees", () => {
  const pick = (parents: Map<number, number | null>, n: number) => (n % parents.size) + 1;

  test("a reviewer reads exactly the units at or below their unit, when it has children", () => {
    fc.assert(
      fc.property(arbParents, fc.nat(), fc.nat(), (parents, a, b) => {
        const at = pick(parents, a);
        const target = pick(parents, b);
        const hasChildren = [...parents.values()].includes(at);
        const expected = hasChildren && (target === at || ancestorsIn(parents, target).includes(at));
        expect(authorize(actorWith("reviewer", at), "stats.read", org(target), treeAccessFromParents(parents)).allowed).toBe(expected);
      }),
    );
  });

  test("a reviewer reviews exactly the direct children of their unit", () => {
    fc.assert(
      fc.property(arbParents, fc.nat(), fc.nat(), (parents, a, b) => {
        const at = pick(parents, a);
        const target = pick(parents, b);
        expect(authorize(actorWith("reviewer", at), "stats.review", org(target), treeAccessFromParents(parents)).allowed).toBe(parents.get(target) === at);
      }),
    );
  });

  test("no role ever acts on a unit above its own or on another branch", () => {
    fc.assert(
      fc.property(arbParents, fc.nat(), fc.nat(), fc.constantFrom(...ROLES), fc.constantFrom(...BUSINESS_ACTIONS), (parents, a, b, role, action) => {
        const at = pick(parents, a);
        const target = pick(parents, b);
        const below = target === at || ancestorsIn(parents, target).includes(at);
        if (!below) expect(authorize(actorWith(role, at), action, org(target), treeAccessFromParents(parents)).allowed).toBe(false);
      }),
    );
  });
});
