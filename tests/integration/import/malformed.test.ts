import ExcelJS from "exceljs";
import { describe, expect, it, vi } from "vitest";
import { sheetLayout } from "@/lib/xlsx-layout";
import { loadUnitTemplate } from "@/server/exports/template-xlsx/load-unit-template";
import { templateWorkbook } from "@/server/exports/template-xlsx/template-workbook";
import { harness } from "../review/harness";
import { fillTemplate } from "./fill-template";
import { dump, T2021 } from "./helpers";

vi.mock("server-only", () => ({}));
vi.mock("@/server/next/current-user", async () => {
  const { session: s } = await import("../review/harness");
  return { lookupSession: async () => (s.user ? { user: s.user } : { user: null, expired: false }) };
});
vi.mock("@/server/next/request-info", () => ({ requestInfo: async () => ({ ip: "127.0.0.1", userAgent: null }) }));

const { POST } = await import("@/app/api/stats/[year]/import/route");

/*
 * Done means: malformed files each get their message and change nothing (the database compared
 * before and after, preview and commit both tried): a renamed .txt, a truncated zip, text in a
 * value cell, a formula in a value cell, another unit's file.
 */
const TEXTS: Record<string, string> = Object.fromEntries(T2021.cells.filter((c) => !c.computed).map((c) => [c.code, "0"]));
const layout = sheetLayout(T2021);

async function setup() {
  const h = harness({ year: 2025, templateId: T2021.id });
  h.as(h.user("d1-filler", "填报员", "D1", "filler"));
  const template = async (code: string) => {
    const loaded = loadUnitTemplate(h.db, 2025, code);
    if (!loaded.ok) throw new Error(loaded.message);
    return fillTemplate(await templateWorkbook([loaded.sheet]), T2021, TEXTS);
  };
  /** Both requests (preview, then a commit with a made-up fingerprint): the answers, and whether the database moved. */
  const tryBoth = async (bytes: Uint8Array, name = "D1.xlsx") => {
    const before = dump(h.sqlite);
    const send = async (preview: boolean) => {
      const form = new FormData();
      form.append("file", new Blob([new Uint8Array(bytes)]), name);
      form.append("org", "D1");
      if (!preview) form.append("fingerprint", "f".repeat(64));
      const res = await POST(new Request(`http://localhost/api/stats/2025/import${preview ? "?preview=1" : ""}`, { method: "POST", body: form }), h.params({ year: "2025" }));
      return { status: res.status, body: (await res.json()) as { error?: string; ok?: boolean; units?: { messages: { severity: string; addresses: string[]; message: string }[] }[] } };
    };
    const preview = await send(true);
    const commit = await send(false);
    return { preview, commit, unchanged: dump(h.sqlite) === before };
  };
  return { h, template, tryBoth };
}

async function edit(bytes: Buffer, code: string, value: ExcelJS.CellValue): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  wb.worksheets[0]!.getCell(layout.addressOf(code)).value = value;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const hardMessages = (body: { units?: { messages: { severity: string; message: string }[] }[] }) => (body.units ?? []).flatMap((u) => u.messages.filter((m) => m.severity === "hard").map((m) => m.message));

describe("malformed files: their own message, nothing changed", () => {
  it("a text file renamed .xlsx", async () => {
    const { tryBoth } = await setup();
    const r = await tryBoth(new TextEncoder().encode("org_code,R1.np\nD1,5\n"));
    expect(r.preview).toMatchObject({ status: 422, body: { error: "「D1.xlsx」：不是 Excel 文件（.xlsx）：请上传从本系统下载并填写的填报模板" } });
    expect(r.commit.status).toBe(422);
    expect(r.unchanged).toBe(true);
  });

  it("a truncated zip", async () => {
    const { template, tryBoth } = await setup();
    const whole = await template("D1");
    const r = await tryBoth(whole.subarray(0, Math.floor(whole.length / 2)));
    expect(r.preview.status).toBe(422);
    expect(r.preview.body.error).toBeTruthy();
    expect(r.unchanged).toBe(true);
  });

  it("text in a value cell, at its address", async () => {
    const { template, tryBoth } = await setup();
    const r = await tryBoth(await edit(await template("D1"), "R1.np", "五件"));
    expect(r.preview.status).toBe(200);
    expect(r.preview.body.ok).toBe(false);
    expect(hardMessages(r.preview.body).join("\n")).toContain(`${layout.addressOf("R1.np")}）填写的是文字“五件”`);
    expect(r.commit.status).toBe(422);
    expect(r.unchanged).toBe(true);
  });

  it("a formula in a value cell", async () => {
    const { template, tryBoth } = await setup();
    const r = await tryBoth(await edit(await template("D1"), "R1.np", { formula: "2+3", result: 5 } as ExcelJS.CellFormulaValue));
    expect(r.preview.body.ok).toBe(false);
    expect(hardMessages(r.preview.body).join("\n")).toContain("中是公式（=2+3），请直接填写数值");
    expect(r.commit.status).toBe(422);
    expect(r.unchanged).toBe(true);
  });

  it("another unit's file uploaded on this unit's form", async () => {
    const { template, tryBoth } = await setup();
    const r = await tryBoth(await template("D2"), "D2.xlsx");
    expect(r.preview.body.ok).toBe(false);
    expect(hardMessages(r.preview.body)).toContain("文件中的单位代码是 D2，与指定的单位 D1 不一致");
    expect(r.commit.status).toBe(422);
    expect(r.unchanged).toBe(true);
  });
});
