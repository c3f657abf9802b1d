import { describe, expect, it } from "vitest";
import { setRuleMaking } from "@/db/mutations/org-edits";
import { replaceSubmissions } from "@/db/mutations/submissions";
import { getSubmission } from "@/db/queries/submissions";
import { lastAuditForTarget } from "@/db/queries/audit";
import { runCommand } from "@/server/kernel/command";
import { previewImport } from "@/server/stats/import-files/preview";
import { commitImport } from "@/server/stats/import-files/commit";
import type { ImportPreview } from "@/lib/contracts/import-preview";
import { harness } from "../review/harness";
import { dump, T2021, table } from "./helpers";

/*
 * Issue 15 item 2: filled tables, previewed then saved all or nothing as drafts — by the unit's
 * 填报员 or the reviewer of its direct parent (stats.import), never over signed or approved data,
 * the year, template and unit checked, every rule's finding at its cells' file addresses.
 */
function setup() {
  const h = harness({ year: 2025, templateId: T2021.id });
  setRuleMaking(h.db, h.id("D1"), false, Date.now());
  const users = {
    d1Filler: h.user("d1-filler", "填报员甲", "D1", "filler"),
    d1Signer: h.user("d1-signer", "负责人甲", "D1", "signer"),
    d2Filler: h.user("d2-filler", "填报员乙", "D2", "filler"),
    rReviewer: h.user("r-reviewer", "审核员", "R", "reviewer"),
    l1Reviewer: h.user("l1-reviewer", "市审核员", "L1", "reviewer"),
  };
  const env = (user: (typeof users)[keyof typeof users]) => ({ user, db: h.db, now: Date.now(), ip: null });
  return { h, users, env };
}

const previewOk = async (r: Awaited<ReturnType<typeof runCommand<unknown, ImportPreview>>>) => {
  if (!r.ok) throw new Error(r.error);
  return r.data;
};

describe("who may upload", () => {
  it("the unit's 填报员: previewed, then saved as a draft equal to the file, audited as the 填报员", async () => {
    const { h, users, env } = setup();
    const input = { year: 2025, tables: [table("D1")] };
    const preview = await previewOk(await runCommand(previewImport, input, env(users.d1Filler)));
    expect(preview.ok).toBe(true);
    expect(preview.units[0]).toMatchObject({ orgCode: "D1", statusLabel: "未填报", asReviewer: false });
    expect(preview.units[0]!.changes.find((c) => c.cell === "R1.np")).toEqual({ cell: "R1.np", name: expect.any(String), address: "填报表!D" + (T2021.cells.findIndex((c) => c.code === "R1.np") + 5), from: null, to: "5" });
    const saved = await runCommand(commitImport, { ...input, fingerprint: preview.fingerprint }, env(users.d1Filler));
    expect(saved).toMatchObject({ ok: true, data: { units: [{ orgCode: "D1", version: 1 }] } });
    const s = getSubmission(h.db, h.cycle.id, h.id("D1"))!;
    expect(s.status).toBe("draft");
    expect(s.values["R1.np"]).toBe(5n);
    expect(s.values["R1.tot"]).toBe(5n);
    const audit = lastAuditForTarget(h.db, "submission", "2025/D1")!;
    expect(audit).toMatchObject({ action: "stats.import.file", username: "d1-filler" });
    expect(JSON.parse(audit.detailJson!)).not.toHaveProperty("asReviewer");
  });

  it("the reviewer of the direct parent (stats.import): saved as the child's draft, audited as the reviewer", async () => {
    const { h, users, env } = setup();
    const input = { year: 2025, tables: [table("D1"), table("D2")] };
    const preview = await previewOk(await runCommand(previewImport, input, env(users.rReviewer)));
    expect(preview.units.map((u) => [u.orgCode, u.asReviewer])).toEqual([["D1", true], ["D2", true]]);
    expect(await runCommand(commitImport, { ...input, fingerprint: preview.fingerprint }, env(users.rReviewer))).toMatchObject({ ok: true });
    const audit = lastAuditForTarget(h.db, "submission", "2025/D2")!;
    expect(audit).toMatchObject({ action: "stats.import.file", username: "r-reviewer" });
    expect(JSON.parse(audit.detailJson!)).toMatchObject({ asReviewer: true });
  });

  it.each([
    { who: "another unit's 填报员", user: "d2Filler", unit: "D1" },
    { who: "the unit's 负责人 (no stats.edit)", user: "d1Signer", unit: "D1" },
    { who: "a reviewer two levels up (not the direct parent)", user: "rReviewer", unit: "L1C1" },
    { who: "a reviewer of another branch", user: "l1Reviewer", unit: "D1" },
  ] as const)("$who is refused (403) before anything is shown, and nothing changes", async ({ user, unit }) => {
    const { h, users, env } = setup();
    const before = dump(h.sqlite);
    const r = await runCommand(previewImport, { year: 2025, tables: [table(unit)] }, env(users[user]));
    expect(r).toMatchObject({ ok: false, status: 403 });
    expect(await runCommand(commitImport, { year: 2025, tables: [table(unit)], fingerprint: "0".repeat(64) }, env(users[user]))).toMatchObject({ ok: false, status: 403 });
    expect(dump(h.sqlite)).toBe(before);
  });

  it("history (approved) is the office's: a 填报员 or reviewer is refused", async () => {
    const { users, env } = setup();
    expect(await runCommand(previewImport, { year: 2025, status: "approved", tables: [table("D1")] }, env(users.d1Filler))).toMatchObject({ ok: false, status: 403 });
    expect(await runCommand(previewImport, { year: 2025, status: "approved", tables: [table("D1")] }, env(users.rReviewer))).toMatchObject({ ok: false, status: 403 });
  });
});

describe("refusals, each naming the unit or the place", () => {
  it.each([
    { status: "ready", label: "待签发" },
    { status: "submitted", label: "已报送" },
    { status: "approved", label: "已通过" },
  ] as const)("never over a submission $label", async ({ status, label }) => {
    const { h, users, env } = setup();
    replaceSubmissions(h.db, h.cycle.id, [{ orgId: h.id("D1"), status, values: { "R1.np": 1n } }], null, Date.now());
    const before = dump(h.sqlite);
    const preview = await previewOk(await runCommand(previewImport, { year: 2025, tables: [table("D1")] }, env(users.d1Filler)));
    expect(preview.ok).toBe(false);
    expect(preview.units[0]!.messages.filter((m) => m.severity === "hard").map((m) => m.message)).toEqual([expect.stringContaining(`区发改委（D1）的数据${label}，不能上传覆盖`)]);
    expect(await runCommand(commitImport, { year: 2025, tables: [table("D1")], fingerprint: preview.fingerprint }, env(users.d1Filler))).toMatchObject({ ok: false, status: 422 });
    expect(dump(h.sqlite)).toBe(before);
  });

  it("a returned submission may be replaced (as the form may)", async () => {
    const { h, users, env } = setup();
    replaceSubmissions(h.db, h.cycle.id, [{ orgId: h.id("D1"), status: "returned", values: { "R1.np": 1n } }], null, Date.now());
    const preview = await previewOk(await runCommand(previewImport, { year: 2025, tables: [table("D1")] }, env(users.d1Filler)));
    expect(preview.ok).toBe(true);
    expect(preview.units[0]!.changes.find((c) => c.cell === "R1.np")).toMatchObject({ from: "1", to: "5" });
  });

  it("year, template and unit must match the cycle and the given unit", async () => {
    const { users, env } = setup();
    const messages = async (tables: ReturnType<typeof table>[], org?: string) => {
      const p = await previewOk(await runCommand(previewImport, { year: 2025, tables, ...(org ? { org } : {}) }, env(users.d1Filler)));
      expect(p.ok).toBe(false);
      return p.units.flatMap((u) => u.messages.filter((m) => m.severity === "hard").map((m) => m.message));
    };
    expect(await messages([table("D1", {}, { year: 2024 })])).toEqual(["文件是 2024 年度的，不是 2025 年度的"]);
    expect(await messages([table("D1", {}, { templateId: "gov-disclosure-2018", values: {} })])).toEqual([expect.stringContaining("文件的表式（gov-disclosure-2018）与 2025 年度使用的表式")]);
    expect(await messages([table("D2")], "D1")).toEqual(["文件中的单位代码是 D2，与指定的单位 D1 不一致"]);
    expect(await messages([table(null)])).toEqual(["文件中没有单位代码，请指定要导入的单位"]);
    expect(await messages([table("NOPE")])).toEqual(["单位代码 NOPE 不在 2025 年度的单位名册中"]);
    expect(await messages([table("D1"), table("D1")])).toEqual([expect.stringContaining("区发改委（D1）的统计表在「D1.xlsx 工作表「填报表」」中已出现")]);
    // A table without a code takes the given unit.
    const p = await previewOk(await runCommand(previewImport, { year: 2025, org: "D1", tables: [table(null)] }, env(users.d1Filler)));
    expect(p).toMatchObject({ ok: true, units: [{ orgCode: "D1" }] });
  });

  it("a compiling unit cannot be uploaded as a draft", async () => {
    const { users, env } = setup();
    const p = await previewOk(await runCommand(previewImport, { year: 2025, tables: [table("L1")] }, env(users.rReviewer)));
    expect(p.units[0]!.messages.map((m) => m.message)).toContain("呼和浩特市（L1）是汇总单位，其数据由下级单位汇总生成，不能上传");
  });
});

describe("every finding at its cells and file addresses", () => {
  it("a sum that differs from its parts is a hard error at the sum's cell; a 规章 without 规章制定权 a warning at its cell", async () => {
    const { users, env } = setup();
    const addr = (code: string) => "填报表!D" + (T2021.cells.findIndex((c) => c.code === code) + 5);
    const p = await previewOk(await runCommand(previewImport, { year: 2025, tables: [table("D1", { "R1.tot": "9", "P1.reg.issued": "1", "P1.reg.valid": "1" })] }, env(users.d1Filler)));
    expect(p.ok).toBe(false);
    const hard = p.units[0]!.messages.filter((m) => m.severity === "hard");
    expect(hard.some((m) => m.cells.includes("R1.tot") && m.addresses.includes(addr("R1.tot")))).toBe(true);
    const warning = p.units[0]!.messages.find((m) => m.severity === "warning" && m.cells.includes("P1.reg.issued"))!;
    expect(warning.addresses).toContain(addr("P1.reg.issued"));
  });

  it("a value that does not parse, and a reader's problem, are hard errors at their places", async () => {
    const { users, env } = setup();
    const t = table("D1", { "R1.np": "五" }, { problems: [{ cell: "R2.np", address: "填报表!E9", message: "单元格中是公式，应填写数值" }] });
    const p = await previewOk(await runCommand(previewImport, { year: 2025, tables: [t] }, env(users.d1Filler)));
    const msgs = p.units[0]!.messages.filter((m) => m.severity === "hard");
    expect(msgs).toContainEqual(expect.objectContaining({ cells: ["R2.np"], addresses: ["填报表!E9"], message: "单元格中是公式，应填写数值" }));
    expect(msgs).toContainEqual(expect.objectContaining({ cells: ["R1.np"], message: expect.stringContaining("“五”不是有效的数字") }));
  });
});

describe("all or nothing", () => {
  it("one bad table among good ones saves nothing: the database is the same before and after", async () => {
    const { h, users, env } = setup();
    replaceSubmissions(h.db, h.cycle.id, [{ orgId: h.id("D2"), status: "draft", values: { "R1.np": 1n } }], null, Date.now());
    const input = { year: 2025, tables: [table("D1"), table("D2", { "R3.1.np": "99" })] };
    const before = dump(h.sqlite);
    const p = await previewOk(await runCommand(previewImport, input, env(users.rReviewer)));
    expect(p.ok).toBe(false);
    expect(p.units[0]!.messages).toEqual([]);
    const r = await runCommand(commitImport, { ...input, fingerprint: p.fingerprint }, env(users.rReviewer));
    expect(r).toMatchObject({ ok: false, status: 422 });
    expect(dump(h.sqlite)).toBe(before);
  });

  it("a file or a stored version changed since the preview is refused (409), nothing saved", async () => {
    const { h, users, env } = setup();
    const input = { year: 2025, tables: [table("D1")] };
    const p = await previewOk(await runCommand(previewImport, input, env(users.d1Filler)));
    const before = dump(h.sqlite);
    const changed = { ...input, tables: [table("D1", { "P5.license": "7" })] };
    expect(await runCommand(commitImport, { ...changed, fingerprint: p.fingerprint }, env(users.d1Filler))).toMatchObject({ ok: false, status: 409 });
    expect(dump(h.sqlite)).toBe(before);
    // Someone saved the form in between.
    replaceSubmissions(h.db, h.cycle.id, [{ orgId: h.id("D1"), status: "draft", values: { "R1.np": 1n } }], null, Date.now());
    const between = dump(h.sqlite);
    expect(await runCommand(commitImport, { ...input, fingerprint: p.fingerprint }, env(users.d1Filler))).toMatchObject({ ok: false, status: 409 });
    expect(dump(h.sqlite)).toBe(between);
  });
});
