import { describe, expect, it } from "vitest";
import { buildNotice, cleanScanName, publicationLate, publicationText, sniffScanType, type NoticeUnit } from "@/lib/review";
import { contentDisposition } from "@/lib/http/content-disposition";

const bytes = (...b: number[]) => new Uint8Array([...b, 0, 0, 0]);
const text = (t: string) => new TextEncoder().encode(t);
/** The smallest shape a reader takes for a PDF: header, body, %%EOF. */
const minimalPdf = (body = "1 0 obj << /Type /Catalog >> endobj") => text(`%PDF-1.7\n${body}\ntrailer << /Root 1 0 R >>\n%%EOF\n`);

describe("sniffScanType: by magic bytes only", () => {
  it.each([
    { label: "PDF", data: minimalPdf(), mime: "application/pdf" },
    { label: "PDF 2.0 with a binary comment line", data: text("%PDF-2.0\n%\u00e2\u00e3\n1 0 obj endobj\n%%EOF"), mime: "application/pdf" },
    { label: "%PDF- followed by HTML", data: text("%PDF-1.7\n<html><body><script>alert(1)</script></body></html>\n%%EOF"), mime: null },
    { label: "%PDF- followed by an SVG", data: minimalPdf("<svg onload=alert(1)>"), mime: null },
    { label: "%PDF- with no end marker", data: text("%PDF-1.7\n1 0 obj endobj\n"), mime: null },
    { label: "%PDF- with no version", data: text("%PDF-\n%%EOF"), mime: null },
    { label: "JPEG", data: bytes(0xff, 0xd8, 0xff, 0xe0), mime: "image/jpeg" },
    { label: "PNG", data: bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), mime: "image/png" },
    { label: "a Word file", data: bytes(0x50, 0x4b, 0x03, 0x04), mime: null },
    { label: "text calling itself PDF", data: new TextEncoder().encode("PDF-1.7"), mime: null },
    { label: "a truncated PNG signature", data: new Uint8Array([0x89, 0x50, 0x4e]), mime: null },
    { label: "empty", data: new Uint8Array(), mime: null },
  ])("$label", ({ data, mime }) => {
    expect(sniffScanType(data)?.mime ?? null).toBe(mime);
  });
});

describe("cleanScanName", () => {
  const pdf = sniffScanType(minimalPdf())!;
  it.each([
    ["报送单盖章.pdf", "报送单盖章.pdf"],
    ["C:\\scans\\报送单.PDF", "报送单.pdf"],
    ["../../etc/passwd", "passwd.pdf"],
    ['a"b\n<c>.jpg', "abc.pdf"],
    ["", "盖章扫描件.pdf"],
    ["invoice\u202Efdp.pdf", "invoicefdp.pdf"],
    ["\u2067报送单\u2069\u200B.pdf", "报送单.pdf"],
    ["\u202E\u202E", "盖章扫描件.pdf"],
  ])("%s → %s", (name, expected) => {
    expect(cleanScanName(name, pdf)).toBe(expected);
  });
});

describe("contentDisposition (RFC 5987)", () => {
  it("carries the UTF-8 name and an ASCII fallback", () => {
    expect(contentDisposition("2030年度报送单.pdf", "slip-2030.pdf")).toBe(
      `attachment; filename="slip-2030.pdf"; filename*=UTF-8''2030%E5%B9%B4%E5%BA%A6%E6%8A%A5%E9%80%81%E5%8D%95.pdf`,
    );
    expect(decodeURIComponent(contentDisposition("（第1版）'x'.pdf", "a.pdf").split("''")[1]!)).toBe("（第1版）'x'.pdf");
    expect(contentDisposition("x", 'a"b.pdf', "inline")).toBe(`inline; filename="a_b.pdf"; filename*=UTF-8''x`);
  });
});

describe("buildNotice: the units 逾期, or late with their report", () => {
  const unit = (over: Partial<NoticeUnit>): NoticeUnit => ({
    code: "D1",
    name: "区发改委",
    statusLabel: "已通过",
    deadline: "2031-01-31",
    sentAt: "2031-01-20 10:00",
    lateBy: null,
    publication: { date: "2031-02-01", url: "https://example.gov.cn/a", lateBy: null },
    publishDeadline: null,
    publishOverdue: null,
    ...over,
  });

  it("keeps only late units, with the title and columns; unpublished before any deadline is no fault", () => {
    const n = buildNotice(2030, [
      unit({}),
      unit({ code: "D2", name: "区教育厅", lateBy: "2天", sentAt: "2031-02-02 09:00" }),
      unit({ code: "D3", name: "区民政厅", statusLabel: "草稿", sentAt: null, lateBy: "3天", publication: null }),
      unit({ code: "D4", name: "区卫健委", publication: null }),
    ]);
    expect(n.title).toBe("关于2030年度政府信息公开工作年度报告报送情况的通报（草稿）");
    expect(n.columns).toEqual(["单位", "状态", "截止日期", "报送时间/逾期时长", "报告发布情况"]);
    expect(n.rows).toEqual([
      { unit: "区教育厅（D2）", status: "已通过", deadline: "2031-01-31", timing: "2031-02-02 09:00（逾期 2天）", publication: "已发布（2031-02-01，https://example.gov.cn/a）" },
      { unit: "区民政厅（D3）", status: "草稿", deadline: "2031-01-31", timing: "未报送（已逾期 3天）", publication: "未发布" },
    ]);
  });

  it("lists a unit sent on time that published its report late or is unpublished past the publish deadline, not one still before it", () => {
    const n = buildNotice(2030, [
      unit({ publishDeadline: "2031-01-31" }),
      unit({ code: "D5", name: "区财政厅", publishDeadline: "2031-01-31", publication: { date: "2031-02-05", url: null, lateBy: "4天" } }),
      unit({ code: "D6", name: "区司法厅", publishDeadline: "2031-01-31", publication: null, publishOverdue: "3天" }),
      unit({ code: "D7", name: "区审计厅", publishDeadline: "2031-03-01", publication: null }),
    ]);
    expect(n.rows.map((r) => [r.unit, r.publication])).toEqual([
      ["区财政厅（D5）", "已发布（2031-02-05，逾期 4天）"],
      ["区司法厅（D6）", "未发布（发布期限 2031-01-31，已逾期 3天）"],
    ]);
  });
});

describe("publicationText and publicationLate", () => {
  it.each([
    { label: "published on time with its URL", u: { publication: { date: "2031-01-30", url: "https://a.gov.cn/r", lateBy: null }, publishDeadline: "2031-01-31", publishOverdue: null }, text: "已发布（2031-01-30，https://a.gov.cn/r）", late: false },
    { label: "published late with its URL", u: { publication: { date: "2031-02-02", url: "https://a.gov.cn/r", lateBy: "1天" }, publishDeadline: "2031-01-31", publishOverdue: null }, text: "已发布（2031-02-02，https://a.gov.cn/r，逾期 1天）", late: true },
    { label: "unpublished, overdue", u: { publication: null, publishDeadline: "2031-01-31", publishOverdue: "2天5小时" }, text: "未发布（发布期限 2031-01-31，已逾期 2天5小时）", late: true },
    { label: "unpublished, deadline ahead", u: { publication: null, publishDeadline: "2031-01-31", publishOverdue: null }, text: "未发布（发布期限 2031-01-31）", late: false },
    { label: "unpublished, no deadline set", u: { publication: null, publishDeadline: null, publishOverdue: null }, text: "未发布", late: false },
  ])("$label", ({ u, text, late }) => {
    expect(publicationText(u)).toBe(text);
    expect(publicationLate(u)).toBe(late);
  });
});
