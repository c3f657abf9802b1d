import fs from "node:fs";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import type { ReportDocument } from "@/lib/report";
import { formatScaled } from "@/lib/values";
import type { CurrentUser } from "@/server/kernel/caller";
import { loadReportDocument } from "@/server/reports/report-document";
import { routeWorld } from "./route-world";
import { session } from "../review/harness";
import { SKIP_OFFICE, renderedText } from "./office";
import { LEAVES_2021, orgsCsv, submissionsCsv, sumOver, synthetic2021 } from "../../unit/report/synthetic-2021";

/**
 * The report as .docx, through its route, on a 2021-format region (示例省, synthetic figures loaded
 * by the CLI): the package is unzipped and its XML read as Word reads it.
 */
vi.mock("server-only", () => ({}));
vi.mock("@/server/next/current-user", async () => (await import("../review/harness")).sessionModule());
vi.mock("@/server/next/request-info", async () => (await import("../review/harness")).requestInfoModule());

const { GET: docxRoute } = await import("@/app/api/reports/[year]/[orgCode]/report.docx/route");

const w = routeWorld("report-docx");
const { tmp } = w;
const data = synthetic2021();
let reviewer: CurrentUser;
let filler: CurrentUser;
let doc: ReportDocument;
let parts: Record<string, string> = {};
let headers: Headers;
let bytes: Uint8Array;

const cli = (args: string[]) => void w.cli(args);

const get = (orgCode: string, query = "") =>
  docxRoute(new Request(`http://localhost/api/reports/2021/${orgCode}/report.docx${query}`), { params: Promise.resolve({ year: "2021", orgCode }) });

/** Each <w:p> of a part: its style and its text. */
function paragraphs(xml: string): { style: string | null; text: string; xml: string }[] {
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([p]) => ({
    style: /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? null,
    text: [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""),
    xml: p,
  }));
}

/** The <w:tc> holding a text, with its properties. */
const tableCell = (xml: string, text: string) => [...xml.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([c]) => c).find((c) => c.includes(`>${text}</w:t>`));

beforeAll(async () => {
  fs.writeFileSync(path.join(tmp, "orgs.csv"), orgsCsv());
  cli(["orgs:import", "orgs.csv"]);
  for (const year of [2020, 2021] as const) {
    cli(["cycle:create", "--year", String(year), "--template", "gov-disclosure-2021"]);
    fs.writeFileSync(path.join(tmp, `submissions-${year}.csv`), submissionsCsv(data[year]));
    cli(["submissions:import", "--year", String(year), "--status", "approved", `submissions-${year}.csv`]);
  }
  w.open();
  reviewer = w.userAt("990000", "reviewer");
  filler = w.userAt("990000-01", "filler");
  const built = loadReportDocument(w.db(), 2021, "990000");
  if (!built.ok) throw new Error(built.message);
  doc = built.doc;
  session.user = reviewer;
  const res = await get("990000");
  expect(res.status).toBe(200);
  headers = res.headers;
  bytes = new Uint8Array(await res.arrayBuffer());
  const zip = unzipSync(bytes);
  parts = Object.fromEntries(Object.entries(zip).filter(([name]) => name.endsWith(".xml")).map(([name, bytes]) => [name, strFromU8(bytes)]));
}, 90_000);

afterAll(() => w.close());

describe("GET /api/reports/{year}/{orgCode}/report.docx", () => {
  test("a Word document named as the PDF", () => {
    expect(headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(headers.get("content-disposition")).toBe(
      `attachment; filename="report-2021-990000.docx"; filename*=UTF-8''${encodeURIComponent("2021年示例省政府信息公开工作年度报告.docx")}`,
    );
    expect(Object.keys(parts)).toEqual(expect.arrayContaining(["word/document.xml", "word/styles.xml", "word/footer1.xml", "[Content_Types].xml"]));
  });

  test("A4 with the GB/T 9704 margins 37/28/26/35 mm in twips", () => {
    const xml = parts["word/document.xml"]!;
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const mar = /<w:pgMar ([^>]*)\/>/.exec(xml)![1]!;
    expect(mar).toContain('w:top="2098"');
    expect(mar).toContain('w:left="1587"');
    expect(mar).toContain('w:right="1474"');
    expect(mar).toContain('w:bottom="1984"');
  });

  test("the title in 小标宋, headings 一、 as Heading 1 (黑体) and （一） as Heading 2 (楷体), body 仿宋_GB2312", () => {
    const ps = paragraphs(parts["word/document.xml"]!);
    expect(ps[0]!.text).toBe(doc.title);
    expect(ps[0]!.xml).toContain('w:eastAsia="方正小标宋简体"');
    const headings = doc.blocks.flatMap((b) => (b.kind === "heading" ? [b] : []));
    expect(headings.filter((h) => h.level === 1).length).toBeGreaterThanOrEqual(5);
    expect(headings.some((h) => h.level === 2)).toBe(true);
    for (const h of headings) expect(ps.find((p) => p.text === h.text)?.style, h.text).toBe(`Heading${h.level}`);
    const styles = parts["word/styles.xml"]!;
    const style = (id: string) => new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? "";
    expect(style("Heading1")).toContain('w:eastAsia="黑体"');
    expect(style("Heading2")).toContain('w:eastAsia="楷体_GB2312"');
    expect(/<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)![0]).toContain('w:eastAsia="仿宋_GB2312"');
    const body = ps.find((p) => p.style === null && p.text.length > 40)!;
    expect(body.xml).toContain('w:eastAsia="仿宋_GB2312"');
  });

  test("附表 as Word tables: merged header cells (gridSpan, vMerge) and values as printed, no thousands separators", () => {
    const xml = parts["word/document.xml"]!;
    expect(xml.match(/<w:tbl>/g)!.length).toBeGreaterThanOrEqual(5);
    expect(tableCell(xml, "申请人情况")).toContain('<w:gridSpan w:val="7"/>');
    expect(tableCell(xml, "法人或其他组织")).toContain('<w:gridSpan w:val="5"/>');
    expect(tableCell(xml, "自然人")).toMatch(/<w:vMerge w:val="restart"\/>/);
    expect(tableCell(xml, "三、本年度办理结果")).toMatch(/<w:vMerge w:val="restart"\/>/);
    expect(xml.match(/<w:vMerge\/>|<w:vMerge w:val="continue"\/>/g)!.length).toBeGreaterThanOrEqual(21);
    // The header rows repeat on every page a table runs onto.
    expect(xml).toContain("<w:tblHeader/>");
    const leaves = LEAVES_2021.map((c) => data[2021].get(c)!);
    const r1 = formatScaled(sumOver(leaves, ["R1.tot"]), 0);
    const fee = formatScaled(sumOver(leaves, ["P8.fee"]), 4);
    const tableTexts = [...xml.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map(([c]) => paragraphs(c).map((p) => p.text).join(""));
    expect(tableTexts).toContain(r1);
    expect(tableTexts).toContain(fee);
    expect(tableTexts.filter((t) => /^\d{1,3}(,\d{3})+/.test(t))).toEqual([]);
  });

  test("the footer's page number is — N —, a PAGE field", () => {
    const footer = parts["word/footer1.xml"]!;
    expect(footer).toMatch(/<w:t xml:space="preserve">— <\/w:t>[\s\S]*<w:instrText[^>]*>PAGE<\/w:instrText>[\s\S]*<w:t xml:space="preserve"> —<\/w:t>/);
    expect(footer).toContain('<w:jc w:val="center"/>');
    expect(parts["word/document.xml"]).toMatch(/<w:footerReference w:type="default"/);
  });

  test("report.read is required (403 for another unit's 填报员, the same for an unknown unit); no session 401; a bad ?coverage 400", async () => {
    session.user = filler;
    const refused = await get("990000");
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ error: "您没有查看该单位年度报告的权限" });
    expect((await get("no-such")).status).toBe(403);
    session.user = null;
    expect((await get("990000")).status).toBe(401);
    session.user = reviewer;
    expect((await get("990000", "?coverage=everything")).status).toBe(400);
  });

  test.skipIf(SKIP_OFFICE)("LibreOffice opens it: A4 pages numbered — N —, the title, headings and the 附表's figures", () => {
    const { text, pages, size } = renderedText(bytes, "report.docx");
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(size).toMatch(/\(A4\)/);
    const flat = text.replace(/\s+/g, "");
    expect(flat).toContain(doc.title.replace(/\s+/g, ""));
    for (const n of [1, pages]) expect(text).toMatch(new RegExp(`—\\s*${n}\\s*—`));
    expect(flat).toContain("申请人情况");
    const leaves = LEAVES_2021.map((c) => data[2021].get(c)!);
    expect(text).toMatch(new RegExp(`\\b${formatScaled(sumOver(leaves, ["P8.fee"]), 4).replace(".", "\\.")}\\b`));
  }, 200_000);
});
