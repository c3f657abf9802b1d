/**
 * Every audit row of a request carries its address (logout and the 通报 export had none), and a
 * `%` in a path parameter is data, not an escape: Next has decoded the parameter once, and a
 * second decoding threw (HTTP 500).
 */
import { describe, expect, it, vi } from "vitest";
import { harness } from "../review/harness";

vi.mock("server-only", () => ({}));
vi.mock("@/server/next/current-user", async () => (await import("../review/harness")).sessionModule());
vi.mock("@/server/next/request-info", async () => (await import("../review/harness")).requestInfoModule("192.0.2.10"));

const { GET: notice } = await import("@/app/api/review/[year]/notice/route");
const { GET: reportPdf } = await import("@/app/api/reports/[year]/[orgCode]/pdf/route");
const { GET: slip } = await import("@/app/api/stats/[year]/[orgCode]/slip/route");
const { GET: attachments } = await import("@/app/api/stats/[year]/[orgCode]/attachments/route");
const { GET: attachment } = await import("@/app/api/stats/[year]/[orgCode]/attachments/[id]/route");
const { GET: cells } = await import("@/app/api/stats/[year]/[orgCode]/cells/[cellCode]/route");
const { GET: publicFile } = await import("@/app/public/reports/[year]/[orgCode]/[file]/route");
const { endSession } = await import("@/server/login/logout");

const YEAR = 2036;
const h = harness({ year: YEAR });
const reviewer = h.user("ap-r", "赵审核", "R", "reviewer");
const lastAudit = (action: string) => h.sqlite.prepare("select ip from audit_log where action = ? order by id desc limit 1").get(action) as { ip: string | null } | undefined;

describe("audit rows carry the request's address", () => {
  it("the 通报 export", async () => {
    h.as(reviewer);
    const res = await notice(new Request(`http://x/api/review/${YEAR}/notice`), h.params({ year: String(YEAR) }));
    expect(res.status).toBe(200);
    expect(lastAudit("review.notice.export")).toEqual({ ip: "192.0.2.10" });
  });

  it("logout", () => {
    endSession(h.db, reviewer, { at: Date.now(), ip: "192.0.2.10" });
    expect(lastAudit("logout")).toEqual({ ip: "192.0.2.10" });
  });
});

describe("a % in a path parameter", () => {
  const raw = "%"; // what Next hands over for /…/%25/…
  it.each([
    { label: "the public PDF", call: () => publicFile(new Request("http://x/public/reports/2036/%25/v1.pdf"), h.params({ year: String(YEAR), orgCode: raw, file: "v1.pdf" })), status: 404 },
    { label: "the report PDF", call: () => reportPdf(new Request("http://x/"), h.params({ year: String(YEAR), orgCode: raw })), status: 403 },
    { label: "the 报送单", call: () => slip(new Request("http://x/"), h.params({ year: String(YEAR), orgCode: raw })), status: 403 },
    { label: "the attachments", call: () => attachments(new Request("http://x/"), h.params({ year: String(YEAR), orgCode: raw })), status: 403 },
    { label: "one attachment", call: () => attachment(new Request("http://x/"), h.params({ year: String(YEAR), orgCode: raw, id: "%" })), status: 403 },
    { label: "a cell's drill-down", call: () => cells(new Request("http://x/"), h.params({ year: String(YEAR), orgCode: "D1", cellCode: raw })), status: 404 },
  ])("$label answers $status, not 500", async ({ call, status }) => {
    h.as(reviewer);
    const res = await call();
    expect(res.status).toBe(status);
    expect((await res.json()).error).toMatch(/\p{Script=Han}/u);
  });
});
