import { describe, expect, it } from "vitest";
import { z } from "zod";
import "@/lib/validation/zod-config";
import { saveDraftSchema } from "@/lib/validation/draft";
import { loginSchema } from "@/lib/validation/login";
import { orgImportSchema } from "@/lib/validation/organisation";
import { saveOrgWordingSchema } from "@/lib/validation/org-wording";
import { returnSchema } from "@/lib/workflow/schemas";

/** "path: message" of each issue. */
const messages = (schema: z.ZodType, input: unknown) => schema.safeParse(input).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`);

describe("the project's error map", () => {
  it("names the field and words the type, the omission and the bounds in Chinese", () => {
    expect(messages(saveDraftSchema, { year: "去年", values: { C1: 5 }, version: -1 })).toEqual([
      "year: 年度应为数字",
      "orgCode: 请填写单位代码",
      "values.C1: 单元格（C1）应为文本",
      "version: 版本号不能小于 0",
    ]);
    expect(messages(saveDraftSchema, { year: 2101, orgCode: "x".repeat(33), values: {}, version: 1.5 })).toEqual([
      "year: 年度不能大于 2100",
      "orgCode: 单位代码不能超过 32 个字符",
      "version: 版本号应为整数",
    ]);
  });

  it("answers for the whole input without type names", () => {
    expect(messages(saveDraftSchema, undefined)).toEqual([": 没有提交内容"]);
    expect(messages(saveDraftSchema, "text")).toEqual([": 提交的内容格式不正确"]);
  });

  it("never echoes a key the client made up, only a cell code", () => {
    const input = { year: 2020, orgCode: "a", bogusField: 1, C9: 2 };
    expect(messages(saveOrgWordingSchema, input)).toContain(": 不允许的字段：C9；包含未知的字段");
    expect(messages(saveDraftSchema, { year: 2020, orgCode: "a", version: 0, values: { ["k".repeat(41)]: "1" } })).toEqual(["values.kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk: 填报数据中有名称不正确的项"]);
  });

  it("names the row of an import and what a union of plain types takes", () => {
    expect(messages(orgImportSchema, { rows: [{ code: "1", name: "甲", kind: "county" }, { code: true, name: "乙", kind: "county" }] })).toEqual(["rows.1.code: 第 2 行的单位代码应为文本或数字"]);
  });

  it("asks for a missing nested field by its name", () => {
    expect(messages(returnSchema, { year: 2020, orgCode: "a", version: 1, comments: [{ cell: "", text: "请核实" }] })).toEqual(["comments.0.cell: 请填写退回意见所在的单元格"]);
  });

  it("keeps a schema's own message", () => {
    expect(messages(loginSchema, { password: "x" })).toEqual(["username: 请输入用户名"]);
  });

  it("words checks of fields it has no name for", () => {
    const schema = z.object({ a: z.string().length(3), b: z.email(), c: z.number().multipleOf(5), d: z.enum(["甲", "乙"]), e: z.enum(["yes", "no"]) });
    expect(messages(schema, { a: "x", b: "y", c: 3, d: "丙", e: "z" })).toEqual([
      "a: 此项应为 3 个字符",
      "b: 此项不是有效的电子邮箱地址",
      "c: 此项应为 5 的倍数",
      "d: 此项只能是 甲、乙 之一",
      "e: 此项不是可选的值",
    ]);
  });
});
