import { describe, expect, test } from "vitest";
import { authorize, type BusinessAction } from "@/lib/authz";
import { actorWith, ORG, tree } from "./small-tree";

const org = (orgId: number) => ({ kind: "org" as const, orgId });

/*
 * Multi-level review (issue 5 item 5): the region's reviewer decides on city A's compiled result
 * (its direct child) and reads everything below, but cannot return, approve or reopen a county
 * of city A: that is city A's reviewer's.
 */
describe("the level above reads, but does not decide on, the data below its direct children", () => {
  const region = actorWith("reviewer", ORG.region);
  const cityA = actorWith("reviewer", ORG.cityA);
  test.each<[string, ReturnType<typeof actorWith>, BusinessAction, number, boolean]>([
    ["region reviewer reads the compiled result of city A", region, "stats.read", ORG.cityA, true],
    ["region reviewer returns / approves city A's compiled result", region, "stats.review", ORG.cityA, true],
    ["region reviewer reopens city A's compiled result for a correction", region, "stats.correct.reopen", ORG.cityA, true],
    ["region reviewer reads a county of city A", region, "stats.read", ORG.county, true],
    ["region reviewer cannot return / approve a county of city A", region, "stats.review", ORG.county, false],
    ["region reviewer cannot reopen a county of city A", region, "stats.correct.reopen", ORG.county, false],
    ["city A's reviewer decides on its county", cityA, "stats.review", ORG.county, true],
    ["city A's reviewer cannot decide on its own compiled result", cityA, "stats.review", ORG.cityA, false],
  ])("%s", (_label, actor, action, orgId, expected) => {
    expect(authorize(actor, action, org(orgId), tree).allowed).toBe(expected);
  });
});
