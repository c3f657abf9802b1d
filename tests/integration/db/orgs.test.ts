import { describe, expect, it } from "vitest";
import { DuplicateCodeError, ParentCycleError, UnknownParentError } from "@/db/errors";
import { upsertOrganisations, type OrganisationInput } from "@/db/mutations/orgs";
import { getOrganisationByCode, listOrganisations } from "@/db/queries/orgs";
import { count, freshDb, TREE } from "./helpers";

function parentCodes(db: ReturnType<typeof freshDb>["db"]): Record<string, string | null> {
  const orgs = listOrganisations(db);
  const codeById = new Map(orgs.map((o) => [o.id, o.code]));
  return Object.fromEntries(orgs.map((o) => [o.code, o.parentId === null ? null : codeById.get(o.parentId)!]));
}

describe("upsertOrganisations", () => {
  it("inserts a tree whose children come before their parents", () => {
    const { db, close } = freshDb();
    const reversed = [...TREE].reverse();
    expect(reversed[0]!.code).toBe("L1C1"); // child first, its parent L1 later
    expect(upsertOrganisations(db, reversed)).toEqual({ inserted: 5, updated: 0 });
    expect(parentCodes(db)).toEqual({ D1: "R", D2: "R", L1: "R", L1C1: "L1", R: null });
    expect(getOrganisationByCode(db, "L1C1")).toMatchObject({ name: "新城区", kind: "county", active: true });
    close();
  });

  it("updates existing codes in place, counting only rows that changed", () => {
    const { db, close } = freshDb();
    upsertOrganisations(db, TREE);
    const before = getOrganisationByCode(db, "L1C1")!;
    const result = upsertOrganisations(db, [
      { code: "L1C1", name: "新城区（改）", parentCode: "D2", kind: "county" }, // renamed and moved
      { code: "D1", name: "区发改委", parentCode: "R", kind: "department" }, // unchanged
      { code: "N1", name: "新单位", parentCode: "L1C1", kind: "county" }, // new, under an existing org
    ]);
    expect(result).toEqual({ inserted: 1, updated: 1 });
    const after = getOrganisationByCode(db, "L1C1")!;
    expect(after.id).toBe(before.id);
    expect(after.name).toBe("新城区（改）");
    expect(parentCodes(db)).toMatchObject({ L1C1: "D2", N1: "L1C1", D1: "R" });
    close();
  });

  it("sets active only when the input says so", () => {
    const { db, close } = freshDb();
    upsertOrganisations(db, TREE);
    expect(upsertOrganisations(db, [{ code: "D2", name: "区教育厅", parentCode: "R", kind: "department", active: false }])).toEqual({
      inserted: 0,
      updated: 1,
    });
    expect(getOrganisationByCode(db, "D2")!.active).toBe(false);
    upsertOrganisations(db, [{ code: "D2", name: "区教育厅", parentCode: "R", kind: "department" }]);
    expect(getOrganisationByCode(db, "D2")!.active).toBe(false);
    close();
  });

  const failures: { label: string; rows: OrganisationInput[]; error: new (...args: never[]) => Error }[] = [
    {
      label: "unknown parent code",
      rows: [
        { code: "X1", name: "甲", parentCode: null, kind: "region" },
        { code: "X2", name: "乙", parentCode: "NOPE", kind: "county" },
      ],
      error: UnknownParentError,
    },
    {
      label: "duplicate code in the input",
      rows: [
        { code: "X1", name: "甲", parentCode: null, kind: "region" },
        { code: "X1", name: "乙", parentCode: null, kind: "region" },
      ],
      error: DuplicateCodeError,
    },
    {
      label: "parent cycle within the input",
      rows: [
        { code: "X1", name: "甲", parentCode: "X2", kind: "county" },
        { code: "X2", name: "乙", parentCode: "X1", kind: "county" },
      ],
      error: ParentCycleError,
    },
    {
      label: "parent cycle through existing rows (R under its grandchild)",
      rows: [
        { code: "X1", name: "甲", parentCode: null, kind: "region" },
        { code: "R", name: "自治区", parentCode: "L1C1", kind: "region" },
      ],
      error: ParentCycleError,
    },
  ];
  it.each(failures)("rejects $label and writes nothing", ({ rows, error }) => {
    const opened = freshDb();
    upsertOrganisations(opened.db, TREE);
    const snapshot = listOrganisations(opened.db);
    expect(() => upsertOrganisations(opened.db, rows)).toThrow(error);
    expect(listOrganisations(opened.db)).toEqual(snapshot);
    expect(count(opened, "organisations")).toBe(TREE.length);
    opened.close();
  });
});
