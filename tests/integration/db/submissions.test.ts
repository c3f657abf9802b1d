import { describe, expect, it } from "vitest";
import { createCycle } from "@/db/mutations/cycles";
import { replaceSubmissions, setSubmissionStatus, setWarningExplanations } from "@/db/mutations/submissions";
import { createUser } from "@/db/mutations/users";
import {
  getSubmission,
  listSubmissionStatuses,
  listSubmissionValues,
  listSubmissionVersions,
  sumCellValuesSql,
} from "@/db/queries/submissions";
import { cellValues } from "@/db/schema";
import { count, dbWithTree } from "./helpers";

function setup() {
  const opened = dbWithTree();
  const cycle = createCycle(opened.db, { year: 2018, templateId: "list-2018" });
  return { ...opened, cycleId: cycle.id };
}

describe("replaceSubmissions", () => {
  it("creates version 1 with exactly the given cells (blank = no row)", () => {
    const t = setup();
    const [result] = replaceSubmissions(t.db, t.cycleId, [{ orgId: t.id("D1"), status: "draft", values: { A1: 10n, G: 0n, H4: 74545n } }], null, Date.now());
    expect(result).toMatchObject({ orgId: t.id("D1"), version: 1, replaced: false });
    const s = getSubmission(t.db, t.cycleId, t.id("D1"))!;
    expect(s).toMatchObject({ id: result!.submissionId, status: "draft", version: 1, submittedAt: null, approvedAt: null });
    expect(s.values).toEqual({ A1: 10n, G: 0n, H4: 74545n });
    expect(getSubmission(t.db, t.cycleId, t.id("D2"))).toBeNull();
    t.close();
  });

  it("bumps the version each time; a draft overwrites itself, replaced signed or approved data is archived (no point, no number)", () => {
    const t = setup();
    const user = createUser(t.db, { username: "d1", displayName: "填报员", passwordHash: "x", orgId: t.id("D1") });
    const org = t.id("D1");
    replaceSubmissions(t.db, t.cycleId, [
      { orgId: org, status: "draft", values: { A1: 1n, B1: 2n }, explanations: [{ ruleKey: "change:A1", text: "机构调整" }] },
    ], null, Date.now());
    replaceSubmissions(t.db, t.cycleId, [{ orgId: org, status: "submitted", values: { A1: 5n } }], user.id, Date.now());
    const [third] = replaceSubmissions(t.db, t.cycleId, [
      { orgId: org, status: "returned", values: { A1: 6n, C1: 7n }, explanations: [] },
    ], null, Date.now());
    expect(third).toMatchObject({ version: 3, replaced: true });

    const s = getSubmission(t.db, t.cycleId, org)!;
    expect(s).toMatchObject({ version: 3, status: "returned", updatedBy: null });
    expect(s.values).toEqual({ A1: 6n, C1: 7n });
    expect(s.submittedAt).toEqual(expect.any(Number)); // stamped by version 2, kept
    expect(s.explanations).toEqual([]);

    expect(listSubmissionVersions(t.db, t.cycleId, org)).toEqual([
      // version 1 was a draft: overwritten, not archived
      {
        version: 2,
        point: null,
        kept: null,
        status: "submitted",
        values: { A1: 5n },
        // explanations were not given for version 2, so version 1's were kept
        explanations: [{ ruleKey: "change:A1", text: "机构调整" }],
        createdAt: expect.any(Number),
        createdBy: user.id,
      },
    ]);
    expect(count(t, "cell_values")).toBe(2);
    t.close();
  });

  const violations = [
    { label: "an organisation id that does not exist (FK)", bad: { orgId: 999_999, status: "draft" as const, values: { A1: 1n } } },
    { label: "a value beyond 64 bits", bad: { orgId: -1, status: "draft" as const, values: { A1: 2n ** 63n } } },
    {
      label: "the same rule key explained twice",
      bad: {
        orgId: -1,
        status: "draft" as const,
        values: { A1: 1n },
        explanations: [
          { ruleKey: "k", text: "a" },
          { ruleKey: "k", text: "b" },
        ],
      },
    },
  ];
  it.each(violations)("writes nothing when one item has $label", ({ bad }) => {
    const t = setup();
    replaceSubmissions(t.db, t.cycleId, [{ orgId: t.id("D1"), status: "draft", values: { A1: 1n } }], null, Date.now());
    const before = {
      d1: getSubmission(t.db, t.cycleId, t.id("D1")),
      cells: count(t, "cell_values"),
      subs: count(t, "submissions"),
    };
    const item = { ...bad, orgId: bad.orgId === -1 ? t.id("L1C1") : bad.orgId };
    expect(() =>
      replaceSubmissions(t.db, t.cycleId, [
        { orgId: t.id("D1"), status: "submitted", values: { A1: 100n, B1: 3n } }, // a replacement before the bad item
        { orgId: t.id("D2"), status: "submitted", values: { A1: 200n } }, // a new submission before it
        item,
      ], null, Date.now()),
    ).toThrow();
    expect(getSubmission(t.db, t.cycleId, t.id("D1"))).toEqual(before.d1);
    expect(getSubmission(t.db, t.cycleId, t.id("D2"))).toBeNull();
    expect(count(t, "cell_values")).toBe(before.cells);
    expect(count(t, "submissions")).toBe(before.subs);
    expect(count(t, "submission_versions")).toBe(0);
    t.close();
  });

  it("rejects a value that is not a bigint before writing", () => {
    const t = setup();
    const values = { A1: 1 } as unknown as Record<string, bigint>;
    expect(() => replaceSubmissions(t.db, t.cycleId, [{ orgId: t.id("D1"), status: "draft", values }], null, Date.now())).toThrow(TypeError);
    expect(count(t, "submissions")).toBe(0);
    t.close();
  });
});

describe("exact values", () => {
  const cases = [
    { label: "2^53 + 1", value: 9007199254740993n },
    { label: "2^63 - 1", value: 2n ** 63n - 1n },
    { label: "-2^63", value: -(2n ** 63n) },
    { label: "zero", value: 0n },
    { label: "745.45 万元 at scale 2", value: 74545n },
  ];
  it.each(cases)("round-trips $label through every read path", ({ value }) => {
    const t = setup();
    replaceSubmissions(t.db, t.cycleId, [{ orgId: t.id("D1"), status: "approved", values: { X: value } }], null, Date.now());
    replaceSubmissions(t.db, t.cycleId, [{ orgId: t.id("D1"), status: "approved", values: { X: value, Y: 1n } }], null, Date.now());
    expect(getSubmission(t.db, t.cycleId, t.id("D1"))!.values.X).toBe(value);
    expect(listSubmissionValues(t.db, t.cycleId, ["approved"])[0]!.values.X).toBe(value);
    expect(sumCellValuesSql(t.db, t.cycleId, ["approved"]).X).toBe(value);
    expect(listSubmissionVersions(t.db, t.cycleId, t.id("D1"))[0]!.values.X).toBe(value); // approved data replaced: archived
    // stored as an INTEGER, not text or real
    expect(t.sqlite.prepare("select typeof(value) from cell_values where cell_code = 'X'").pluck().get()).toBe("integer");
    t.close();
  });
});

describe("bigintInteger column read through drizzle without a cast", () => {
  it.each([
    { label: "a safe integer comes back as a bigint", value: 2n ** 53n - 1n, expected: 2n ** 53n - 1n },
    { label: "2^53 + 1 throws instead of rounding", value: 9007199254740993n, expected: RangeError },
  ])("$label", ({ value, expected }) => {
    const t = setup();
    replaceSubmissions(t.db, t.cycleId, [{ orgId: t.id("D1"), status: "draft", values: { X: value } }], null, Date.now());
    const read = () => t.db.select({ value: cellValues.value }).from(cellValues).get()!.value;
    if (typeof expected === "bigint") expect(read()).toBe(expected);
    else expect(read).toThrow(expected);
    t.close();
  });
});

describe("listSubmissionValues and sumCellValuesSql", () => {
  /** Deterministic pseudo-random values (some beyond 2^53) over all five units. */
  function seed(t: ReturnType<typeof setup>) {
    let x = 12345n;
    const next = () => (x = (x * 6364136223846793005n + 1442695040888963407n) % 2n ** 64n);
    const statuses = ["draft", "submitted", "approved", "approved", "returned"] as const;
    const codes = ["A1", "A1a", "B1", "G", "H4"];
    const items = ["R", "D1", "D2", "L1", "L1C1"].map((code, i) => ({
      orgId: t.id(code),
      status: statuses[i]!,
      // each unit leaves one cell blank
      values: Object.fromEntries(codes.filter((_, c) => c !== i).map((c) => [c, next() % 2n ** 55n])),
    }));
    replaceSubmissions(t.db, t.cycleId, items, null, Date.now());
    return items;
  }

  const statusSets = [
    { label: "approved", statuses: ["approved"] },
    { label: "submitted or approved", statuses: ["submitted", "approved"] },
    { label: "every status", statuses: ["draft", "ready", "submitted", "returned", "approved"] },
    { label: "no status", statuses: [] },
  ];

  it.each(statusSets)("returns the $label submissions with their values", ({ statuses }) => {
    const t = setup();
    const items = seed(t);
    const codeOf = new Map(["R", "D1", "D2", "L1", "L1C1"].map((c) => [t.id(c), c]));
    const expected = items
      .filter((i) => statuses.includes(i.status))
      .map((i) => ({ orgId: i.orgId, orgCode: codeOf.get(i.orgId)!, status: i.status, values: i.values }))
      .sort((a, b) => (a.orgCode < b.orgCode ? -1 : a.orgCode > b.orgCode ? 1 : 0));
    expect(listSubmissionValues(t.db, t.cycleId, statuses)).toEqual(expected);
    t.close();
  });

  it.each(statusSets)("sums the $label leaf submissions in SQL exactly as a JS sum does (compiling units' own rows left out)", ({ statuses }) => {
    const t = setup();
    const items = seed(t);
    const compiling = new Set([t.id("R"), t.id("L1")]);
    const jsSum: Record<string, bigint> = {};
    for (const item of items.filter((i) => statuses.includes(i.status) && !compiling.has(i.orgId))) {
      for (const [code, v] of Object.entries(item.values)) jsSum[code] = (jsSum[code] ?? 0n) + v;
    }
    expect(sumCellValuesSql(t.db, t.cycleId, statuses)).toEqual(jsSum);
    t.close();
  });

  it("lists a submission without values with empty values, and ignores other cycles", () => {
    const t = setup();
    const other = createCycle(t.db, { year: 2019, templateId: "list-2018" });
    replaceSubmissions(t.db, t.cycleId, [{ orgId: t.id("D1"), status: "approved", values: {} }], null, Date.now());
    replaceSubmissions(t.db, other.id, [{ orgId: t.id("D2"), status: "approved", values: { A1: 1n } }], null, Date.now());
    expect(listSubmissionValues(t.db, t.cycleId, ["approved"])).toEqual([
      { orgId: t.id("D1"), orgCode: "D1", status: "approved", values: {} },
    ]);
    expect(sumCellValuesSql(t.db, t.cycleId, ["approved"])).toEqual({});
    t.close();
  });

  it("throws rather than wrap when a SQL sum passes 2^63 - 1", () => {
    const t = setup();
    replaceSubmissions(t.db, t.cycleId, [
      { orgId: t.id("D1"), status: "approved", values: { A1: 2n ** 62n } },
      { orgId: t.id("D2"), status: "approved", values: { A1: 2n ** 62n } },
    ], null, Date.now());
    expect(() => sumCellValuesSql(t.db, t.cycleId, ["approved"])).toThrow(/integer overflow/);
    t.close();
  });
});

describe("status and explanations", () => {
  it("moves the status and stamps approval without a new version", () => {
    const t = setup();
    replaceSubmissions(t.db, t.cycleId, [{ orgId: t.id("D1"), status: "submitted", values: { A1: 1n } }], null, Date.now());
    expect(setSubmissionStatus(t.db, t.cycleId, t.id("D1"), "approved", null, Date.now())).toBe(true);
    expect(setSubmissionStatus(t.db, t.cycleId, t.id("D2"), "approved", null, Date.now())).toBe(false);
    const s = getSubmission(t.db, t.cycleId, t.id("D1"))!;
    expect(s).toMatchObject({ status: "approved", version: 1, approvedAt: expect.any(Number) });
    expect(listSubmissionStatuses(t.db, t.cycleId)).toEqual(new Map([[t.id("D1"), "approved"]]));
    t.close();
  });

  it("replaces the explanations of a submission", () => {
    const t = setup();
    replaceSubmissions(t.db, t.cycleId, [
      { orgId: t.id("D1"), status: "draft", values: {}, explanations: [{ ruleKey: "C2-ne-C1", text: "旧" }] },
    ], null, Date.now());
    const fresh = [
      { ruleKey: "change:A1", text: "合并机构" },
      { ruleKey: "A2-lt-A1", text: "渠道重复计数" },
    ];
    expect(setWarningExplanations(t.db, t.cycleId, t.id("D1"), fresh, null, Date.now())).toBe(true);
    expect(setWarningExplanations(t.db, t.cycleId, t.id("D2"), fresh, null, Date.now())).toBe(false);
    expect(getSubmission(t.db, t.cycleId, t.id("D1"))!.version).toBe(1);
    expect(getSubmission(t.db, t.cycleId, t.id("D1"))!.explanations.map((e) => [e.ruleKey, e.text])).toEqual([
      ["A2-lt-A1", "渠道重复计数"],
      ["change:A1", "合并机构"],
    ]);
    t.close();
  });
});
