import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { checkGrant, checkRevoke, isAdminRole, ROLES, type Grant, type Grantee, type Role } from "@/lib/authz";
import { actorWith, ORG, tree } from "./small-tree";

const secadmin = actorWith("secadmin", ORG.region, 1);
const countyUser: Grantee = { userId: 2, orgId: ORG.county };
const cityUser: Grantee = { userId: 3, orgId: ORG.cityA };
const regionUser: Grantee = { userId: 4, orgId: ORG.region };
const SELF: Grantee = { userId: 1, orgId: ORG.region };
const THREE = "同一人只能担任系统管理员、安全管理员、安全审计员中的一个（三员分立）";

describe("checkGrant", () => {
  test.each<{ label: string; granter?: typeof secadmin; grantee: Grantee; held?: Grant[]; role: Role; orgId: number; problems: string[] }>([
    { label: "filler on the grantee's own county", grantee: countyUser, role: "filler", orgId: ORG.county, problems: [] },
    { label: "signer next to an existing filler role (two business roles may combine)", grantee: countyUser, held: [{ role: "filler", orgId: ORG.county }], role: "signer", orgId: ORG.county, problems: [] },
    { label: "reviewer on a compiling city", grantee: cityUser, role: "reviewer", orgId: ORG.cityA, problems: [] },
    { label: "sysadmin on the root", grantee: regionUser, role: "sysadmin", orgId: ORG.region, problems: [] },
    { label: "granted by a sysadmin", granter: actorWith("sysadmin", ORG.region, 9), grantee: countyUser, role: "filler", orgId: ORG.county, problems: ["只有安全管理员可以授予角色"] },
    { label: "granted by a disabled secadmin", granter: { ...secadmin, disabled: true }, grantee: countyUser, role: "filler", orgId: ORG.county, problems: ["只有安全管理员可以授予角色"] },
    { label: "granted by a secadmin below the root", granter: actorWith("secadmin", ORG.cityA, 1), grantee: countyUser, role: "filler", orgId: ORG.county, problems: ["只有安全管理员可以授予角色"] },
    { label: "to oneself: another admin role", grantee: SELF, held: secadmin.grants.slice(), role: "auditor", orgId: ORG.region, problems: ["不能给自己授予角色", `该用户已担任安全管理员，${THREE}`] },
    { label: "to oneself: a business role", grantee: SELF, held: secadmin.grants.slice(), role: "filler", orgId: ORG.region, problems: ["不能给自己授予角色", "该用户已担任安全管理员，不能再担任业务角色"] },
    { label: "a second admin role", grantee: regionUser, held: [{ role: "sysadmin", orgId: ORG.region }], role: "auditor", orgId: ORG.region, problems: [`该用户已担任系统管理员，${THREE}`] },
    { label: "an admin role to a business user", grantee: regionUser, held: [{ role: "filler", orgId: ORG.region }, { role: "signer", orgId: ORG.region }], role: "sysadmin", orgId: ORG.region, problems: ["该用户已有业务角色（填报员、负责人），不能再担任管理员角色"] },
    { label: "a business role to an administrator", grantee: regionUser, held: [{ role: "auditor", orgId: ORG.region }], role: "reviewer", orgId: ORG.region, problems: ["该用户已担任安全审计员，不能再担任业务角色"] },
    { label: "reviewer on a leaf", grantee: countyUser, role: "reviewer", orgId: ORG.county, problems: ["审核员只能授予在有下级单位的单位上"] },
    { label: "a business role on another unit", grantee: countyUser, role: "filler", orgId: ORG.cityA, problems: ["业务角色只能授予在用户所属的单位上"] },
    { label: "an admin role below the root", grantee: cityUser, role: "sysadmin", orgId: ORG.cityA, problems: ["管理员角色只能授予在根单位上"] },
    { label: "a role already held", grantee: countyUser, held: [{ role: "filler", orgId: ORG.county }], role: "filler", orgId: ORG.county, problems: ["该用户在该单位上已是填报员"] },
    { label: "the same admin role again (a duplicate, not a second role)", grantee: regionUser, held: [{ role: "sysadmin", orgId: ORG.region }], role: "sysadmin", orgId: ORG.region, problems: ["该用户在该单位上已是系统管理员"] },
    { label: "to a disabled account", grantee: { ...countyUser, disabled: true }, role: "filler", orgId: ORG.county, problems: ["该账户已停用，不能授予角色"] },
  ])("$label", ({ granter = secadmin, grantee, held = [], role, orgId, problems }) => {
    expect(checkGrant({ granter, grantee, granteeGrants: held, role, orgId, tree })).toEqual(problems);
  });

  test("whatever is granted through checkGrant, the separation of duties holds", () => {
    const users: Grantee[] = [
      { userId: 2, orgId: ORG.region },
      { userId: 3, orgId: ORG.cityA },
      { userId: 4, orgId: ORG.county },
      { userId: 5, orgId: ORG.department },
    ];
    const arbRequest = fc.record({ user: fc.constantFrom(...users), role: fc.constantFrom(...ROLES), orgId: fc.constantFrom(...Object.values(ORG)) });
    fc.assert(
      fc.property(fc.array(arbRequest, { maxLength: 30 }), (requests) => {
        const held = new Map<number, Grant[]>(users.map((u) => [u.userId, []]));
        for (const { user, role, orgId } of requests) {
          const grants = held.get(user.userId)!;
          if (checkGrant({ granter: secadmin, grantee: user, granteeGrants: grants, role, orgId, tree }).length === 0) grants.push({ role, orgId });
        }
        for (const user of users) {
          const grants = held.get(user.userId)!;
          const admin = grants.filter((g) => isAdminRole(g.role));
          expect(admin.length).toBeLessThanOrEqual(1);
          if (admin.length) expect(grants.length).toBe(1);
          for (const g of grants) {
            if (isAdminRole(g.role)) expect(g.orgId).toBe(ORG.region);
            else expect(g.orgId).toBe(user.orgId);
            if (g.role === "reviewer") expect(tree.hasChildren(g.orgId)).toBe(true);
          }
        }
      }),
    );
  });
});

describe("checkRevoke", () => {
  const otherSecadmin: Grantee = { userId: 6, orgId: ORG.region };
  test.each<{ label: string; revoker?: typeof secadmin; grantee: Grantee; held: Grant[]; role: Role; orgId: number; count?: number; problems: string[] }>([
    { label: "a filler role", grantee: countyUser, held: [{ role: "filler", orgId: ORG.county }], role: "filler", orgId: ORG.county, problems: [] },
    { label: "another secadmin while two exist", grantee: otherSecadmin, held: [{ role: "secadmin", orgId: ORG.region }], role: "secadmin", orgId: ORG.region, count: 2, problems: [] },
    { label: "by an auditor", revoker: actorWith("auditor", ORG.region, 9), grantee: countyUser, held: [{ role: "filler", orgId: ORG.county }], role: "filler", orgId: ORG.county, problems: ["只有安全管理员可以撤销角色"] },
    { label: "a role the user does not hold", grantee: countyUser, held: [{ role: "filler", orgId: ORG.county }], role: "signer", orgId: ORG.county, problems: ["该用户在该单位上没有负责人角色"] },
    { label: "the revoker's own secadmin role", grantee: SELF, held: secadmin.grants.slice(), role: "secadmin", orgId: ORG.region, count: 2, problems: ["不能撤销本人的管理员角色"] },
    { label: "the last secadmin (own)", grantee: SELF, held: secadmin.grants.slice(), role: "secadmin", orgId: ORG.region, count: 1, problems: ["不能撤销本人的管理员角色", "不能撤销最后一位安全管理员"] },
    { label: "the last secadmin (as counted)", grantee: otherSecadmin, held: [{ role: "secadmin", orgId: ORG.region }], role: "secadmin", orgId: ORG.region, count: 1, problems: ["不能撤销最后一位安全管理员"] },
  ])("$label", ({ revoker = secadmin, grantee, held, role, orgId, count = 2, problems }) => {
    expect(checkRevoke({ revoker, grantee, granteeGrants: held, role, orgId, secadminCount: count, tree })).toEqual(problems);
  });
});
