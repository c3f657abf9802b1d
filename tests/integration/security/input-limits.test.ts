/**
 * What a save may carry: explanations only for the template's own warnings and not thousands of
 * them; a narrative of a report's size, not megabytes. Refused with a Chinese message and nothing
 * stored.
 */
import { describe, expect, it, vi } from "vitest";
import { getTemplate } from "@/lib/templates";
import { explainableKeys } from "@/lib/rules";
import { MAX_NARRATIVE_CHARS } from "@/lib/validation/report-draft";
import type { CurrentUser } from "@/server/kernel/caller";
import { harness } from "../review/harness";

vi.mock("server-only", () => ({}));
vi.mock("@/server/next/current-user", async () => (await import("../review/harness")).sessionModule());
vi.mock("@/server/next/request-info", async () => (await import("../review/harness")).requestInfoModule());

const save = (await import("@/app/api/stats/[year]/[orgCode]/route")).PUT;
const explain = (await import("@/app/api/stats/[year]/[orgCode]/explanations/route")).PUT;
const draft = (await import("@/app/api/reports/[year]/[orgCode]/draft/route")).PUT;

const YEAR = 2033;
const template = getTemplate("gov-disclosure-2018");
const TABLE = { ...Object.fromEntries(template.cells.filter((c) => !c.computed).map((c) => [c.code, "0"])), A1: "5", "A2.2": "5" };

const h = harness({ year: YEAR });
const filler = h.user("lim-f", "王填报", "D1", "filler");

async function put(handler: typeof save, who: CurrentUser, url: string, params: Record<string, string>, body: unknown) {
  h.as(who);
  const res = await handler(new Request(url, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }), h.params(params));
  return { status: res.status, body: (await res.json()) as { error?: string; version?: number } };
}

const count = (table: string) => h.sqlite.prepare(`select count(*) from ${table}`).pluck().get() as number;

describe("explanations", () => {
  it("takes a key of the template's warnings, refuses invented keys and too many, storing nothing", async () => {
    const saved = await put(save, filler, `http://x/api/stats/${YEAR}/D1`, { year: String(YEAR), orgCode: "D1" }, { values: TABLE, version: 0 });
    expect(saved.status).toBe(200);
    const version = saved.body.version!;
    const url = `http://x/api/stats/${YEAR}/D1/explanations`;
    const params = { year: String(YEAR), orgCode: "D1" };
    const real = [...explainableKeys(template)][0]!;

    const ok = await put(explain, filler, url, params, { version, explanations: { [real]: "机构改革，职能划入" } });
    expect(ok.status).toBe(200);
    const stored = count("warning_explanations");
    expect(stored).toBe(1);

    const invented = await put(explain, filler, url, params, { version, explanations: { [real]: "x", "made-up-key": "y" } });
    expect(invented).toMatchObject({ status: 422, body: { error: expect.stringMatching(/本表没有的提示：made-up-key/) } });

    const flood = Object.fromEntries(Array.from({ length: 2600 }, (_, i) => [`k${i}`, "说明".repeat(50)]));
    const many = await put(explain, filler, url, params, { version, explanations: flood });
    expect(many).toMatchObject({ status: 422, body: { error: expect.stringMatching(/提示说明不能超过 500 条/) } });
    expect(count("warning_explanations")).toBe(stored);
  });
});

describe("the narrative", () => {
  const url = `http://x/api/reports/${YEAR}/D1/draft`;
  const params = { year: String(YEAR), orgCode: "D1" };
  const doc = (paragraphs: string[]) => ({ prose: { proactive: paragraphs.map((text) => [{ text }]) }, headings: {} });

  it("saves a report-sized text and refuses one over the limit in characters or paragraphs", async () => {
    const fine = await put(draft, filler, url, params, { version: 0, doc: doc(["本机关全年主动公开政府信息。"]) });
    expect(fine.status).toBe(200);
    const drafts = h.sqlite.prepare("select version from report_drafts").pluck().all();

    const long = Array.from({ length: Math.ceil((MAX_NARRATIVE_CHARS + 1) / 5000) }, () => "字".repeat(5000));
    const tooLong = await put(draft, filler, url, params, { version: 1, doc: doc(long) });
    expect(tooLong).toMatchObject({ status: 422, body: { error: expect.stringMatching(/报告正文不能超过 50,000 字/) } });

    const many = { prose: Object.fromEntries(Array.from({ length: 4 }, (_, i) => [`b${i}`, Array.from({ length: 200 }, () => [{ text: "段" }])])), headings: {} };
    const tooMany = await put(draft, filler, url, params, { version: 1, doc: many });
    expect(tooMany).toMatchObject({ status: 422, body: { error: expect.stringMatching(/报告正文不能超过 600 段/) } });

    expect(h.sqlite.prepare("select version from report_drafts").pluck().all()).toEqual(drafts);
  });
});
