/**
 * 上年结转 through the server layer: the form is prefilled from last year's approved 结转下年度
 * of the unit's line (a merged unit: the sum), a different 上年结转 is a warning that blocks
 * 待签发 until explained, the explanation is accepted, and the 负责人 and the reviewer read the
 * warning with the exact difference and the unit's explanation. submissions:import records it.
 */
import { describe, expect, it } from "vitest";
import { getTemplate } from "@/lib/templates";
import type { CellValues } from "@/lib/values";
import { createCycle } from "@/db/mutations/cycles";
import { replaceSubmissions } from "@/db/mutations/submissions";
import { getSubmission } from "@/db/queries/submissions";
import { getCycleByYear } from "@/db/queries/cycles";
import type { CurrentUser } from "@/server/kernel/caller";
import { systemCaller } from "@/server/kernel/caller";
import { runCommand } from "@/server/kernel/command";
import { readContext } from "@/server/kernel/read";
import { loadEditStatsPage } from "@/server/stats/edit-page";
import { loadUnitStatsPage } from "@/server/stats/unit-page-view";
import { saveDraft } from "@/server/stats/save-draft";
import { importSubmissions } from "@/server/stats/import-submissions";
import { markReady } from "@/server/workflow/mark-ready";
import { saveExplanations } from "@/server/workflow/save-explanations";
import { signOff } from "@/server/workflow/sign-off";
import { mergeOrganisation } from "@/server/orgs/merge";
import { loadDashboard } from "@/server/review/dashboard";
import { harness } from "../review/harness";

const TEMPLATE = getTemplate("gov-disclosure-2021");
const LAST = 2040;
const YEAR = 2041;
const COLS = ["np", "biz", "res", "ngo", "law", "oth"] as const;

/** A stored approved 2021 table of last year: all 0 but its 结转下年度 (R4) per column. */
function lastYear(r4: Partial<Record<(typeof COLS)[number], bigint>>): CellValues {
  const v: CellValues = Object.fromEntries(TEMPLATE.cells.map((c) => [c.code, 0n]));
  for (const c of COLS) v[`R4.${c}`] = r4[c] ?? 0n;
  v["R4.tot"] = COLS.reduce((s, c) => s + v[`R4.${c}`]!, 0n);
  return v;
}

/** This year's table as typed: all 0, 上年结转 per column as given, each carried application 予以公开 (the balance holds). */
function typed(r2: Partial<Record<(typeof COLS)[number], number>>): Record<string, string> {
  const t: Record<string, string> = Object.fromEntries(TEMPLATE.cells.filter((c) => !c.computed).map((c) => [c.code, "0"]));
  for (const c of COLS) {
    t[`R2.${c}`] = String(r2[c] ?? 0);
    t[`R3.1.${c}`] = String(r2[c] ?? 0);
  }
  return t;
}

const prefillOf = (r2: Partial<Record<(typeof COLS)[number], string>>) => Object.fromEntries(COLS.map((c) => [`R2.${c}`, r2[c] ?? "0"]));

function setup(last: { code: string; status: "approved" | "submitted"; r4: Partial<Record<(typeof COLS)[number], bigint>> }[], opts: { merge?: [string, string] } = {}) {
  const h = harness({ year: LAST, templateId: "gov-disclosure-2021" });
  replaceSubmissions(h.db, h.cycle.id, last.map((u) => ({ orgId: h.id(u.code), status: u.status, values: lastYear(u.r4) })), null, Date.now());
  const system = { user: systemCaller("test", h.id("R")), db: h.db, now: Date.now(), ip: null };
  return {
    ...h,
    system,
    async open() {
      if (opts.merge) expect((await runCommand(mergeOrganisation, { code: opts.merge[0], successorCode: opts.merge[1] }, system)).ok).toBe(true);
      createCycle(h.db, { year: YEAR, templateId: TEMPLATE.id });
    },
    env: (user: CurrentUser) => ({ user, db: h.db, now: Date.now(), ip: null }),
    ctx: (user: CurrentUser) => readContext({ user, db: h.db, now: Date.now(), ip: null }),
  };
}

describe("the form's 上年结转 is prefilled from last year's 结转下年度", () => {
  it.each([
    {
      label: "a plain unit: its own approved R4",
      last: [{ code: "D1", status: "approved" as const, r4: { np: 5n, biz: 2n } }],
      merge: undefined,
      prefill: { values: prefillOf({ np: "5", biz: "2" }), rows: ["R2"], note: "已按上年结转下年度数预填" },
    },
    {
      label: "a unit that took another over: the sum of both, naming them",
      last: [
        { code: "D1", status: "approved" as const, r4: { np: 5n } },
        { code: "D2", status: "approved" as const, r4: { np: 3n, oth: 1n } },
      ],
      merge: ["D2", "D1"] as [string, string],
      prefill: { values: prefillOf({ np: "8", oth: "1" }), rows: ["R2"], note: "已按上年结转下年度数预填（上年区发改委、区教育厅合计）" },
    },
    {
      label: "last year not approved: nothing",
      last: [{ code: "D1", status: "submitted" as const, r4: { np: 5n } }],
      merge: undefined,
      prefill: null,
    },
    {
      label: "the unit it took over was not approved: no partial sum",
      last: [
        { code: "D1", status: "approved" as const, r4: { np: 5n } },
        { code: "D2", status: "submitted" as const, r4: { np: 3n } },
      ],
      merge: ["D2", "D1"] as [string, string],
      prefill: null,
    },
  ])("$label", async ({ last, merge, prefill }) => {
    const t = setup(last, { merge });
    await t.open();
    const filler = t.user("f", "王填报", "D1", "filler");
    const page = loadEditStatsPage(t.ctx(filler), { year: String(YEAR), orgCode: "D1" });
    expect(page.prefill).toEqual(prefill);
    expect(page.current.values).toEqual({});
    t.close();
  });

  it("no last year at all: nothing", () => {
    const h = harness({ year: YEAR, templateId: "gov-disclosure-2021" });
    const filler = h.user("f", "王填报", "D1", "filler");
    expect(loadEditStatsPage(readContext({ user: filler, db: h.db, now: Date.now(), ip: null }), { year: String(YEAR), orgCode: "D1" }).prefill).toBeNull();
    h.close();
  });
});

describe("a 上年结转 different from last year's 结转下年度", () => {
  it("is a warning: 待签发 waits for its explanation, which is accepted; the 负责人 and the reviewer read it", async () => {
    const t = setup([{ code: "D1", status: "approved", r4: { np: 5n, biz: 2n } }]);
    await t.open();
    const filler = t.user("f", "王填报", "D1", "filler");
    const signer = t.user("s", "李签发", "D1", "signer");
    const reviewer = t.user("r", "赵审核", "R", "reviewer");
    const unit = { year: YEAR, orgCode: "D1" };

    // The unit saves one column lower than carried (4, not 5): saved as a draft, nothing refused.
    const saved = await runCommand(saveDraft, { ...unit, values: typed({ np: 4, biz: 2 }), version: 0 }, t.env(filler));
    expect(saved).toMatchObject({ ok: true, data: { version: 1 } });
    expect(getSubmission(t.db, getCycleByYear(t.db, YEAR)!.id, t.id("D1"))!.values["R2.np"]).toBe(4n);
    // Saved values are no longer prefilled.
    expect(loadEditStatsPage(t.ctx(filler), { year: String(YEAR), orgCode: "D1" }).prefill).toBeNull();

    const refused = await runCommand(markReady, { ...unit, version: 1 }, t.env(filler));
    expect(refused).toMatchObject({ ok: false, status: 422, fieldErrors: { missing: [], hard: [], unexplained: ["carry[np]", "carry[tot]"] } });

    const explanation = "机构改革：上年一件申请随职能划转至市场监管局办理。";
    const explained = await runCommand(saveExplanations, { ...unit, version: 1, explanations: { "carry[np]": explanation, "carry[tot]": "同上。" } }, t.env(filler));
    expect(explained).toMatchObject({ ok: true, data: { ready: true, unexplained: [] } });
    expect(await runCommand(markReady, { ...unit, version: 1 }, t.env(filler))).toMatchObject({ ok: true, data: { status: "ready", warnings: 2 } });

    const warnings = [
      {
        key: "carry[np]",
        message: "自然人·上年结转（R2.np）为4，上年自然人·结转下年度（R4.np）为5，相差1。如因机构改革、上年数据有误等原因不一致，请说明。",
        explanation,
      },
      { key: "carry[tot]", message: "总计·上年结转（R2.tot）为6，上年总计·结转下年度（R4.tot）为7，相差1。如因机构改革、上年数据有误等原因不一致，请说明。", explanation: "同上。" },
    ];
    // The 负责人 reads them before 签发; the 填报员 has them in the form, not here.
    const signerPage = loadUnitStatsPage(t.ctx(signer), { year: String(YEAR), orgCode: "D1" });
    expect(signerPage.workflow.allowed.signOff).toBe(true);
    expect(signerPage.comparison?.warnings).toEqual(warnings);
    expect(signerPage.comparison?.rows.find((r) => r.code === "R2.np")).toMatchObject({ current: "4", previous: "0" });
    expect(loadUnitStatsPage(t.ctx(filler), { year: String(YEAR), orgCode: "D1" }).comparison).toBeNull();

    expect(await runCommand(signOff, { ...unit, version: 1 }, t.env(signer))).toMatchObject({ ok: true });
    expect(loadUnitStatsPage(t.ctx(reviewer), { year: String(YEAR), orgCode: "D1" }).comparison?.warnings).toEqual(warnings);
    t.close();
  });

  it("the carried value raises no warning", async () => {
    const t = setup([{ code: "D1", status: "approved", r4: { np: 5n, biz: 2n } }]);
    await t.open();
    const filler = t.user("f", "王填报", "D1", "filler");
    expect(await runCommand(saveDraft, { year: YEAR, orgCode: "D1", values: typed({ np: 5, biz: 2 }), version: 0 }, t.env(filler))).toMatchObject({ ok: true });
    expect(await runCommand(markReady, { year: YEAR, orgCode: "D1", version: 1 }, t.env(filler))).toMatchObject({ ok: true, data: { warnings: 0 } });
    t.close();
  });

  it("submissions:import records it as a warning with unit code and cells (a merged unit against the sum)", async () => {
    const t = setup(
      [
        { code: "D1", status: "approved", r4: { np: 5n } },
        { code: "D2", status: "approved", r4: { np: 3n } },
      ],
      { merge: ["D2", "D1"] },
    );
    await t.open();
    const values = typed({ np: 7 });
    const header = ["org_code", ...Object.keys(values)];
    const r = await runCommand(importSubmissions, { year: YEAR, status: "submitted", explanation: "历史数据补录", header, rows: [["D1", ...Object.values(values)]] }, t.system);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.data.warningList).toEqual([
      { orgCode: "D1", cells: ["R2.np"], message: "自然人·上年结转（R2.np）为7，上年自然人·结转下年度（R4.np）为8，相差1。如因机构改革、上年数据有误等原因不一致，请说明。" },
      { orgCode: "D1", cells: ["R2.tot"], message: "总计·上年结转（R2.tot）为7，上年总计·结转下年度（R4.tot）为8，相差1。如因机构改革、上年数据有误等原因不一致，请说明。" },
    ]);
    const stored = getSubmission(t.db, getCycleByYear(t.db, YEAR)!.id, t.id("D1"))!;
    expect(stored.explanations.map((e) => [e.ruleKey, e.text])).toEqual([
      ["carry[np]", "历史数据补录"],
      ["carry[tot]", "历史数据补录"],
    ]);
    t.close();
  });

  it("the reviewer's list checks a merged unit against the sum of its line too", async () => {
    const t = setup(
      [
        { code: "D1", status: "approved", r4: { np: 5n } },
        { code: "D2", status: "approved", r4: { np: 3n } },
      ],
      { merge: ["D2", "D1"] },
    );
    await t.open();
    const filler = t.user("f", "王填报", "D1", "filler");
    const reviewer = t.user("r", "赵审核", "R", "reviewer");
    expect(await runCommand(saveDraft, { year: YEAR, orgCode: "D1", values: typed({ np: 8 }), version: 0 }, t.env(filler))).toMatchObject({ ok: true });
    const row = loadDashboard(t.db, reviewer, YEAR, Date.now())!.rows.find((r) => r.orgCode === "D1");
    expect(row).toMatchObject({ warnings: { count: 0, explained: 0 }, continuity: { state: "continuous" } });
    t.close();
  });
});
