import { describe, expect, test } from "vitest";
import { type AuditRowFields, canonicalAuditRow, CANONICAL_VERSION } from "@/lib/audit";

const ROW: AuditRowFields = {
  id: 7,
  at: 1795598361414,
  userId: 3,
  username: "d1-admin",
  ip: "10.0.0.8",
  action: "submission.save",
  targetType: "submission",
  targetId: "42",
  detailJson: '{"cells":2}',
  prevHash: "ab".repeat(32),
  hashAlg: "sha256",
};

describe("canonicalAuditRow", () => {
  test("is a JSON array in a fixed order, led by the format version", () => {
    expect(canonicalAuditRow(ROW)).toBe(
      `["${CANONICAL_VERSION}",7,1795598361414,3,"d1-admin","10.0.0.8","submission.save","submission","42","{\\"cells\\":2}","${"ab".repeat(32)}","sha256"]`,
    );
  });

  test("does not depend on the order the object's keys were written in", () => {
    const reversed = Object.fromEntries(Object.entries(ROW).reverse()) as AuditRowFields;
    expect(canonicalAuditRow(reversed)).toBe(canonicalAuditRow(ROW));
  });

  test.each([
    { label: "null vs the text null", a: { detailJson: null }, b: { detailJson: "null" } },
    { label: "null vs the empty string", a: { ip: null }, b: { ip: "" } },
    { label: "a number vs the same digits as text", a: { at: 5 }, b: { at: "5" as unknown as number } },
    { label: "a value moved to the neighbouring field", a: { username: "x", ip: null }, b: { username: null, ip: "x" } },
    { label: "a separator inside a value", a: { username: 'a","b' }, b: { username: "a", ip: "b" } },
    { label: "a line break inside a value", a: { targetId: "1\n2" }, b: { targetId: "1 2" } },
    { label: "Chinese text differing in one character", a: { action: "提交" }, b: { action: "退回" } },
  ])("tells apart $label", ({ a, b }) => {
    expect(canonicalAuditRow({ ...ROW, ...a })).not.toBe(canonicalAuditRow({ ...ROW, ...b }));
  });
});
