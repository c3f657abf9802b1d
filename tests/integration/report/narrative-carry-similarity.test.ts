import { afterAll, describe, expect, test, vi } from "vitest";
import { buildTree } from "@/lib";
import { dbWithTree } from "../db/helpers";

const t = dbWithTree();
vi.mock("server-only", () => ({}));
vi.mock("@/db/client", async (importOriginal) => ({ ...(await importOriginal<typeof import("@/db/client")>()), getDb: () => t.db }));

const { createCycle } = await import("@/db/mutations/cycles");
const { replaceSubmissions } = await import("@/db/mutations/submissions");
const { saveReportDraft } = await import("@/db/mutations/report-drafts");
const { getRoster } = await import("@/db/queries/cycles");
const { loadReportEditor, loadReportDocument } = await import("@/server/reports/report-document");
const { reportSimilarity } = await import("@/server/reports/similarity");
const { runsText } = await import("@/lib/report");

afterAll(() => t.close());

const c2017 = createCycle(t.db, { year: 2017, templateId: "gov-disclosure-2018" });
const c2018 = createCycle(t.db, { year: 2018, templateId: "gov-disclosure-2018" });
const [D1, D2] = [t.id("D1"), t.id("D2")];
replaceSubmissions(t.db, c2017.id, [{ orgId: D1, status: "approved", values: { A1: 100n } }], null, Date.now());
replaceSubmissions(t.db, c2018.id, [{ orgId: D1, status: "approved", values: { A1: 120n } }, { orgId: D2, status: "approved", values: { A1: 5n } }], null, Date.now());

const long = "本机关高度重视政府信息公开工作，调整充实了政务公开领导小组，明确分管领导和工作人员，建立健全了主动公开、依申请公开、保密审查等工作制度，确保各项工作有序推进。";
const para = (text: string) => [[{ text }]];

describe("part 五 lists last year's measures beside the editor, never in the text", () => {
  test("last year's 下一步工作打算 as checklist items, bound figures as printed last year; the report prints none of it", () => {
    saveReportDraft(t.db, c2017.id, D1, "area", { prose: { outlook_plans: [[{ text: "下一步：一是继续扩大公开，上年公开" }, { token: { kind: "figure", figure: "published", part: "value" }, format: "wan" }, { text: "；二是加强培训。" }]] }, headings: {} }, 0, null, 1);
    const editor = loadReportEditor(t.db, 2018, "D1");
    expect(editor.ok && editor.data.measures).toEqual({ outlook_plans: { year: 2017, items: ["继续扩大公开，上年公开100条", "加强培训"] } });
    const built = loadReportDocument(t.db, 2018, "D1");
    const texts = built.ok ? built.doc.blocks.flatMap((b) => (b.kind === "paragraph" ? [runsText(b.runs)] : [])) : [];
    expect(texts.some((x) => x.includes("继续扩大公开"))).toBe(false);
    // Still a part to write: last year's words do not count as this year's.
    expect(built.ok && built.missing.some((m) => m.includes("下一年度的工作打算"))).toBe(true);

    saveReportDraft(t.db, c2018.id, D1, "area", { prose: { outlook_plans: para("本年新的打算。") }, headings: {} }, 0, null, 2);
    const after = loadReportEditor(t.db, 2018, "D1");
    // The checklist stays beside the block while this year's text is written.
    expect(after.ok && after.data.measures.outlook_plans?.items).toEqual(["继续扩大公开，上年公开100条", "加强培训"]);
  });
});

describe("part 五's checklist is what was published last year", () => {
  test("last year's latest published version wins over a draft edited after publication", () => {
    const D2plans = { prose: { outlook_plans: para("发布时的打算。") }, headings: {} };
    t.sqlite
      .prepare(
        `insert into report_publications (cycle_id, org_id, version, draft_version, compiled, title, snapshot_json, data_sha256, pdf, pdf_sha256,
           publisher, written_date, published_at, signer_name, signed_at, secrecy_name, secrecy_at)
         values (?, ?, 1, 1, 0, 't', ?, 'x', x'00', 'x', 'p', '2018-03-01', 1, 's', 1, 's', 1)`,
      )
      .run(c2017.id, D2, JSON.stringify({ narrative: { draftVersion: 1, doc: D2plans } }));
    saveReportDraft(t.db, c2017.id, D2, "area", { prose: { outlook_plans: para("发布后改过的草稿。") }, headings: {} }, 0, null, 6);
    const editor = loadReportEditor(t.db, 2018, "D2");
    expect(editor.ok && editor.data.measures).toEqual({ outlook_plans: { year: 2017, items: ["发布时的打算"] } });
  });
});

describe("the similarity check", () => {
  const roster = buildTree(getRoster(t.db, c2018.id));
  test("flags another unit's near copy and last year's own text; ignores reports without written prose", () => {
    saveReportDraft(t.db, c2018.id, D1, "area", { prose: { overview: para(long) }, headings: {} }, 1, null, 3);
    saveReportDraft(t.db, c2018.id, D2, "area", { prose: { overview: para(long.replace("本机关", "我厅")) }, headings: {} }, 0, null, 4);
    saveReportDraft(t.db, c2017.id, D1, "area", { prose: { overview: para(long) }, headings: {} }, 1, null, 5);
    const r = reportSimilarity(t.db, c2018, roster, roster.byCode.get("D1")!, "area");
    expect(r.findings.map((f) => [f.kind, f.label])).toEqual([
      ["previous-year", "本单位2017年度报告"],
      ["same-cycle", "区教育厅2018年度报告"],
    ]);
    expect(r.findings[0]!.ratio).toBe(1);
    // A unit that wrote nothing is compared with nobody.
    expect(reportSimilarity(t.db, c2018, roster, roster.byCode.get("L1C1")!, "area").findings).toEqual([]);
  });
});
