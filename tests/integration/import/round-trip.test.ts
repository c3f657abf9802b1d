import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { computeSums, parseTableInput } from "@/lib";
import { parseCsvBytes } from "@/lib/import";
import { getTemplate } from "@/lib/templates";
import { getSubmission } from "@/db/queries/submissions";
import { loadUnitTemplate } from "@/server/exports/template-xlsx/load-unit-template";
import { templateWorkbook } from "@/server/exports/template-xlsx/template-workbook";
import { harness } from "../review/harness";
import { runCli } from "../cli/run-cli";
import { fillTemplate } from "./fill-template";

vi.mock("server-only", () => ({}));
vi.mock("@/server/next/current-user", async () => {
  const { session: s } = await import("../review/harness");
  return { lookupSession: async () => (s.user ? { user: s.user } : { user: null, expired: false }) };
});
vi.mock("@/server/next/request-info", () => ({ requestInfo: async () => ({ ip: "127.0.0.1", userAgent: null }) }));

const { POST } = await import("@/app/api/stats/[year]/import/route");

/*
 * Done means (issue 15): download a unit's template, fill it with a demo unit's values, upload it
 * (web and CLI), and get exactly the same submission — for every template the app has.
 */
const ROOT = path.resolve(__dirname, "../../..");

function fixture(file: string, code: string): Record<string, string> {
  const [header, ...rows] = parseCsvBytes(fs.readFileSync(path.join(ROOT, file)));
  const row = rows.find((r) => r[0] === code)!;
  return Object.fromEntries(header!.slice(1).map((h, i) => [h, row[i + 1]!]).filter(([, v]) => v !== ""));
}

const CASES = [
  { id: "gov-disclosure-2018", file: "tests/fixtures/imar-2018/submissions-2018.csv", unit: "150000-01" },
  { id: "gov-disclosure-2021", file: "tests/fixtures/demo-2021/submissions-2025.csv", unit: "150000-02" },
];

describe.each(CASES)("$id: template → filled → uploaded = the same submission", ({ id, file, unit }) => {
  const template = getTemplate(id);
  const texts = Object.fromEntries(Object.entries(fixture(file, unit)).filter(([c]) => !template.cell(c)!.computed));
  // What the form would save from the same figures: every cell parsed, sums computed.
  const expected = computeSums(template, parseTableInput(template, texts).values);

  it("through the web: the 填报员 previews and confirms; the draft equals the form's", async () => {
    const h = harness({ year: 2025, templateId: id });
    const filler = h.user("d1-filler", "填报员", "D1", "filler");
    h.as(filler);
    const loaded = loadUnitTemplate(h.db, 2025, "D1");
    if (!loaded.ok) throw new Error(loaded.message);
    const filled = await fillTemplate(await templateWorkbook([loaded.sheet]), template, texts);
    const post = async (preview: boolean, fingerprint?: string) => {
      const form = new FormData();
      form.append("file", new Blob([new Uint8Array(filled)]), "D1.xlsx");
      if (fingerprint) form.append("fingerprint", fingerprint);
      return POST(new Request(`http://localhost/api/stats/2025/import${preview ? "?preview=1" : ""}`, { method: "POST", body: form }), h.params({ year: "2025" }));
    };
    const res = await post(true);
    const preview = (await res.json()) as { ok: boolean; fingerprint: string; units: { orgCode: string; messages: { severity: string; message: string }[] }[] };
    expect(res.status).toBe(200);
    expect(preview.units[0]!.messages.filter((m) => m.severity === "hard")).toEqual([]);
    expect(preview).toMatchObject({ ok: true, units: [{ orgCode: "D1" }] });
    expect((await post(false, preview.fingerprint)).status).toBe(200);
    const s = getSubmission(h.db, h.cycle.id, h.id("D1"))!;
    expect(s.status).toBe("draft");
    expect(s.values).toEqual(expected);
  });

  it("through the CLI: template:xlsx, filled, submissions:import; totals equal the figures", async () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-roundtrip-"));
    const db = path.join(tmp, "rt.db");
    const ok = (args: string[]) => {
      const r = runCli(db, args, tmp);
      expect(r.code, `${args.join(" ")}: ${r.stderr}`).toBe(0);
      return r;
    };
    ok(["orgs:import", path.join(ROOT, "tests/fixtures/imar-2018/orgs.csv")]);
    ok(["cycle:create", "--year", "2025", "--template", id]);
    ok(["template:xlsx", "--year", "2025", "--org", unit, "--out", "blank.xlsx"]);
    fs.writeFileSync(path.join(tmp, "filled.xlsx"), await fillTemplate(fs.readFileSync(path.join(tmp, "blank.xlsx")), template, texts));
    const r = ok(["submissions:import", "--year", "2025", "--status", "approved", "filled.xlsx"]);
    expect(r.stderr).toContain("已导入 2025 年度 1 个单位的数据（状态：approved）");
    const totals = JSON.parse(ok(["totals", "--year", "2025", "--org", unit]).stdout) as Record<string, number | string | null>;
    for (const c of template.cells) {
      const v = expected[c.code];
      const want = v === undefined ? null : c.scale ? `${v / 10n ** BigInt(c.scale)}.${(v % 10n ** BigInt(c.scale)).toString().padStart(c.scale, "0")}` : Number(v);
      expect([c.code, totals[c.code]]).toEqual([c.code, want]);
    }
  }, 120_000);
});
