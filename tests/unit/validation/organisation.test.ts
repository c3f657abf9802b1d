import { describe, expect, test } from "vitest";
import { createOrganisationSchema, moveOrganisationSchema, ORG_CODE_MAX_LENGTH, ORG_NAME_MAX_LENGTH, orgImportSchema } from "@/lib/validation/organisation";

const base = { code: "150000-99", name: "测试厅", kind: "department", parentCode: "150000" };

describe("createOrganisationSchema", () => {
  test.each([
    { label: "a department under the root", input: base, ok: true },
    { label: "a code of the maximum length", input: { ...base, code: "A".repeat(ORG_CODE_MAX_LENGTH) }, ok: true },
    { label: "a code one too long", input: { ...base, code: "A".repeat(ORG_CODE_MAX_LENGTH + 1) }, ok: false },
    { label: "a name one too long", input: { ...base, name: "厅".repeat(ORG_NAME_MAX_LENGTH + 1) }, ok: false },
    { label: "a code with a space", input: { ...base, code: "150 000" }, ok: false },
    { label: "an unknown kind", input: { ...base, kind: "bureau" }, ok: false },
    { label: "no parent (only for the first unit; the rule decides)", input: { ...base, parentCode: null }, ok: true },
  ])("$label → $ok", ({ input, ok }) => {
    expect(createOrganisationSchema.safeParse(input).success).toBe(ok);
  });

  test("an empty parent reads as none", () => {
    expect(createOrganisationSchema.parse({ ...base, parentCode: "" }).parentCode).toBeNull();
  });
});

describe("moveOrganisationSchema", () => {
  test("asks for the new parent in Chinese", () => {
    const r = moveOrganisationSchema.safeParse({ code: "A", parentCode: "" });
    expect(r.success ? [] : r.error.issues.map((i) => i.message)).toEqual(["请选择新的上级单位"]);
  });
});

describe("orgImportSchema", () => {
  test("reads numeric cells as text and a missing parent as null", () => {
    expect(orgImportSchema.parse({ rows: [{ code: 150000, name: "区", kind: "region" }] }).rows[0]).toEqual({ code: "150000", name: "区", parentCode: null, kind: "region" });
  });

  test("refuses an empty import", () => {
    expect(orgImportSchema.safeParse({ rows: [] }).success).toBe(false);
  });
});
