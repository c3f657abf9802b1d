import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/server/kernel/caller";

vi.mock("server-only", () => ({}));
const session = vi.hoisted(() => ({ user: null as unknown }));
vi.mock("@/server/next/current-user", () => ({ lookupSession: async () => ({ user: session.user }) }));
vi.mock("@/server/next/request-info", () => ({ requestInfo: async () => ({ ip: "127.0.0.1", userAgent: null }) }));
vi.mock("@/server/pdf/report-pool", () => import("../helpers/report-pool-mock").then((m) => m.reportPoolMock()));

const { execute } = await import("@/server/next/execute");
const { setClockOffset } = await import("@/server/kernel/clock");
const { signOffReport, confirmSecrecy } = await import("@/server/reports/publication/review");
const { publishReportCommand } = await import("@/server/reports/publication/publish");
const { loadPublishView } = await import("@/server/reports/publication/load-view");
const { sendForPrereview } = await import("@/server/reports/prereview/send");
const { clearPrereview, returnPrereview } = await import("@/server/reports/prereview/decide");
const { saveReportNarrative } = await import("@/server/reports/save-narrative");
const { saveReportPreface } = await import("@/server/reports/save-preface");
const { updateCycle } = await import("@/server/cycles/update");
const { EMPTY_REPORT_PREFACE } = await import("@/lib/validation/report-fields");
const { defaultDeadlines } = await import("@/lib/validation/cycle-deadlines");
const { world } = await import("./setup");

type W = ReturnType<typeof world>;
type U = W["filler"];
const as = (u: unknown) => (session.user = u as CurrentUser);
let clock = 0;
const later = () => setClockOffset((clock += 60_000));

const D1 = { year: 2018, orgCode: "D1" };
const para = (text: string) => [[{ text }]];
/** The 2018 format's required prose (概述, 存在问题, 工作打算); `overview` as given. */
const written = (overview: { text: string }[][] = para("本年度政府信息公开工作总体情况良好。")) => ({
  prose: { overview, outlook_problems: para("公开的深度还需加强。"), outlook_plans: para("下一年度继续推进公开工作。") },
  headings: {},
});

let w: W;
let reviewer: U; // 自治区's 审核员: the office above D1 and L1
let cityReviewer: U; // 呼和浩特市's 审核员: D1's sibling's office
let admin: U;
let draft = 0;

async function save(doc: ReturnType<typeof written>, orgCode = "D1") {
  as(w.filler.orgId === w.id(orgCode) ? w.filler : w.user(orgCode, ["filler"], "填报"));
  later();
  const r = await execute(saveReportNarrative, { year: 2018, orgCode, version: orgCode === "D1" ? draft : 0, doc });
  expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
  if (orgCode === "D1" && r.ok) draft = r.data.version;
  return r;
}

const view = (u: U, orgCode = "D1") => loadPublishView(w.db, u as never, 2018, orgCode, Date.now());

beforeEach(() => {
  process.env.NIANBAO_TEST_HOOKS = "1";
  w = world({ prereview: true });
  reviewer = w.user("R", ["reviewer"], "赵审核");
  cityReviewer = w.user("L1", ["reviewer"], "孙审核");
  admin = w.user("R", ["sysadmin"], "系统管理员");
  draft = 0;
});
afterEach(() => {
  w.close();
  delete (globalThis as { __nianbaoDb?: unknown }).__nianbaoDb;
});

describe("预审 of a unit's report by the office above", () => {
  it("send → return with a paragraph comment → fix → send → clear → 签发 → publish", async () => {
    // A required part unwritten: sending is refused with the part named.
    await save({ ...written(), prose: { ...written().prose, overview: [] } });
    as(w.filler);
    const early = await execute(sendForPrereview, { ...D1, draftVersion: draft });
    expect(early).toMatchObject({ ok: false, status: 409 });
    expect(!early.ok && early.error).toContain("不能送预审：以下必须撰写的内容尚未撰写：一、概述");

    await save(written([[{ text: "本年度工作总体良好。" }], [{ text: "全年主动公开信息一千条。" }]]));
    // 签发 before 预审 is refused, naming the office to send it to.
    as(w.signer);
    const unsigned = await execute(signOffReport, { ...D1, draftVersion: draft });
    expect(!unsigned.ok && unsigned.error).toBe("不能签发：报告须经自治区预审通过后才能签发：请填报员或负责人送预审");
    expect(view(w.signer).prereview).toMatchObject({ code: "unsent", label: "未送审", can: { send: true, decide: false } });

    as(w.filler);
    later();
    expect(await execute(sendForPrereview, { ...D1, draftVersion: draft, note: "请审阅" })).toMatchObject({ ok: true, data: { state: "pending", office: "自治区" } });
    expect(await execute(sendForPrereview, { ...D1, draftVersion: draft })).toMatchObject({ ok: false, status: 409, error: "报告已送自治区预审，请等待预审结果" });
    as(w.signer);
    const waiting = await execute(signOffReport, { ...D1, draftVersion: draft });
    expect(!waiting.ok && waiting.error).toBe("不能签发：报告正在自治区预审中，须等待自治区审核员预审通过后才能签发");
    const signerView = view(w.signer);
    expect(signerView.prereview.summary).toBe("已送自治区预审，等待自治区审核员预审");
    expect(signerView.blockers).toContain("报告正在自治区预审中，须等待自治区审核员预审通过后才能签发");

    // The reviewer above sees the paragraphs to comment on and returns with one comment.
    const rv = view(reviewer).prereview;
    expect(rv.can).toEqual({ send: false, decide: true });
    expect(rv.paragraphs.map((p) => `${p.where}：${p.text}`).slice(0, 2)).toEqual(["一、概述 第 1 段：本年度工作总体良好。", "一、概述 第 2 段：全年主动公开信息一千条。"]);
    expect(rv.paragraphs).toHaveLength(4);
    as(reviewer);
    later();
    const bad = await execute(returnPrereview, { ...D1, draftVersion: draft, comments: [{ blockId: "overview", paragraph: 7, text: "x" }] });
    expect(bad).toMatchObject({ ok: false, status: 422 });
    expect(await execute(returnPrereview, { ...D1, draftVersion: draft })).toMatchObject({ ok: false, status: 422, error: "退回修改须填写意见（总体意见或段落意见）" });
    const returned = await execute(returnPrereview, { ...D1, draftVersion: draft, note: "请按意见修改", comments: [{ blockId: "overview", paragraph: 1, text: "请写明主动公开的具体数量，用数据引用。" }] });
    expect(returned).toMatchObject({ ok: true, data: { state: "returned", comments: 1 } });
    const fv = view(w.filler).prereview;
    expect(fv).toMatchObject({ code: "returned", returnNote: "请按意见修改" });
    expect(fv.comments).toEqual([{ blockId: "overview", paragraph: 1, where: "一、概述 第 2 段", quote: "全年主动公开信息一千条。", text: "请写明主动公开的具体数量，用数据引用。" }]);
    expect(w.sqlite.prepare("select action, detail_json from audit_log where action like 'report.prereview.%' order by id").all()).toEqual([
      { action: "report.prereview.send", detail_json: expect.stringContaining('"office":"自治区"') },
      { action: "report.prereview.return", detail_json: expect.stringContaining("概述 第 2 段：请写明主动公开的具体数量") },
    ]);

    // Fixed, sent again, cleared: now the 负责人 may sign and publish.
    await save(written([[{ text: "本年度工作总体良好。" }], [{ text: "全年主动公开政府信息1000条。" }]]));
    as(w.signer);
    later();
    expect(await execute(sendForPrereview, { ...D1, draftVersion: draft })).toMatchObject({ ok: true });
    as(reviewer);
    later();
    expect(await execute(clearPrereview, { ...D1, draftVersion: draft - 1 })).toMatchObject({ ok: false, status: 409 });
    expect(await execute(clearPrereview, { ...D1, draftVersion: draft, note: "同意" })).toMatchObject({ ok: true, data: { state: "cleared" } });
    expect(await execute(clearPrereview, { ...D1, draftVersion: draft })).toMatchObject({ ok: false, status: 409, error: "报告未在预审中（已通过）：须由本单位送预审后才能预审" });
    as(w.signer);
    later();
    expect(await execute(signOffReport, { ...D1, draftVersion: draft })).toMatchObject({ ok: true });
    later();
    expect(await execute(confirmSecrecy, { ...D1, draftVersion: draft, note: "不涉密" })).toMatchObject({ ok: true });
    later();
    expect(await execute(publishReportCommand, { ...D1, draftVersion: draft })).toMatchObject({ ok: true, data: { version: 1 } });
  });

  it("a change of the text after clearance voids it (签发 refused again); a new phone number does not", async () => {
    await save(written());
    as(w.filler);
    later();
    await execute(sendForPrereview, { ...D1, draftVersion: draft });
    as(reviewer);
    later();
    expect(await execute(clearPrereview, { ...D1, draftVersion: draft })).toMatchObject({ ok: true });

    // The preface's contact fields are the 负责人's: the clearance still counts.
    as(w.filler);
    later();
    expect(await execute(saveReportPreface, { ...EMPTY_REPORT_PREFACE, ...D1, contactOffice: "区发改委办公室", phone: "0471-6666666" })).toMatchObject({ ok: true });
    expect(view(w.signer).prereview.code).toBe("cleared");

    // A paragraph changed: not cleared any more; 签发 waits for a new 预审.
    await save(written(para("本年度政府信息公开工作稳步推进。")));
    const pv = view(w.signer).prereview;
    expect(pv).toMatchObject({ code: "unsent", voided: true, summary: "预审通过后报告正文已修改，须重新送自治区预审" });
    as(w.signer);
    const refused = await execute(signOffReport, { ...D1, draftVersion: draft });
    expect(!refused.ok && refused.error).toBe("不能签发：预审通过后报告正文已修改，须重新送自治区预审，通过后才能签发");
  });

  it("only the direct parent's reviewer decides: not a sibling's reviewer, not the unit's own users", async () => {
    await save(written());
    as(w.filler);
    later();
    await execute(sendForPrereview, { ...D1, draftVersion: draft });
    for (const u of [cityReviewer, w.filler, w.signer, w.otherSigner, w.regionSigner]) {
      as(u);
      expect(await execute(clearPrereview, { ...D1, draftVersion: draft }), u.displayName).toMatchObject({ ok: false, status: 403 });
      expect(await execute(returnPrereview, { ...D1, draftVersion: draft, note: "x" }), u.displayName).toMatchObject({ ok: false, status: 403 });
    }
    // A reviewer cannot send, and another unit's 负责人 cannot either.
    for (const u of [reviewer, w.otherSigner]) {
      as(u);
      expect(await execute(sendForPrereview, { ...D1, draftVersion: draft })).toMatchObject({ ok: false, status: 403 });
    }
    expect(view(cityReviewer).prereview.can.decide).toBe(false);
    // 呼和浩特市's reviewer is the office of 新城区, two levels below the region: it decides there, the region's reviewer does not.
    await save(written(), "L1C1");
    as(w.user("L1C1", ["signer"], "新城区负责人"));
    later();
    expect(await execute(sendForPrereview, { year: 2018, orgCode: "L1C1", draftVersion: 1 })).toMatchObject({ ok: true, data: { office: "呼和浩特市" } });
    as(reviewer);
    expect(await execute(clearPrereview, { year: 2018, orgCode: "L1C1", draftVersion: 1 })).toMatchObject({ ok: false, status: 403 });
    as(cityReviewer);
    expect(await execute(clearPrereview, { year: 2018, orgCode: "L1C1", draftVersion: 1 })).toMatchObject({ ok: true });
  });

  it("the root has no 预审; nor does a cycle with it turned off", async () => {
    // The region's report: no office above.
    w.sqlite.prepare("insert into report_drafts (cycle_id, org_id, doc_json, version) values (?, ?, ?, 1)").run(w.cycle.id, w.id("R"), JSON.stringify(written()));
    expect(view(w.regionSigner, "R").prereview).toMatchObject({ code: "none", summary: "本单位没有上级机关，报告无需预审" });
    as(w.regionSigner);
    expect(await execute(sendForPrereview, { year: 2018, orgCode: "R", draftVersion: 1 })).toMatchObject({ ok: false, status: 409, error: "本单位没有上级机关，报告无需预审" });
    expect(await execute(signOffReport, { year: 2018, orgCode: "R", draftVersion: 1 })).toMatchObject({ ok: true });

    // The 系统管理员 turns 预审 off for the cycle: D1's 负责人 signs without it.
    await save(written());
    as(admin);
    const settings = { year: 2018, warningFactor: "3", warningMinimum: 100, deadlines: defaultDeadlines(2018) };
    expect(await execute(updateCycle, { ...settings, prereview: false })).toMatchObject({ ok: true });
    expect(w.sqlite.prepare("select detail_json from audit_log where action = 'cycle.update'").pluck().get()).toContain('"prereview":false');
    expect(view(w.signer).prereview.code).toBe("none");
    as(w.filler);
    expect(await execute(sendForPrereview, { ...D1, draftVersion: draft })).toMatchObject({ ok: false, status: 409, error: "本周期未开启报告预审，无需送预审" });
    as(w.signer);
    later();
    expect(await execute(signOffReport, { ...D1, draftVersion: draft })).toMatchObject({ ok: true });
    // On again: the 签发 given without 预审 does not publish.
    as(admin);
    expect(await execute(updateCycle, { ...settings, prereview: true })).toMatchObject({ ok: true });
    as(w.signer);
    later();
    await execute(confirmSecrecy, { ...D1, draftVersion: draft, note: "不涉密" });
    const publish = await execute(publishReportCommand, { ...D1, draftVersion: draft });
    expect(!publish.ok && publish.error).toContain("不能发布：报告须经自治区预审通过后才能签发");
  });
});
