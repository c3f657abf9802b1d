import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/server/kernel/caller";

vi.mock("server-only", () => ({}));
const session = vi.hoisted(() => ({ user: null as unknown }));
vi.mock("@/server/next/current-user", () => ({ lookupSession: async () => ({ user: session.user }) }));
vi.mock("@/server/next/request-info", () => ({ requestInfo: async () => ({ ip: "127.0.0.1", userAgent: null }) }));
// Renders in this thread (the worker pool is tested in tests/integration/report/render-in-worker.test.ts).
vi.mock("@/server/pdf/report-pool", () => import("../helpers/report-pool-mock").then((m) => m.reportPoolMock()));

const { execute } = await import("@/server/next/execute");
const { setClockOffset } = await import("@/server/kernel/clock");
const { signOffReport, confirmSecrecy } = await import("@/server/reports/publication/review");
const { publishReportCommand, correctReportCommand } = await import("@/server/reports/publication/publish");
const { recordOfficialPosting } = await import("@/server/reports/publication/official");
const { saveReportPreface } = await import("@/server/reports/save-preface");
const { EMPTY_REPORT_PREFACE } = await import("@/lib/validation/report-fields");
const { findPublished, packageResponse, pdfResponse } = await import("@/server/reports/publication/downloads");
const { flagKey, publicationDataFlags } = await import("@/server/reports/publication/data-flags");
const { listPublicationSummaries, listPublications } = await import("@/db/queries/report-publications");
const { world } = await import("./setup");

const sha = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");
const as = (u: unknown) => (session.user = u as CurrentUser);
let clock = 0;
/** Moves the server clock on, so each step is later than the one before (as between people). */
const later = () => setClockOffset((clock += 60_000));

type W = ReturnType<typeof world>;
const unit = { year: 2018, orgCode: "D1" };

async function approveSteps(w: W, draftVersion = 1) {
  as(w.signer);
  later();
  expect(await execute(signOffReport, { ...unit, draftVersion, note: "同意发布" })).toMatchObject({ ok: true });
  later();
  expect(await execute(confirmSecrecy, { ...unit, draftVersion, note: "经审查不涉及国家秘密" })).toMatchObject({ ok: true });
}

function bumpDraft(w: W, version: number) {
  w.sqlite
    .prepare(
      `insert into report_drafts (cycle_id, org_id, doc_json, version) values (?, ?, '{"type":"doc"}', ?)
       on conflict (cycle_id, org_id, coverage) do update set version = excluded.version`,
    )
    .run(w.cycle.id, w.id("D1"), version);
}

/** What the 2018 format requires written (概述, 存在问题, 工作打算): both reports below start with it as draft 1. */
const WRITTEN = {
  prose: {
    overview: [[{ text: "本年度政府信息公开工作总体情况良好。" }]],
    outlook_problems: [[{ text: "公开的深度还需加强。" }]],
    outlook_plans: [[{ text: "下一年度继续推进公开工作。" }]],
  },
  headings: {},
};

let w: W;
beforeEach(() => {
  process.env.NIANBAO_TEST_HOOKS = "1";
  w = world();
  for (const code of ["D1", "R"]) {
    w.sqlite.prepare("insert into report_drafts (cycle_id, org_id, doc_json, version) values (?, ?, ?, 1)").run(w.cycle.id, w.id(code), JSON.stringify(WRITTEN));
  }
});
afterEach(() => {
  w.close();
  delete (globalThis as { __nianbaoDb?: unknown }).__nianbaoDb;
});

describe("publishing needs 签发 and 保密审查 on the current draft", () => {
  it("publish without 签发 is refused with the reason; nothing is stored", async () => {
    as(w.signer);
    const r = await execute(publishReportCommand, { ...unit, draftVersion: 1 });
    expect(r).toMatchObject({ ok: false, status: 409 });
    expect(!r.ok && r.error).toContain("尚未签发");
    expect(!r.ok && r.error).toContain("尚未确认保密审查");
    expect(listPublications(w.db, w.cycle.id, w.id("D1"), "area")).toEqual([]);
  });

  it("the 填报员 can neither sign, confirm nor publish (403)", async () => {
    as(w.filler);
    for (const [cmd, input] of [
      [signOffReport, { ...unit, draftVersion: 1 }],
      [confirmSecrecy, { ...unit, draftVersion: 1, note: "x" }],
      [publishReportCommand, { ...unit, draftVersion: 1 }],
    ] as const) {
      expect(await execute(cmd as typeof signOffReport, input)).toMatchObject({ ok: false, status: 403 });
    }
  });

  it("another unit's 负责人 gets 403 on every step; an unknown unit too", async () => {
    as(w.otherSigner);
    expect(await execute(signOffReport, { ...unit, draftVersion: 1 })).toMatchObject({ ok: false, status: 403 });
    expect(await execute(publishReportCommand, { ...unit, draftVersion: 1 })).toMatchObject({ ok: false, status: 403 });
    expect(await execute(signOffReport, { year: 2018, orgCode: "NOPE", draftVersion: 1 })).toMatchObject({ ok: false, status: 403 });
  });

  it("a 签发 of an older draft does not count: the draft was saved after it", async () => {
    await approveSteps(w, 1);
    bumpDraft(w, 2);
    const stale = await execute(publishReportCommand, { ...unit, draftVersion: 1 });
    expect(stale).toMatchObject({ ok: false, status: 409 });
    expect(!stale.ok && stale.error).toContain("草稿已修改");
    const current = await execute(publishReportCommand, { ...unit, draftVersion: 2 });
    expect(!current.ok && current.error).toContain("签发针对的是第 1 稿，草稿已修改为第 2 稿");
    // Signing a version one has not seen is refused too.
    expect(await execute(signOffReport, { ...unit, draftVersion: 1 })).toMatchObject({ ok: false, status: 409 });
  });

  it("a bound figure that no longer resolves keeps the report from publication", async () => {
    const doc = { prose: { ...WRITTEN.prose, overview: [[{ text: "主动公开" }, { token: { kind: "figure", figure: "no_such_figure", part: "value" }, format: "wan" }]] }, headings: {} };
    w.sqlite.prepare("update report_drafts set doc_json = ?, version = 2 where cycle_id = ? and org_id = ?").run(JSON.stringify(doc), w.cycle.id, w.id("D1"));
    await approveSteps(w, 2);
    const r = await execute(publishReportCommand, { ...unit, draftVersion: 2 });
    expect(r).toMatchObject({ ok: false, status: 409 });
    expect(!r.ok && r.error).toContain("报告中有错误");
    expect(listPublications(w.db, w.cycle.id, w.id("D1"), "area")).toEqual([]);
  });

  it("figures that change after 签发 need a new 签发 before publication", async () => {
    await approveSteps(w);
    w.approve("D1", { ...w.figures.D1, ...{ [Object.keys(w.figures.D1)[0]!]: 7n } });
    later();
    const r = await execute(publishReportCommand, { ...unit, draftVersion: 1 });
    expect(r).toMatchObject({ ok: false, status: 409 });
    expect(!r.ok && r.error).toContain("须由本单位负责人重新签发");
    expect(listPublications(w.db, w.cycle.id, w.id("D1"), "area")).toEqual([]);
    // Signed (and confirmed) again on the new figures, it goes through.
    await approveSteps(w);
    later();
    expect(await execute(publishReportCommand, { ...unit, draftVersion: 1 })).toMatchObject({ ok: true });
  });

  it("a preface field changed after 签发 and 保密审查 voids both: publishing refuses until they are given again, and then prints the new field", async () => {
    await approveSteps(w);
    as(w.filler);
    later();
    expect(await execute(saveReportPreface, { ...EMPTY_REPORT_PREFACE, ...unit, contactOffice: "区发改委办公室", phone: "0471-6666666" })).toMatchObject({ ok: true });
    as(w.signer);
    later();
    const refused = await execute(publishReportCommand, { ...unit, draftVersion: 1 });
    expect(refused).toMatchObject({ ok: false, status: 409 });
    expect(!refused.ok && refused.error).toContain("签发后报告内容（前言字段、正文或数据）已变化");
    expect(!refused.ok && refused.error).toContain("保密审查确认后报告内容");
    expect(listPublications(w.db, w.cycle.id, w.id("D1"), "area")).toEqual([]);
    await approveSteps(w);
    later();
    expect(await execute(publishReportCommand, { ...unit, draftVersion: 1 })).toMatchObject({ ok: true, data: { version: 1 } });
    const text = JSON.stringify(JSON.parse(findPublished(w.db, 2018, "D1", 1)!.row.snapshotJson).document);
    expect(text).toContain("0471-6666666");
  });

  it("签发 waits for the prose the format requires; the refusal names each part", async () => {
    as(w.otherSigner);
    const r = await execute(signOffReport, { year: 2018, orgCode: "D2", draftVersion: 0 });
    expect(r).toMatchObject({ ok: false, status: 409 });
    expect(!r.ok && r.error).toContain("不能签发：以下必须撰写的内容尚未撰写：一、概述：概述本年度政府信息公开工作的总体情况和主要做法；五、存在问题及下一步工作打算：本年度工作存在的主要问题；");
  });

  it("a 保密审查 note is required (422 from the shared schema)", async () => {
    as(w.signer);
    const r = await execute(confirmSecrecy, { ...unit, draftVersion: 1, note: " " });
    expect(r).toMatchObject({ ok: false, status: 422, error: "请填写保密审查意见" });
  });
});

describe("a publication is frozen", () => {
  it("stores the PDF once with its SHA-256; later data changes leave PDF and package byte-identical", async () => {
    await approveSteps(w);
    later();
    const r = await execute(publishReportCommand, { ...unit, draftVersion: 1, indexNo: "11150000MB0000001/2019-00001", writtenDate: "2019-01-25" });
    expect(r.ok).toBe(true);
    const out = r.ok ? r.data : null;
    expect(out).toMatchObject({ version: 1 });

    const p = findPublished(w.db, 2018, "D1", 1)!;
    expect(p.row.pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(sha(p.row.pdf)).toBe(p.row.pdfSha256);
    expect(p.row.pdfSha256).toBe(out!.pdfSha256);
    expect(p.row).toMatchObject({ signerName: "李负责", secrecyName: "李负责", publisher: "区发改委", writtenDate: "2019-01-25", indexNo: "11150000MB0000001/2019-00001", draftVersion: 1 });
    const snapshot = JSON.parse(p.row.snapshotJson);
    expect(snapshot.data.units[0]).toMatchObject({ code: "D1" });
    expect(snapshot.document.blocks.some((b: { role?: string }) => b.role === "prompt")).toBe(false);
    // No bare headings: 概述's unwritten sub-items are left out with their headings, 概述 itself stays.
    const blocks = snapshot.document.blocks as { kind: string; level?: number; text?: string }[];
    const headings = blocks.flatMap((b) => (b.kind === "heading" ? [b.text] : []));
    expect(headings).toContain("一、概述");
    expect(headings).not.toContain("（一）加强组织领导，推进公开制度化规范化");
    blocks.forEach((b, i) => {
      const next = blocks[i + 1];
      if (b.kind === "heading") expect(next && !(next.kind === "heading" && next.level! <= b.level!) && next.kind !== "appendix", `${b.text} 下没有内容`).toBe(true);
    });

    const pdfBefore = Buffer.from(await pdfResponse(p, "public").arrayBuffer());
    const zipBefore = Buffer.from(await packageResponse(p).arrayBuffer());
    expect(publicationDataFlags(w.db, 2018).has(flagKey(w.id("D1"), "area"))).toBe(false);

    // The unit's figures change afterwards.
    w.approve("D1", { ...w.figures.D1, ...{ [Object.keys(w.figures.D1)[0]!]: 1n } });
    const again = findPublished(w.db, 2018, "D1", 1)!;
    expect(Buffer.from(await pdfResponse(again, "public").arrayBuffer()).equals(pdfBefore)).toBe(true);
    expect(Buffer.from(await packageResponse(again).arrayBuffer()).equals(zipBefore)).toBe(true);
    expect(publicationDataFlags(w.db, 2018).get(flagKey(w.id("D1"), "area"))?.reasons[0]).toContain("统计数据已变化");
  });

  it("a correction is version 2 with its dated note; it needs fresh 签发 and 保密审查; version 1 is still served", async () => {
    await approveSteps(w);
    later();
    expect(await execute(publishReportCommand, { ...unit, draftVersion: 1 })).toMatchObject({ ok: true });
    const v1 = findPublished(w.db, 2018, "D1", 1)!;

    // A second "first" publication is refused; a correction needs new steps.
    later();
    expect(await execute(publishReportCommand, { ...unit, draftVersion: 1 })).toMatchObject({ ok: false, status: 409 });
    const stale = await execute(correctReportCommand, { ...unit, draftVersion: 1, correctionNote: "更正申请数", correctionDate: "2019-02-10" });
    expect(!stale.ok && stale.error).toContain("第 1 版发布后尚无新的签发");
    // The note is required.
    expect(await execute(correctReportCommand, { ...unit, draftVersion: 1, correctionNote: "", correctionDate: "2019-02-10" })).toMatchObject({ ok: false, status: 422 });

    await approveSteps(w);
    later();
    const r = await execute(correctReportCommand, { ...unit, draftVersion: 1, correctionNote: "更正依申请公开数据", correctionDate: "2019-02-10" });
    expect(r).toMatchObject({ ok: true, data: { version: 2 } });
    const list = listPublications(w.db, w.cycle.id, w.id("D1"), "area");
    expect(list.map((p) => [p.version, p.correctionNote, p.correctionDate])).toEqual([
      [1, null, null],
      [2, "更正依申请公开数据", "2019-02-10"],
    ]);
    expect(findPublished(w.db, 2018, "D1", 1)!.row.pdf.equals(v1.row.pdf)).toBe(true);
    expect(listPublicationSummaries(w.db, w.cycle.id).get(w.id("D1"))).toMatchObject({ version: 2, officialUrl: null });
  });

  it("a compiled report is flagged when a unit below publishes a correction after it", async () => {
    as(w.regionSigner);
    const region = { year: 2018, orgCode: "R", draftVersion: 1 };
    later();
    await execute(signOffReport, region);
    await execute(confirmSecrecy, { ...region, note: "无涉密内容" });
    later();
    expect(await execute(publishReportCommand, region)).toMatchObject({ ok: true });
    expect(publicationDataFlags(w.db, 2018).has(flagKey(w.id("R"), "area"))).toBe(false);

    await approveSteps(w);
    later();
    await execute(publishReportCommand, { ...unit, draftVersion: 1 });
    await approveSteps(w);
    later();
    await execute(correctReportCommand, { ...unit, draftVersion: 1, correctionNote: "更正文字", correctionDate: "2019-02-10" });
    expect(publicationDataFlags(w.db, 2018).get(flagKey(w.id("R"), "area"))?.reasons).toEqual([expect.stringContaining("下级单位区发改委")]);
  });
});

describe("the official URL of a version", () => {
  it("is validated (http/https only) and recorded for the dashboard", async () => {
    await approveSteps(w);
    later();
    await execute(publishReportCommand, { ...unit, draftVersion: 1 });
    const input = { ...unit, version: "1", officialDate: "2019-01-30" };
    for (const bad of ["ftp://example.gov.cn/a", "javascript:alert(1)", "www.example.gov.cn", ""]) {
      expect(await execute(recordOfficialPosting, { ...input, officialUrl: bad })).toMatchObject({ ok: false, status: 422 });
    }
    expect(await execute(recordOfficialPosting, { ...input, officialUrl: "https://www.nmg.gov.cn/zwgk/ndbg/1.html", officialDate: "2019-1-30" })).toMatchObject({ ok: false, status: 422 });
    expect(await execute(recordOfficialPosting, { ...input, version: "9", officialUrl: "https://www.nmg.gov.cn/x" })).toMatchObject({ ok: false, status: 404 });
    expect(await execute(recordOfficialPosting, { ...input, officialUrl: "https://www.nmg.gov.cn/zwgk/ndbg/1.html" })).toMatchObject({ ok: true });
    expect(listPublicationSummaries(w.db, w.cycle.id).get(w.id("D1"))).toMatchObject({ version: 1, officialUrl: "https://www.nmg.gov.cn/zwgk/ndbg/1.html", officialDate: "2019-01-30" });
    as(w.filler);
    expect(await execute(recordOfficialPosting, { ...input, officialUrl: "https://www.nmg.gov.cn/y" })).toMatchObject({ ok: false, status: 403 });
  });
});

describe("the publication package", () => {
  it("holds the HTML page, the PDF, the CSV with a BOM and the metadata", async () => {
    await approveSteps(w);
    later();
    await execute(publishReportCommand, { ...unit, draftVersion: 1, indexNo: "IDX-1" });
    const p = findPublished(w.db, 2018, "D1", 1)!;
    const response = packageResponse(p);
    expect(response.headers.get("content-type")).toBe("application/zip");
    const { unzipSync, strFromU8 } = await import("fflate");
    const entries = unzipSync(new Uint8Array(await response.arrayBuffer()));
    const base = "zfxxgk-ndbg-2018-D1-v1";
    expect(Object.keys(entries).sort()).toEqual([`${base}-metadata.json`, `${base}-tongjibiao.csv`, `${base}.html`, `${base}.pdf`]);
    expect(Buffer.from(entries[`${base}.pdf`]!).equals(p.row.pdf)).toBe(true);

    const csv = entries[`${base}-tongjibiao.csv`]!;
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csvText = Buffer.from(csv).toString("utf8");
    expect(csvText.split("\r\n")[0]).toBe("\uFEFF统计表,单元格代码,项目,计量单位,数值");
    const firstCode = Object.keys(w.figures.D1)[0]!;
    expect(csvText).toContain(`,${firstCode},`);

    const html = strFromU8(entries[`${base}.html`]!);
    expect(html).toMatch(/<html lang="zh-CN">/);
    expect(html).toContain('<meta name="PubDate"');
    expect(html).toContain("<h1>");
    expect(html).toMatch(/<table><caption>[^<]+<\/caption><thead><tr><th scope="col/);
    expect(html).toContain('<th scope="row">索引号</th><td>IDX-1</td>');
    expect(html).not.toContain("待撰写");

    const meta = JSON.parse(strFromU8(entries[`${base}-metadata.json`]!));
    expect(meta).toMatchObject({ 索引号: "IDX-1", 发布机构: "区发改委", 版本: 1, "PDF SHA-256": p.row.pdfSha256 });
    expect(meta.成文日期).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(meta.发布日期).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // The stored PDF's text is the report (poppler reads it).
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-pub-"));
    try {
      fs.writeFileSync(path.join(dir, "r.pdf"), p.row.pdf);
      const text = execFileSync("pdftotext", ["-enc", "UTF-8", path.join(dir, "r.pdf"), "-"], { encoding: "utf8" }).replace(/\s+/g, "");
      expect(text).toContain("区发改委2018年政府信息公开工作年度报告");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
