/**
 * Kept versions (issue 13 item 3, decision 020) through the real route handlers on an in-memory
 * database: autosaves overwrite the draft; 待签发, 签发, 退回, 通过 and 更正 each keep one version,
 * numbered 第 1 版, 第 2 版 …, with what changed since the one before; the 报送单 names the kept
 * version signed; the API's `version` stays the optimistic lock (409 on a stale one, nothing kept).
 * Then what the 负责人 reads before 签发, and a database from before kept versions.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { getTemplate } from "@/lib/templates";
import type { CurrentUser } from "@/server/kernel/caller";
import { readContext } from "@/server/kernel/read";
import { loadUnitStatsPage } from "@/server/stats/unit-page-view";
import { loadSlip } from "@/server/review/slip";
import { loadKeptHistory } from "@/server/workflow/kept-history";
import { migrationsFolder, openDb } from "@/db/client";
import { upsertOrganisations } from "@/db/mutations/orgs";
import { listKeptVersions } from "@/db/queries/kept-versions";
import { getWorkflowState } from "@/db/queries/workflow-state";
import { getSubmission, listSubmissionVersions } from "@/db/queries/submissions";
import { getCycleByYear } from "@/db/queries/cycles";
import { applyTransition } from "@/db/mutations/workflow-transition";
import { TREE } from "../db/helpers";
import { harness } from "../review/harness";

vi.mock("server-only", () => ({}));
vi.mock("@/server/next/current-user", async () => {
  const { session: s } = await import("../review/harness");
  return { lookupSession: async () => (s.user ? { user: s.user } : { user: null, expired: false }) };
});
vi.mock("@/server/next/request-info", () => ({ requestInfo: async () => ({ ip: "127.0.0.1", userAgent: null }) }));

const unitRoutes = {
  save: (await import("@/app/api/stats/[year]/[orgCode]/route")).PUT,
  explanations: (await import("@/app/api/stats/[year]/[orgCode]/explanations/route")).PUT,
  ready: (await import("@/app/api/stats/[year]/[orgCode]/ready/route")).POST,
  signoff: (await import("@/app/api/stats/[year]/[orgCode]/signoff/route")).POST,
  return: (await import("@/app/api/stats/[year]/[orgCode]/return/route")).POST,
  approve: (await import("@/app/api/stats/[year]/[orgCode]/approve/route")).POST,
  correction: (await import("@/app/api/stats/[year]/[orgCode]/correction/route")).POST,
  reopen: (await import("@/app/api/stats/[year]/[orgCode]/reopen/route")).POST,
};
const { POST: bulkRoute } = await import("@/app/api/review/[year]/approve/route");
type Route = keyof typeof unitRoutes;

const YEAR = 2033;
/** A complete 2018 table with no warning: 主动公开 5 (A1), all on the website (A2.2). */
const TABLE: Record<string, string> = {
  ...Object.fromEntries(
    getTemplate("gov-disclosure-2018")
      .cells.filter((c) => !c.computed)
      .map((c) => [c.code, "0"]),
  ),
  A1: "5",
  "A2.2": "5",
};
/** The same with fewer on the website than published: the A2-ge warning fires. */
const WARNED = { ...TABLE, A1: "9", "A2.2": "5" };

function setup() {
  const h = harness({ year: YEAR });
  const people = {
    filler: h.user("f1", "王填报", "D1", "filler"),
    signer: h.user("s1", "李签发", "D1", "signer"),
    reviewer: h.user("r", "赵审核", "R", "reviewer"),
    filler2: h.user("f2", "周填报", "D2", "filler"),
    signer2: h.user("s2", "吴签发", "D2", "signer"),
  };
  const call = async (who: CurrentUser, route: Route, body: Record<string, unknown>, code = "D1") => {
    h.as(who);
    const request = new Request(`http://localhost/api/stats/${YEAR}/${code}/${route}`, {
      method: route === "save" || route === "explanations" ? "PUT" : "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ version: getWorkflowState(h.db, h.cycle.id, h.id(code))?.version ?? 0, ...body }),
    });
    const res = await unitRoutes[route](request, h.params({ year: String(YEAR), orgCode: code }));
    return { status: res.status, body: (await res.json()) as Record<string, unknown> & { error?: string } };
  };
  const ok = async (who: CurrentUser, route: Route, body: Record<string, unknown> = {}, code = "D1") => {
    const r = await call(who, route, body, code);
    expect(r.status, `${route}: ${r.body.error}`).toBe(200);
    return r.body;
  };
  const submissionId = (code = "D1") => getWorkflowState(h.db, h.cycle.id, h.id(code))!.submissionId;
  const kept = (code = "D1") => listKeptVersions(h.db, submissionId(code));
  const rows = () => h.sqlite.prepare("select count(*) from submission_versions").pluck().get() as number;
  const page = (who: CurrentUser, code = "D1") => loadUnitStatsPage(readContext({ user: who, db: h.db, now: Date.now(), ip: null }), { year: String(YEAR), orgCode: code });
  return { ...h, people, call, ok, kept, rows, page, submissionId };
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

describe("a draft overwrites itself", () => {
  it("ten autosaves, half-typed values included, keep no version; the lock version counts them", async () => {
    const { filler } = t.people;
    for (let i = 1; i <= 10; i++) {
      const saved = await t.ok(filler, "save", { values: { ...TABLE, A1: String(i), "A2.2": String(i) } });
      expect(saved.version).toBe(i);
    }
    expect(t.rows()).toBe(0);
    const view = t.page(filler);
    expect(view.history).toMatchObject({ versions: [], unkept: null, archived: [] });
    expect(view.workflow.keptLabel).toMatch(/^尚无/);
  });
});

describe("each workflow point keeps one version, numbered, with what changed", () => {
  it("待签发 → 签发 → 退回 → (saves) → 待签发 → 签发 → 通过 → 更正申请 → 重新打开", async () => {
    const { filler, signer, reviewer } = t.people;
    await t.ok(filler, "save", { values: TABLE });
    await t.ok(filler, "save", { values: { ...TABLE, A1: "6", "A2.2": "6" } });
    expect(await t.ok(filler, "ready")).toMatchObject({ status: "ready", version: 2, keptVersion: 1 });
    expect(await t.ok(signer, "signoff")).toMatchObject({ status: "submitted", version: 2, keptVersion: 2 });
    expect(await t.ok(reviewer, "return", { comments: [{ cell: "A1", text: "请核对主动公开数" }] })).toMatchObject({ status: "returned", keptVersion: 3 });

    // The unit corrects in three saves: still three kept versions, the history shows the draft's changes.
    for (const a1 of ["7", "", "8"]) await t.ok(filler, "save", { values: { ...TABLE, A1: a1, "A2.2": "8" } });
    expect(t.kept()).toHaveLength(3);
    const draft = t.page(filler);
    expect(draft.history!.unkept).toEqual({
      since: 3,
      changes: [
        { kind: "cell", label: expect.stringContaining("（A1）"), from: "6", to: "8" },
        { kind: "cell", label: expect.stringContaining("（A2.2）"), from: "6", to: "8" },
      ],
    });
    expect(draft.workflow.keptLabel).toBe("第 3 版（退回），之后有修改");

    expect(await t.ok(filler, "ready")).toMatchObject({ version: 5, keptVersion: 4 });
    expect(await t.ok(signer, "signoff")).toMatchObject({ version: 5, keptVersion: 5 });
    expect(await t.ok(reviewer, "approve")).toMatchObject({ status: "approved", version: 5, keptVersion: 6 });
    const asked = await t.ok(filler, "correction", { reason: "A1 漏报" });
    expect(asked).not.toHaveProperty("keptVersion"); // a request keeps nothing yet
    expect(await t.ok(reviewer, "reopen")).toMatchObject({ status: "returned", keptVersion: 7 });

    expect(t.kept().map((k) => [k.kept, k.point, k.status, k.version, k.values.A1, k.createdByName])).toEqual([
      [1, "ready", "ready", 2, 6n, "王填报"],
      [2, "signoff", "submitted", 2, 6n, "李签发"],
      [3, "return", "returned", 2, 6n, "赵审核"],
      [4, "ready", "ready", 5, 8n, "王填报"],
      [5, "signoff", "submitted", 5, 8n, "李签发"],
      [6, "approve", "approved", 5, 8n, "赵审核"],
      [7, "correction", "returned", 5, 8n, "赵审核"],
    ]);
    expect(t.rows()).toBe(7);

    // The history: each kept version with its point and what changed since the one before.
    const history = t.page(filler).history!;
    expect(history.versions.map((v) => [v.number, v.pointLabel, v.statusLabel, v.by, v.changes.map((c) => `${c.from}→${c.to}`)])).toEqual([
      [1, "标记待签发", "待签发", "王填报", []],
      [2, "签发", "已报送", "李签发", []],
      [3, "退回", "已退回", "赵审核", []],
      [4, "标记待签发", "待签发", "王填报", ["6→8", "6→8"]],
      [5, "签发", "已报送", "李签发", []],
      [6, "审核通过", "已通过", "赵审核", []],
      [7, "重新打开更正", "已退回", "赵审核", []],
    ]);
    expect(history.unkept).toBeNull();

    // Each 签发 records the kept version it made; the 报送单 names it, found by the lock version.
    expect(t.sqlite.prepare("select version, kept_version from signoffs order by id").raw().all()).toEqual([
      [2, 2],
      [5, 5],
    ]);
    const latest = loadSlip(t.db, YEAR, "D1", null);
    const first = loadSlip(t.db, YEAR, "D1", 2);
    expect(latest.ok && latest.loaded).toMatchObject({ version: 5, fileName: `${YEAR}年度区发改委统计数据报送单（第5版）.pdf` });
    expect(latest.ok && latest.loaded.slip.rows).toContainEqual({ label: "数据版本", value: "第 5 版" });
    expect(first.ok && first.loaded.slip.rows).toContainEqual({ label: "数据版本", value: "第 2 版" });
    expect(first.ok && first.loaded.slip.figures[0]).toMatchObject({ value: "6条" });
  });

  it("a compiling unit's 待签发 keeps its compiled values as a version", async () => {
    const county = { filler: t.user("cf", "钱填报", "L1C1", "filler"), signer: t.user("cs", "孙签发", "L1C1", "signer"), reviewer: t.user("lr", "郑审核", "L1", "reviewer") };
    const league = t.user("lf", "冯填报", "L1", "filler");
    await t.ok(county.filler, "save", { values: TABLE }, "L1C1");
    await t.ok(county.filler, "ready", {}, "L1C1");
    await t.ok(county.signer, "signoff", {}, "L1C1");
    await t.ok(county.reviewer, "approve", {}, "L1C1");
    expect(await t.ok(league, "ready", {}, "L1")).toMatchObject({ status: "ready", version: 1, keptVersion: 1 });
    expect(t.kept("L1")).toMatchObject([{ kept: 1, point: "ready", status: "ready", values: { A1: 5n } }]);
  });

  it("explanations written after 待签发 show in the 签发's kept version as a change", async () => {
    const { filler, signer } = t.people;
    await t.ok(filler, "save", { values: WARNED });
    await t.ok(filler, "explanations", { explanations: { "A2-ge": "部分信息仅在公报公开" } });
    await t.ok(filler, "ready");
    await t.ok(filler, "explanations", { explanations: { "A2-ge": "部分信息仅通过政府公报公开" } });
    await t.ok(signer, "signoff");
    const v2 = t.page(filler).history!.versions[1]!;
    expect(v2.changes).toEqual([
      { kind: "explanation", label: expect.stringMatching(/^提示「.+」的说明$/), from: "部分信息仅在公报公开", to: "部分信息仅通过政府公报公开" },
    ]);
    expect(v2.changes[0]!.label).not.toContain("A2-ge"); // named by the warning's message, not its key
  });
});

describe("the API's version stays the optimistic lock", () => {
  it("stale PUT, 签发 and 通过 are 409 and keep nothing; the current version goes through", async () => {
    const { filler, signer, reviewer } = t.people;
    await t.ok(filler, "save", { values: TABLE });
    await t.ok(filler, "save", { values: TABLE });
    const stalePut = await t.call(filler, "save", { values: TABLE, version: 1 });
    expect(stalePut).toMatchObject({ status: 409, body: { error: expect.stringContaining("您打开后又有 1 次保存") } });
    await t.ok(filler, "ready", { version: 2 });
    const staleSign = await t.call(signer, "signoff", { version: 1 });
    expect(staleSign.status).toBe(409);
    // The kept number is not the lock: 第 1 版 kept, lock 2; signing "version 1" is stale.
    expect(t.kept().map((k) => k.kept)).toEqual([1]);
    await t.ok(signer, "signoff", { version: 2 });
    expect((await t.call(reviewer, "approve", { version: 3 })).status).toBe(409);
    expect(t.kept().map((k) => k.point)).toEqual(["ready", "signoff"]);
    await t.ok(reviewer, "approve", { version: 2 });
    expect(t.kept().map((k) => k.point)).toEqual(["ready", "signoff", "approve"]);
  });

  it("bulk approve: a stale unit refuses all and keeps nothing; then one approve version per unit", async () => {
    const { filler, signer, filler2, signer2, reviewer } = t.people;
    for (const [f, s, code] of [[filler, signer, "D1"], [filler2, signer2, "D2"]] as const) {
      await t.ok(f, "save", { values: TABLE }, code);
      await t.ok(f, "ready", {}, code);
      await t.ok(s, "signoff", {}, code);
    }
    const bulk = async (items: { orgCode: string; version: number }[]) => {
      t.as(reviewer);
      const res = await bulkRoute(new Request(`http://localhost/api/review/${YEAR}/approve`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ items }) }), t.params({ year: String(YEAR) }));
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    const before = t.rows();
    expect((await bulk([{ orgCode: "D1", version: 1 }, { orgCode: "D2", version: 2 }])).status).toBe(409);
    expect(t.rows()).toBe(before);
    const done = await bulk([{ orgCode: "D1", version: 1 }, { orgCode: "D2", version: 1 }]);
    expect(done.status).toBe(200);
    expect(done.body.approved).toEqual([
      { orgCode: "D1", name: "区发改委", version: 1, keptVersion: 3 },
      { orgCode: "D2", name: "区教育厅", version: 1, keptVersion: 3 },
    ]);
    expect(t.kept("D2").map((k) => k.point)).toEqual(["ready", "signoff", "approve"]);
  });
});

describe("the 负责人 sees what they sign", () => {
  it("the figures, the warnings with their explanations (the import's placeholder as none), the changes since the last 签发", async () => {
    const { filler, signer, reviewer } = t.people;
    await t.ok(filler, "save", { values: WARNED });
    await t.ok(filler, "explanations", { explanations: { "A2-ge": "部分信息仅通过政府公报公开" } });
    await t.ok(filler, "ready");

    // The first 签发: nothing signed before.
    let view = t.page(signer);
    expect(view.workflow.allowed.signOff).toBe(true);
    expect(view.comparison!.rows.find((r) => r.code === "A1")).toMatchObject({ current: "9" });
    expect(view.comparison!.warnings).toEqual([{ key: "A2-ge", message: expect.any(String), explanation: "部分信息仅通过政府公报公开" }]);
    expect(view.comparison!.sinceSigned).toEqual({ since: null, changes: [] });
    expect(view.workflow.signing).toEqual({ warnings: 1, unexplained: 0, changes: 0, sinceNumber: null, firstSigning: true });
    expect(view.workflow.nextKept).toBe(2);
    await t.ok(signer, "signoff");
    await t.ok(reviewer, "return", { comments: [{ text: "A1 偏多" }] });

    // Corrected and marked again: the 负责人 reads what changed since 第 2 版, which they signed.
    await t.ok(filler, "save", { values: { ...WARNED, A1: "8" } });
    await t.ok(filler, "explanations", { explanations: { "A2-ge": "仅在公报公开 3 条" } });
    await t.ok(filler, "ready");
    view = t.page(signer);
    expect(view.comparison!.sinceSigned!.since).toEqual({ number: 2, signerName: "李签发", at: expect.any(String) });
    expect(view.comparison!.sinceSigned!.changes.map((c) => [c.kind, c.from, c.to])).toEqual([
      ["cell", "9", "8"],
      ["explanation", "部分信息仅通过政府公报公开", "仅在公报公开 3 条"],
    ]);
    expect(view.workflow.signing).toMatchObject({ changes: 2, sinceNumber: 2, firstSigning: false });

    // The reviewer, once it is signed again, reads the same changes (since the 签发 before).
    await t.ok(signer, "signoff");
    view = t.page(reviewer);
    expect(view.comparison!.sinceSigned!.since).toMatchObject({ number: 2 });
    expect(view.comparison!.sinceSigned!.changes).toHaveLength(2);
  });

  it("an imported placeholder explanation reads as unexplained to the signer", async () => {
    const { filler, signer } = t.people;
    await t.ok(filler, "save", { values: WARNED });
    await t.ok(filler, "explanations", { explanations: { "A2-ge": "导入时未说明" } });
    t.sqlite.prepare("update submissions set status = 'ready'").run(); // as an import of ready data would leave it
    const view = t.page(signer);
    expect(view.comparison!.warnings).toEqual([expect.objectContaining({ key: "A2-ge", explanation: null })]);
    expect(view.workflow.signing).toMatchObject({ warnings: 1, unexplained: 1 });
  });
});

describe("a database from before kept versions", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });

  it("keeps its archived rows readable, its old 报送单 numbered as printed, and numbers new kept versions from 第 1 版", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-kept-"));
    dirs.push(dir);
    const old = path.join(dir, "migrations");
    fs.cpSync(migrationsFolder(), old, { recursive: true });
    const journalFile = path.join(old, "meta/_journal.json");
    const journal = JSON.parse(fs.readFileSync(journalFile, "utf8")) as { entries: { tag: string }[] };
    journal.entries = journal.entries.slice(0, journal.entries.findIndex((e) => e.tag.startsWith("0011_")));
    fs.writeFileSync(journalFile, JSON.stringify(journal));

    const file = path.join(dir, "old.db");
    const before = openDb(file, { migrate: false });
    migrate(before.db, { migrationsFolder: old });
    upsertOrganisations(before.db, TREE);
    // As the schema was then (later migrations add columns today's createCycle writes).
    const cycleId = Number(before.sqlite.prepare("insert into cycles (year, template_id) values (?, 'gov-disclosure-2018')").run(YEAR).lastInsertRowid);
    before.sqlite
      .prepare("insert into roster_entries (cycle_id, org_id, code, name, kind, parent_org_id, in_sums) select ?, id, code, name, kind, parent_id, 1 from organisations where active = 1")
      .run(cycleId);
    const org = before.sqlite.prepare("select id from organisations where code = 'D1'").pluck().get() as number;
    // Three autosaves archived (versions 1-3), version 4 signed and stored.
    before.sqlite.prepare("insert into submissions (cycle_id, org_id, status, version, submitted_at, updated_at) values (?, ?, 'submitted', 4, 1, 1)").run(cycleId, org);
    const sub = before.sqlite.prepare("select id from submissions").pluck().get() as number;
    for (const v of [1, 2, 3]) {
      before.sqlite.prepare("insert into submission_versions (submission_id, version, status, values_json, created_at) values (?, ?, 'draft', ?, ?)").run(sub, v, JSON.stringify({ A1: String(v) }), v);
    }
    before.sqlite.prepare("insert into cell_values (submission_id, cell_code, value) values (?, 'A1', 4)").run(sub);
    before.sqlite.prepare("insert into signoffs (submission_id, version, signer_name, at, kind) values (?, 4, '李签发', 5, 'stats')").run(sub);
    before.close();

    const after = openDb(file);
    try {
      expect(listSubmissionVersions(after.db, cycleId, org).map((v) => [v.version, v.point, v.kept, v.values.A1])).toEqual([
        [1, null, null, 1n],
        [2, null, null, 2n],
        [3, null, null, 3n],
      ]);
      const slip = loadSlip(after.db, YEAR, "D1", null);
      expect(slip.ok && slip.loaded.slip.rows).toContainEqual({ label: "数据版本", value: "第 4 版" });
      expect(after.sqlite.prepare("select kept_version from signoffs").pluck().get()).toBeNull();
      // The reviewer approves after the upgrade: 第 1 版; the history lists the old rows apart.
      expect(applyTransition(after.db, { submissionId: sub, expectedVersion: 4, expectedStatus: "submitted", status: "approved", at: 6, userId: null, keep: "approve" }).keptVersion).toBe(1);
      const submission = getSubmission(after.db, cycleId, org)!;
      const cycle = getCycleByYear(after.db, YEAR)!;
      const history = loadKeptHistory({ db: after.db, cycle, template: getTemplate("gov-disclosure-2018"), orgCode: "D1", orgId: org, submission });
      expect(history.versions.map((v) => [v.number, v.pointLabel])).toEqual([[1, "审核通过"]]);
      expect(history.archived.map((a) => a.version)).toEqual([1, 2, 3]);
    } finally {
      after.close();
    }
  });
});
