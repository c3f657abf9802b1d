import { describe, expect, it, vi } from "vitest";
import { getSubmission } from "@/db/queries/submissions";
import { harness } from "../review/harness";
import { dump, T2021 } from "./helpers";
import { publishedPage } from "../../unit/import/published-page";

vi.mock("server-only", () => ({}));
vi.mock("@/server/next/current-user", async () => {
  const { session: s } = await import("../review/harness");
  return { lookupSession: async () => (s.user ? { user: s.user } : { user: null, expired: false }) };
});
vi.mock("@/server/next/request-info", () => ({ requestInfo: async () => ({ ip: "127.0.0.1", userAgent: null }) }));

const { POST } = await import("@/app/api/stats/[year]/import/route");

/*
 * POST /api/stats/{year}/import: the session first, the body bounded as it streams (≤ 50 files of
 * 5 MB), ?preview=1 then the commit with the preview's fingerprint; kind=history reads a
 * published report's page (or a pasted table) as the unit's approved history.
 */
const YEAR = 2025;
const VALUES: Record<string, string> = Object.fromEntries(T2021.cells.filter((c) => !c.computed && c.official).map((c) => [c.code, "0"]));
Object.assign(VALUES, { "R1.np": "4", "R1.tot": "4", "R3.1.np": "4", "R3.1.tot": "4", "R3.7.np": "4", "R3.7.tot": "4" });

function setup() {
  const h = harness({ year: YEAR, templateId: T2021.id });
  const admin = h.user("sys", "系统管理员", "R", "sysadmin");
  const filler = h.user("f1", "王填报", "D1", "filler");
  const post = (form: FormData, preview: boolean) => POST(new Request(`http://localhost/api/stats/${YEAR}/import${preview ? "?preview=1" : ""}`, { method: "POST", body: form }), h.params({ year: String(YEAR) }));
  return { h, admin, filler, post };
}

function historyForm(html: string, extra: Record<string, string> = {}): FormData {
  const form = new FormData();
  form.append("file", new Blob([html], { type: "text/html" }), "d1-2025.html");
  form.append("kind", "history");
  form.append("org", "D1");
  for (const [k, v] of Object.entries(extra)) form.append(k, v);
  return form;
}

describe("the import route", () => {
  it("401 without a session, before a byte is read", async () => {
    const { h, post } = setup();
    h.as(null);
    expect((await post(historyForm("<p>x</p>"), true)).status).toBe(401);
  });

  it("a published page as history: preview, then commit with the fingerprint; approved, as published", async () => {
    const { h, admin, post } = setup();
    h.as(admin);
    const html = publishedPage(T2021, VALUES);
    const res = await post(historyForm(html), true);
    expect(res.status).toBe(200);
    const preview = (await res.json()) as { ok: boolean; fingerprint: string; status: string; units: { orgCode: string; changes: unknown[] }[] };
    expect(preview).toMatchObject({ ok: true, status: "approved", units: [{ orgCode: "D1" }] });
    expect(getSubmission(h.db, h.cycle.id, h.id("D1"))).toBeNull();
    const done = await post(historyForm(html, { fingerprint: preview.fingerprint }), false);
    expect(done.status).toBe(200);
    const s = getSubmission(h.db, h.cycle.id, h.id("D1"))!;
    expect(s.status).toBe("approved");
    expect(s.values["R1.np"]).toBe(4n);
    expect(s.values.F1).toBeUndefined();
  });

  it("a 填报员 may not import history (403), nothing changes", async () => {
    const { h, filler, post } = setup();
    h.as(filler);
    const before = dump(h.sqlite);
    expect((await post(historyForm(publishedPage(T2021, VALUES)), true)).status).toBe(403);
    expect(dump(h.sqlite)).toBe(before);
  });

  it("a file that is not a table gets its own message (422); an unknown kind of file too", async () => {
    const { h, admin, post } = setup();
    h.as(admin);
    const r = await post(historyForm("<html><body><p>通知</p></body></html>"), true);
    expect(r.status).toBe(422);
    expect(((await r.json()) as { error: string }).error).toContain("未能在「d1-2025.html」中识别出统计表");
    const form = new FormData();
    form.append("file", new Blob(["%PDF-1.4"]), "report.pdf");
    const pdf = await post(form, true);
    expect(pdf.status).toBe(422);
    expect(((await pdf.json()) as { error: string }).error).toContain("「report.pdf」不是可导入的文件");
  });

  it("bounded: a file over 5 MB and more than 50 files are refused (413) as they stream", async () => {
    const { h, admin, post } = setup();
    h.as(admin);
    const big = new FormData();
    big.append("file", new Blob([new Uint8Array(5 * 1024 * 1024 + 1)]), "big.xlsx");
    const r1 = await post(big, true);
    expect(r1.status).toBe(413);
    expect(((await r1.json()) as { error: string }).error).toBe("文件超过 5 MB，不能导入");
    const many = new FormData();
    for (let i = 0; i < 51; i++) many.append("file", new Blob(["x"]), `f${i}.xlsx`);
    const r2 = await post(many, true);
    expect(r2.status).toBe(413);
    expect(((await r2.json()) as { error: string }).error).toBe("一次最多上传 50 个文件");
  });

  it("a table pasted from the page (tab-separated) reads as the page does", async () => {
    const { h, admin, post } = setup();
    h.as(admin);
    const html = publishedPage(T2021, VALUES);
    const tsv = [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => [...m[1]!.matchAll(/<td[^>]*>(.*?)<\/td>/g)].map((c) => c[1]).join("\t")).join("\n");
    const form = new FormData();
    form.append("kind", "history");
    form.append("org", "D1");
    form.append("pasted", tsv);
    const res = await post(form, true);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body, JSON.stringify(body.units?.[0]?.messages)).toMatchObject({ ok: true, units: [{ source: "粘贴的表格", orgCode: "D1" }] });
  });
});
