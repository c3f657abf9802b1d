import { describe, expect, it } from "vitest";
import "@/lib/validation/zod-config";
import { badValues, sample, setAt, sites, type Path } from "./schema-probe";
import { inputSchemas } from "./input-schemas";

/**
 * Every message a schema of lib/validation (and the other command schemas of lib) gives is Chinese: for each field, a wrong type, the
 * field left out, past each length and range, an unknown key. A message fails when it has two or
 * more Latin letters in a row, other than cell codes and a few words users know as they are.
 */

/** A statistics cell code: a capital, a digit, then letters, digits, "_" and "." (C1, A1a, R3.3.1.np, P1.reg.x, F1). */
const CELL_CODE = /\b[A-Z]\d[A-Za-z0-9_.]*/g;
/** Words users read as they are; and the two web address prefixes a user types. */
const ALLOWED = /\b(PDF|TOTP|URL|xlsx|XLSX|CSV)\b|https?:\/\//g;

function latinIn(message: string): string | null {
  const rest = message.replace(ALLOWED, " ").replace(CELL_CODE, " ");
  return /[A-Za-z]{2,}/.exec(rest)?.[0] ?? null;
}

const schemas = await inputSchemas();

const isPrefix = (a: Path, b: Path) => a.length <= b.length && a.every((x, i) => x === b[i]);

describe("the Latin check", () => {
  it("lets cell codes and the allowed words through and catches English and type names", () => {
    expect(latinIn("收到申请数（C1）为 136；P1.reg.x 与 R3.3.1.np 之和")).toBeNull();
    expect(latinIn("请上传 PDF、xlsx 或 CSV 文件；网址以 https:// 开头")).toBeNull();
    expect(latinIn("无效输入：期望 string，实际接收 数字")).toBe("string");
    expect(latinIn("Unrecognized key")).toBe("Unrecognized");
    expect(latinIn("日期应为 YYYY-MM-DD")).toBe("YYYY");
  });
});

describe("every input schema answers in Chinese", () => {
  it("finds the schemas", () => {
    expect(schemas.length).toBeGreaterThan(20);
    expect(schemas.map(([name]) => name)).toEqual(expect.arrayContaining(["validation/draft.saveDraftSchema", "validation/user.createUserSchema()", "workflow/schemas.returnSchema"]));
  });

  it.each(schemas)("%s", (_name, schema) => {
    const base = sample(schema);
    const latin: string[] = [];
    const unrefused: string[] = [];
    for (const site of sites(schema)) {
      const start = site.patches.reduce((acc, p) => setAt(acc, p.path, p.value), base);
      for (const bad of badValues(site)) {
        const input = setAt(start, site.path, bad.value, bad.omit);
        const result = schema.safeParse(input);
        const where = `${site.path.join(".") || "(根)"} ${bad.what}`;
        for (const issue of result.error?.issues ?? []) {
          const word = latinIn(issue.message);
          if (word) latin.push(`${where}: ${issue.message}`);
        }
        if (bad.mustFail && !(result.error?.issues ?? []).some((i) => isPrefix(i.path as Path, site.path) || isPrefix(site.path, i.path as Path))) {
          unrefused.push(where);
        }
      }
    }
    expect([...new Set(latin)]).toEqual([]);
    expect(unrefused).toEqual([]);
  });
});
