import { parse } from "csv-parse/sync";
import { describe, expect, test } from "vitest";
import { type AuditCsvRecord, auditCsvHeaderLine, auditCsvLine, csvField } from "@/lib/audit";

const RECORD: AuditCsvRecord = {
  id: 12,
  at: Date.parse("2026-03-01T01:02:03Z"),
  userId: 3,
  username: "d1-admin",
  orgCode: "150000",
  orgName: "内蒙古自治区",
  ip: "10.0.0.8",
  action: "submission.save",
  targetType: "submission",
  targetId: "42",
  detailJson: '{"说明":"第一行,第二行","n":1}',
};

describe("csvField", () => {
  test.each([
    { label: "plain text", value: "abc", out: "abc" },
    { label: "a number", value: 12, out: "12" },
    { label: "null", value: null, out: "" },
    { label: "a comma", value: "a,b", out: '"a,b"' },
    { label: "quotes", value: 'say "hi"', out: '"say ""hi"""' },
    { label: "a line break", value: "a\nb", out: '"a\nb"' },
    { label: "a formula", value: "=HYPERLINK(1)", out: "'=HYPERLINK(1)" },
    { label: "a formula with a comma", value: "=A1,B1", out: `"'=A1,B1"` },
    { label: "a leading minus", value: "-1+2", out: "'-1+2" },
    { label: "a leading @", value: "@SUM(1)", out: "'@SUM(1)" },
  ])("$label", ({ value, out }) => {
    expect(csvField(value)).toBe(out);
  });
});

describe("audit CSV lines", () => {
  test("the header is in Chinese", () => {
    expect(auditCsvHeaderLine()).toBe("编号,时间,用户,单位,地址,操作,对象类型,对象,详情\r\n");
  });

  test("a row parses back to its fields, time in Shanghai and the unit as 名称（代码）", () => {
    const [fields] = parse(auditCsvLine(RECORD)) as string[][];
    expect(fields).toEqual([
      "12",
      "2026-03-01 09:02:03",
      "d1-admin",
      "内蒙古自治区（150000）",
      "10.0.0.8",
      "submission.save",
      "submission",
      "42",
      '{"说明":"第一行,第二行","n":1}',
    ]);
  });

  test("a row without user shows blanks; one without a username shows #id", () => {
    const none = { ...RECORD, userId: null, username: null, orgCode: null, orgName: null, ip: null };
    expect((parse(auditCsvLine(none)) as string[][])[0]!.slice(2, 5)).toEqual(["", "", ""]);
    expect((parse(auditCsvLine({ ...RECORD, username: null })) as string[][])[0]![2]).toBe("#3");
  });
});
