import { describe, expect, it } from "vitest";
import { EMPTY_REPORT_PREFACE, reportPrefaceSchema } from "@/lib/validation/report-fields";

/** The 下载网址 becomes a link in the report and on the page: only web addresses. */
describe("reportPrefaceSchema.downloadUrl", () => {
  const parse = (downloadUrl: string) => reportPrefaceSchema.safeParse({ ...EMPTY_REPORT_PREFACE, downloadUrl });
  it.each([
    ["", true],
    ["http://www.nmg.gov.cn", true],
    ["https://www.nmg.gov.cn/zwgk/zfxxgk/", true],
    ["www.nmg.gov.cn", true],
    ["www.nmg.gov.cn:8080/zfxxgk", true],
    ["javascript:alert(document.cookie)", false],
    ["JavaScript:alert(1)", false],
    ["data:text/html;base64,PHNjcmlwdD4=", false],
    ["vbscript:msgbox(1)", false],
    ["file:///etc/passwd", false],
    ["ftp://example.org/x", false],
    ["http:// broken", false],
  ])("%s → %s", (url, ok) => {
    const r = parse(url);
    expect(r.success).toBe(ok);
    if (!ok) expect(r.error!.issues[0]!.message).toMatch(/下载网址/);
  });
});
