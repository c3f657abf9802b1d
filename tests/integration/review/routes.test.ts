import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { replaceSubmissions } from "@/db/mutations/submissions";
import { getWorkflowState } from "@/db/queries/workflow-state";
import { count } from "../db/helpers";
import { compactText } from "../report/pdf-tools";
import { harness, insertPublication } from "./harness";

vi.mock("server-only", () => ({}));
vi.mock("@/server/next/current-user", async () => {
  const { session: s } = await import("./harness");
  return { lookupSession: async () => (s.user ? { user: s.user } : { user: null, expired: false }) };
});
vi.mock("@/server/next/request-info", () => ({ requestInfo: async () => ({ ip: "127.0.0.1", userAgent: null }) }));

const { POST: signoffRoute } = await import("@/app/api/stats/[year]/[orgCode]/signoff/route");
const { GET: slipRoute } = await import("@/app/api/stats/[year]/[orgCode]/slip/route");
const { POST: uploadRoute, GET: listRoute } = await import("@/app/api/stats/[year]/[orgCode]/attachments/route");
const { GET: downloadRoute } = await import("@/app/api/stats/[year]/[orgCode]/attachments/[id]/route");
const { POST: bulkRoute } = await import("@/app/api/review/[year]/approve/route");
const { GET: noticeRoute } = await import("@/app/api/review/[year]/notice/route");

const YEAR = 2030;
const BASE = `http://localhost/api/stats/${YEAR}`;
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);
/** 2018 values with every sum consistent and no warning firing. */
const VALUES = { A1: 120n, C1: 10n, "C1.1": 4n, "C1.2": 0n, "C1.3": 6n, "C1.4": 0n, C2: 10n };

function setup() {
  const h = harness({ year: YEAR, deadlines: { "department.submit": "2020-01-01" } });
  const filler = h.user("f1", "王填报", "D1", "filler");
  const signer = h.user("s1", "李签发", "D1", "signer");
  const reviewer = h.user("r", "赵审核", "R", "reviewer");
  const other = h.user("f2", "周填报", "D2", "filler");
  const save = (code: string, status: "draft" | "ready" | "submitted", values = VALUES) =>
    replaceSubmissions(h.db, h.cycle.id, [{ orgId: h.id(code), status, values }], filler.id, Date.now());
  const json = (url: string, body: unknown) => new Request(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const upload = (code: string, name: string, bytes: Buffer, extra: Record<string, string> = {}) => {
    const form = new FormData();
    form.append("file", new Blob([new Uint8Array(bytes)]), name);
    for (const [k, v] of Object.entries(extra)) form.append(k, v);
    return uploadRoute(new Request(`${BASE}/${code}/attachments`, { method: "POST", body: form }), h.params({ year: String(YEAR), orgCode: code }));
  };
  const signOff = async (code: string, version = 1) => {
    h.as(signer);
    return signoffRoute(json(`${BASE}/${code}/signoff`, { version }), h.params({ year: String(YEAR), orgCode: code }));
  };
  return { ...h, filler, signer, reviewer, other, save, json, upload, signOff };
}

let t: ReturnType<typeof setup>;
beforeEach(() => {
  t?.close();
  t = setup();
});
afterAll(async () => {
  t?.close();
  await (globalThis as { __nianbaoSlipPool?: { close(): Promise<void> } }).__nianbaoSlipPool?.close();
});

describe("GET …/slip: the 报送单 of a signed version", () => {
  it("is a PDF with the unit, the signer, the figures and the seal box; readable by the unit and its reviewer only", async () => {
    t.save("D1", "ready");
    expect((await t.signOff("D1")).status).toBe(200);
    const get = (version?: string) => slipRoute(new Request(`${BASE}/D1/slip${version ? `?version=${version}` : ""}`), t.params({ year: String(YEAR), orgCode: "D1" }));

    t.as(t.filler);
    const res = await get("1");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toContain(`filename*=UTF-8''${encodeURIComponent("2030年度区发改委统计数据报送单（第1版）.pdf")}`);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "slip-")), "slip.pdf");
    fs.writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const text = compactText(file);
    for (const s of ["2030年度政府信息公开工作统计数据报送单", "区发改委", "D1", "李签发", "第1版", "120条", "（单位盖章）", "逾期"]) expect(text).toContain(s);

    t.as(t.reviewer);
    expect((await get()).status).toBe(200);
    t.as(t.other);
    expect((await get()).status).toBe(403);
    t.as(null);
    expect((await get()).status).toBe(401);
  }, 60_000);

  it("an unsigned version is refused with 409", async () => {
    t.save("D1", "ready");
    t.as(t.filler);
    const res = await slipRoute(new Request(`${BASE}/D1/slip`), t.params({ year: String(YEAR), orgCode: "D1" }));
    expect(res.status).toBe(409);
    expect((await res.json()).error).toMatch(/尚未签发/);
  });
});

describe("POST …/attachments: the sealed scan", () => {
  it("the unit uploads a PNG to its signed version; list and download give it back, with time and uploader", async () => {
    t.save("D1", "ready");
    await t.signOff("D1");
    t.as(t.filler);
    const res = await t.upload("D1", "C:\\扫描\\报送单盖章.png", PNG);
    expect(res.status).toBe(201);
    const saved = await res.json();
    expect(saved).toMatchObject({ version: 1, fileName: "报送单盖章.png", mime: "image/png", size: PNG.length, uploaderName: "王填报" });

    t.as(t.reviewer);
    const list = await (await listRoute(new Request(`${BASE}/D1/attachments`), t.params({ year: String(YEAR), orgCode: "D1" }))).json();
    expect(list.files).toHaveLength(1);
    expect(list.files[0]).toMatchObject({ id: saved.id, fileName: "报送单盖章.png", uploaderName: "王填报" });
    const dl = await downloadRoute(new Request(`http://localhost${list.files[0].url}`), t.params({ year: String(YEAR), orgCode: "D1", id: String(saved.id) }));
    expect(dl.status).toBe(200);
    expect(dl.headers.get("content-type")).toBe("image/png");
    expect(Buffer.from(await dl.arrayBuffer())).toEqual(PNG);
    // Another unit's reader cannot fetch it, even through its own unit's URL.
    t.as(t.other);
    expect((await downloadRoute(new Request(`http://localhost${list.files[0].url}`), t.params({ year: String(YEAR), orgCode: "D1", id: String(saved.id) }))).status).toBe(403);
    expect((await downloadRoute(new Request(`http://localhost${list.files[0].url}`), t.params({ year: String(YEAR), orgCode: "D2", id: String(saved.id) }))).status).toBe(404);
    const audits = t.sqlite.prepare(`select detail_json from audit_log where action = 'stats.attachment.upload'`).all() as { detail_json: string }[];
    expect(audits.map((a) => JSON.parse(a.detail_json))).toMatchObject([{ attachmentId: saved.id, version: 1, sha256: saved.sha256 }]);
  });

  it.each([
    { label: "a Word file renamed .pdf → 422", who: "filler", code: "D1", signed: true, name: "x.pdf", bytes: Buffer.from("PK\x03\x04word"), status: 422, error: /只能上传 PDF、JPEG 或 PNG/ },
    { label: "an empty file → 422", who: "filler", code: "D1", signed: true, name: "x.pdf", bytes: Buffer.alloc(0), status: 422, error: /空的/ },
    { label: "too large → 413", who: "filler", code: "D1", signed: true, name: "x.pdf", bytes: Buffer.concat([Buffer.from("%PDF-"), Buffer.alloc(10 * 1024 * 1024)]), status: 413, error: /不能超过 10 MB/ },
    { label: "another unit → 403", who: "other", code: "D1", signed: true, name: "x.png", bytes: PNG, status: 403, error: /没有权限/ },
    { label: "the reviewer (not the unit) → 403", who: "reviewer", code: "D1", signed: true, name: "x.png", bytes: PNG, status: 403, error: /没有权限/ },
    { label: "an unsigned version → 409", who: "filler", code: "D1", signed: false, name: "x.png", bytes: PNG, status: 409, error: /只有已签发报送/ },
  ])("$label, nothing stored", async ({ who, code, signed, name, bytes, status, error }) => {
    t.save("D1", "ready");
    if (signed) await t.signOff("D1");
    t.as(t.users.get({ filler: "f1", other: "f2", reviewer: "r" }[who]!)!);
    const res = await t.upload(code, name, bytes);
    expect(res.status).toBe(status);
    expect((await res.json()).error).toMatch(error);
    expect(count(t, "attachments")).toBe(0);
  });

  it("a stale version → 409", async () => {
    t.save("D1", "ready");
    await t.signOff("D1");
    t.as(t.filler);
    const res = await t.upload("D1", "x.png", PNG, { version: "7" });
    expect(res.status).toBe(409);
    expect(count(t, "attachments")).toBe(0);
  });
});

describe("POST /api/review/{year}/approve: 批量通过, all or nothing", () => {
  const bulk = (items: { orgCode: string; version: number }[]) =>
    bulkRoute(t.json(`http://localhost/api/review/${YEAR}/approve`, { items }), t.params({ year: String(YEAR) }));

  it("one unit not submitted: 409 naming it, nobody approved", async () => {
    t.save("D1", "submitted");
    t.save("D2", "draft");
    t.as(t.reviewer);
    const res = await bulk([
      { orgCode: "D1", version: 1 },
      { orgCode: "D2", version: 1 },
    ]);
    expect(res.status).toBe(409);
    const body = await res.json();
    expect(body.error).toBe("有 1 个单位不能审核通过，未通过任何单位");
    expect(body.fieldErrors.refused).toEqual([expect.stringMatching(/^区教育厅（D2）：/)]);
    expect(getWorkflowState(t.db, t.cycle.id, t.id("D1"))!.status).toBe("submitted");
    expect(count(t, "audit_log")).toBe(0);
  });

  it("all submitted: each approved and audited on its own", async () => {
    t.save("D1", "submitted");
    t.save("D2", "submitted");
    t.as(t.reviewer);
    const res = await bulk([
      { orgCode: "D1", version: 1 },
      { orgCode: "D2", version: 1 },
    ]);
    expect(res.status).toBe(200);
    expect((await res.json()).approved.map((a: { orgCode: string }) => a.orgCode)).toEqual(["D1", "D2"]);
    for (const code of ["D1", "D2"]) expect(getWorkflowState(t.db, t.cycle.id, t.id(code))!.status).toBe("approved");
    const audits = t.sqlite.prepare(`select target_id, detail_json from audit_log where action = 'stats.approve' order by id`).all() as { target_id: string; detail_json: string }[];
    expect(audits.map((a) => [a.target_id, JSON.parse(a.detail_json).bulk])).toEqual([
      [`${YEAR}/D1`, true],
      [`${YEAR}/D2`, true],
    ]);
  });

  it("a unit the reviewer may not review (a grandchild) → 403, nothing approved", async () => {
    t.save("D1", "submitted");
    t.save("L1C1", "submitted");
    t.as(t.reviewer);
    const res = await bulk([
      { orgCode: "D1", version: 1 },
      { orgCode: "L1C1", version: 1 },
    ]);
    expect(res.status).toBe(403);
    expect(getWorkflowState(t.db, t.cycle.id, t.id("D1"))!.status).toBe("submitted");
  });

  it("a unit's filler cannot bulk-approve itself", async () => {
    t.save("D1", "submitted");
    t.as(t.filler);
    expect((await bulk([{ orgCode: "D1", version: 1 }])).status).toBe(403);
  });
});

describe("GET /api/review/{year}/notice: the draft 通报", () => {
  it("lists the direct children that are 逾期 or unpublished; read back with exceljs", async () => {
    t.save("D1", "ready");
    await t.signOff("D1"); // signed after the 2020-01-01 deadline: 逾期
    insertPublication(t, { cycleId: t.cycle.id, orgId: t.id("D1"), version: 1, publishedAt: Date.parse("2031-02-01T02:00:00Z"), officialUrl: "https://example.gov.cn/d1", officialDate: "2031-02-02" });
    t.as(t.reviewer);
    const res = await noticeRoute(new Request(`http://localhost/api/review/${YEAR}/notice`), t.params({ year: String(YEAR) }));
    expect(res.status).toBe(200);
    // The cycle's title once: no "年度年度".
    expect(res.headers.get("content-disposition")).toContain(encodeURIComponent("2030年度政府信息公开工作年度报告报送情况通报（草稿）.xlsx"));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await res.arrayBuffer()) as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const rows: string[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ""))));
    expect(rows[0]![0]).toBe("关于2030年度政府信息公开工作年度报告报送情况的通报（草稿）");
    expect(ws.getCell(1, 5).isMerged).toBe(true);
    expect(rows[1]).toEqual(["单位", "状态", "截止日期", "报送时间/逾期时长", "报告发布情况"]);
    // 呼和浩特市 is unsent and unpublished but has no deadline: nothing late to report.
    const body = rows.slice(2, 4);
    expect(body.map((r) => r[0])).toEqual(["区发改委（D1）", "区教育厅（D2）"]);
    expect(rows[4]![0]).toMatch(/^制表日期：/);
    expect(body[0]![3]).toMatch(/逾期 \d+天/);
    expect(body[0]![4]).toBe("已发布（2031-02-02，https://example.gov.cn/d1）");
    expect(body[1]!.slice(1)).toEqual(["未填报", "2020-01-01", expect.stringMatching(/^未报送（已逾期 \d+天/), "未发布"]);
  });

  it("refuses someone who reviews nobody", async () => {
    t.as(t.filler);
    expect((await noticeRoute(new Request(`http://localhost/api/review/${YEAR}/notice`), t.params({ year: String(YEAR) }))).status).toBe(403);
  });
});
