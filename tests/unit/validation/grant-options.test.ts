import { describe, expect, test } from "vitest";
import { checkGrant, type Grant, type Grantee } from "@/lib/authz";
import { grantOptions } from "@/lib/validation/grant-options";
import { actorWith, ORG, tree } from "../authz/small-tree";

const secadmin = actorWith("secadmin", ORG.region, 1);
const rootIds = [ORG.region];

describe("grantOptions", () => {
  test.each<{ label: string; grantee: Grantee; held?: Grant[]; expected: string[] }>([
    { label: "a county user: filler and signer on the county, or one admin role", grantee: { userId: 2, orgId: ORG.county }, expected: ["filler@3", "signer@3", "sysadmin@1", "secadmin@1", "auditor@1"] },
    { label: "a compiling city user may also be reviewer", grantee: { userId: 3, orgId: ORG.cityA }, expected: ["filler@2", "signer@2", "reviewer@2", "sysadmin@1", "secadmin@1", "auditor@1"] },
    { label: "a filler: the other business roles only", grantee: { userId: 2, orgId: ORG.county }, held: [{ role: "filler", orgId: ORG.county }], expected: ["signer@3"] },
    { label: "an auditor: nothing more", grantee: { userId: 4, orgId: ORG.region }, held: [{ role: "auditor", orgId: ORG.region }], expected: [] },
    { label: "a disabled account: nothing", grantee: { userId: 2, orgId: ORG.county, disabled: true }, expected: [] },
    { label: "oneself: nothing", grantee: { userId: 1, orgId: ORG.region }, held: secadmin.grants.slice(), expected: [] },
  ])("$label", ({ grantee, held = [], expected }) => {
    expect(grantOptions({ granter: secadmin, grantee, granteeGrants: held, tree, rootIds }).map((o) => `${o.role}@${o.orgId}`)).toEqual(expected);
  });

  test("offers exactly what checkGrant accepts", () => {
    const grantee = { userId: 3, orgId: ORG.cityA };
    for (const o of grantOptions({ granter: secadmin, grantee, granteeGrants: [], tree, rootIds })) {
      expect(checkGrant({ granter: secadmin, grantee, granteeGrants: [], role: o.role, orgId: o.orgId, tree })).toEqual([]);
    }
  });
});
