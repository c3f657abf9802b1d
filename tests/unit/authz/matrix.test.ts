import { describe, expect, test } from "vitest";
import { ACTIONS, authorize, BUSINESS_ROLES, ADMIN_ROLES, type Action, type Role, type Target } from "@/lib/authz";
import { actorWith, ORG, tree } from "./small-tree";

/*
 * THE MATRIX, written out by hand (not derived from lib/authz/permissions.ts).
 * Y = allowed, . = denied. Business roles are granted on the region (R), on city A (C, which
 * compiles the county) or on the county (K, a leaf); each column is a target seen from there.
 */
type Column = { label: string; at: number; target: Target };
const org = (orgId: number): Target => ({ kind: "org", orgId });

const BUSINESS_COLUMNS: Column[] = [
  { label: "region → own", at: ORG.region, target: org(ORG.region) },
  { label: "region → child city", at: ORG.region, target: org(ORG.cityA) },
  { label: "region → deeper county", at: ORG.region, target: org(ORG.county) },
  { label: "city → own", at: ORG.cityA, target: org(ORG.cityA) },
  { label: "city → child county", at: ORG.cityA, target: org(ORG.county) },
  { label: "city → parent region", at: ORG.cityA, target: org(ORG.region) },
  { label: "city → sibling city B", at: ORG.cityA, target: org(ORG.cityB) },
  { label: "county → own", at: ORG.county, target: org(ORG.county) },
  { label: "county → parent city", at: ORG.county, target: org(ORG.cityA) },
  { label: "county → grandparent region", at: ORG.county, target: org(ORG.region) },
  { label: "county → other branch (department)", at: ORG.county, target: org(ORG.department) },
  { label: "city → global", at: ORG.cityA, target: { kind: "global" } },
  { label: "city → a user account", at: ORG.cityA, target: { kind: "user", userId: 200, orgId: ORG.county } },
];

const BUSINESS_MATRIX = `
                                 region     | city              | county            | global user
role      action                 own ch deep| own ch  par sib   | own par gpa sib   |
filler    stats.read              Y  .  .   |  Y  .   .   .     |  Y  .   .   .     |  .     .
filler    stats.edit              Y  .  .   |  Y  .   .   .     |  Y  .   .   .     |  .     .
filler    stats.signoff           .  .  .   |  .  .   .   .     |  .  .   .   .     |  .     .
filler    stats.submit            Y  .  .   |  Y  .   .   .     |  Y  .   .   .     |  .     .
filler    stats.review            .  .  .   |  .  .   .   .     |  .  .   .   .     |  .     .
filler    stats.import            .  .  .   |  .  .   .   .     |  .  .   .   .     |  .     .
filler    stats.correct.request   Y  .  .   |  Y  .   .   .     |  Y  .   .   .     |  .     .
filler    stats.correct.reopen    .  .  .   |  .  .   .   .     |  .  .   .   .     |  .     .
filler    report.read             Y  .  .   |  Y  .   .   .     |  Y  .   .   .     |  .     .
filler    report.edit             Y  .  .   |  Y  .   .   .     |  Y  .   .   .     |  .     .
filler    report.signoff          .  .  .   |  .  .   .   .     |  .  .   .   .     |  .     .
filler    report.secrecy          .  .  .   |  .  .   .   .     |  .  .   .   .     |  .     .
filler    report.publish          .  .  .   |  .  .   .   .     |  .  .   .   .     |  .     .
filler    report.prereview.send   Y  .  .   |  Y  .   .   .     |  Y  .   .   .     |  .     .
filler    report.prereview.decide .  .  .   |  .  .   .   .     |  .  .   .   .     |  .     .
signer    stats.read              Y  .  .   |  Y  .   .   .     |  Y  .   .   .     |  .     .
signer    stats.edit              .  .  .   |  .  .   .   .     |  .  .   .   .     |  .     .
signer    stats.signoff           Y  .  .   |  Y  .   .   .     |  Y  .   .   .     |  .     .
signer    stats.submit            Y  .  .   |  Y  .   .   .     |  Y  .   .   .     |  .     .
signer    stats.review            .  .  .   |  .  .   .   .     |  .  .   .   .     |  .     .
signer    stats.import            .  .  .   |  .  .   .   .     |  .  .   .   .     |  .     .
signer    stats.correct.request   Y  .  .   |  Y  .   .   .     |  Y  .   .   .     |  .     .
signer    stats.correct.reopen    .  .  .   |  .  .   .   .     |  .  .   .   .     |  .     .
signer    report.read             Y  .  .   |  Y  .   .   .     |  Y  .   .   .     |  .     .
signer    report.edit             .  .  .   |  .  .   .   .     |  .  .   .   .     |  .     .
signer    report.signoff          Y  .  .   |  Y  .   .   .     |  Y  .   .   .     |  .     .
signer    report.secrecy          Y  .  .   |  Y  .   .   .     |  Y  .   .   .     |  .     .
signer    report.publish          Y  .  .   |  Y  .   .   .     |  Y  .   .   .     |  .     .
signer    report.prereview.send   Y  .  .   |  Y  .   .   .     |  Y  .   .   .     |  .     .
signer    report.prereview.decide .  .  .   |  .  .   .   .     |  .  .   .   .     |  .     .
reviewer  stats.read              Y  Y  Y   |  Y  Y   .   .     |  .  .   .   .     |  .     .
reviewer  stats.edit              .  .  .   |  .  .   .   .     |  .  .   .   .     |  .     .
reviewer  stats.signoff           .  .  .   |  .  .   .   .     |  .  .   .   .     |  .     .
reviewer  stats.submit            .  .  .   |  .  .   .   .     |  .  .   .   .     |  .     .
reviewer  stats.review            .  Y  .   |  .  Y   .   .     |  .  .   .   .     |  .     .
reviewer  stats.import            .  Y  .   |  .  Y   .   .     |  .  .   .   .     |  .     .
reviewer  stats.correct.request   .  .  .   |  .  .   .   .     |  .  .   .   .     |  .     .
reviewer  stats.correct.reopen    .  Y  .   |  .  Y   .   .     |  .  .   .   .     |  .     .
reviewer  report.read             Y  Y  Y   |  Y  Y   .   .     |  .  .   .   .     |  .     .
reviewer  report.edit             .  .  .   |  .  .   .   .     |  .  .   .   .     |  .     .
reviewer  report.signoff          .  .  .   |  .  .   .   .     |  .  .   .   .     |  .     .
reviewer  report.secrecy          .  .  .   |  .  .   .   .     |  .  .   .   .     |  .     .
reviewer  report.publish          .  .  .   |  .  .   .   .     |  .  .   .   .     |  .     .
reviewer  report.prereview.send   .  .  .   |  .  .   .   .     |  .  .   .   .     |  .     .
reviewer  report.prereview.decide .  Y  .   |  .  Y   .   .     |  .  .   .   .     |  .     .
`;

/* Administrators are granted on the root (the region); user 100 acts, user 200 is someone else. */
const ADMIN_COLUMNS: Column[] = [
  { label: "global", at: ORG.region, target: { kind: "global" } },
  { label: "the region's data", at: ORG.region, target: org(ORG.region) },
  { label: "the county's data", at: ORG.region, target: org(ORG.county) },
  { label: "another user's account", at: ORG.region, target: { kind: "user", userId: 200, orgId: ORG.county } },
  { label: "their own account", at: ORG.region, target: { kind: "user", userId: 100, orgId: ORG.region } },
];

const ADMIN_MATRIX = `
role      action                 global region county other-user self
sysadmin  org.manage              Y      .      .      .          .
sysadmin  cycle.manage            Y      .      .      .          .
sysadmin  user.manage             Y      .      .      Y          .
sysadmin  grant.manage            .      .      .      .          .
sysadmin  policy.manage           .      .      .      .          .
sysadmin  audit.read              .      .      .      .          .
sysadmin  audit.export            .      .      .      .          .
secadmin  org.manage              .      .      .      .          .
secadmin  cycle.manage            .      .      .      .          .
secadmin  user.manage             .      .      .      .          .
secadmin  grant.manage            Y      .      .      .          .
secadmin  policy.manage           Y      .      .      .          .
secadmin  audit.read              .      .      .      .          .
secadmin  audit.export            .      .      .      .          .
auditor   org.manage              .      .      .      .          .
auditor   cycle.manage            .      .      .      .          .
auditor   user.manage             .      .      .      .          .
auditor   grant.manage            .      .      .      .          .
auditor   policy.manage           .      .      .      .          .
auditor   audit.read              Y      .      .      .          .
auditor   audit.export            Y      .      .      .          .
`;

/** "reviewer@city stats.review → child county", "auditor audit.read → global". */
function cellLabel(role: Role, action: Action, c: Column): string {
  const [from, to] = c.label.split(" → ");
  return to === undefined ? `${role} ${action} → ${from}` : `${role}@${from} ${action} → ${to}`;
}

type Cell = { label: string; role: Role; action: Action; at: number; target: Target; expected: boolean };

/** Rows "role action Y . …" (the first two lines are headers); `|` only guides the eye. */
function parseMatrix(text: string, columns: Column[], headerLines: number): Cell[] {
  const rows = text.trim().split("\n").slice(headerLines);
  return rows.flatMap((line) => {
    const [role, action, ...marks] = line.split(/\s+/).filter((t) => t !== "|");
    if (marks.length !== columns.length) throw new Error(`matrix row has ${marks.length} marks, expected ${columns.length}: ${line}`);
    return columns.map((c, i) => ({
      label: cellLabel(role as Role, action as Action, c),
      role: role as Role,
      action: action as Action,
      at: c.at,
      target: c.target,
      expected: marks[i] === "Y",
    }));
  });
}

const businessCells = parseMatrix(BUSINESS_MATRIX, BUSINESS_COLUMNS, 2);
const adminCells = parseMatrix(ADMIN_MATRIX, ADMIN_COLUMNS, 1);

/** The rows that are all ".": every business role on every admin action, every admin role on every business action. */
const deniedRows: Cell[] = [
  ...BUSINESS_ROLES.flatMap((role) =>
    ACTIONS.filter((a) => !BUSINESS_MATRIX.includes(` ${a} `)).flatMap((action) =>
      BUSINESS_COLUMNS.map((c) => ({ label: cellLabel(role, action, c), role, action, at: c.at, target: c.target, expected: false })),
    ),
  ),
  ...ADMIN_ROLES.flatMap((role) =>
    ACTIONS.filter((a) => !ADMIN_MATRIX.includes(` ${a} `)).flatMap((action) =>
      ADMIN_COLUMNS.map((c) => ({ label: cellLabel(role, action, c), role, action, at: c.at, target: c.target, expected: false })),
    ),
  ),
];

const allCells = [...businessCells, ...adminCells, ...deniedRows];

describe("the matrix covers every role × every action", () => {
  test.each([...BUSINESS_ROLES, ...ADMIN_ROLES])("%s has a row for each of the 20 actions", (role) => {
    const actions = new Set(allCells.filter((c) => c.role === role).map((c) => c.action));
    expect([...actions].sort()).toEqual([...ACTIONS].sort());
  });

  test("cell count", () => {
    // business: 3 roles × 22 actions × 13 targets; admin: 3 roles × 22 actions × 5 targets
    expect(allCells.length).toBe(3 * 22 * 13 + 3 * 22 * 5);
  });
});

describe("authorize: role × action × target", () => {
  for (const { label, role, action, at, target, expected } of allCells) {
    test(`${label}: ${expected ? "allowed" : "denied"}`, () => {
      const decision = authorize(actorWith(role, at), action, target, tree);
      expect(decision.allowed).toBe(expected);
      // A refusal always explains itself in Chinese.
      if (!decision.allowed) expect(decision.reason).toMatch(/[\u4e00-\u9fff]/);
    });
  }
});
