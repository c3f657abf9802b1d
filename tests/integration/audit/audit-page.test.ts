/**
 * The auditor's page loader (server/audit/audit-page.ts) hands the page words: users, units and
 * cycles by name from the database, states and roles by their labels; no raw JSON, no bare ids.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { appendAudit } from "@/db/mutations/audit";
import { readContext } from "@/server/kernel/read";
import { harness } from "../review/harness";

vi.mock("server-only", () => ({}));

const { loadAuditPage } = await import("@/server/audit/audit-page");

const YEAR = 2033;
let close: (() => void) | undefined;
afterEach(() => close?.());

describe("loadAuditPage", () => {
  it("gives each entry in words, names looked up in the database", () => {
    const h = harness({ year: YEAR });
    close = h.close;
    const auditor = h.user("aud", "钱审计", "R", "auditor");
    const reviewer = h.user("rev", "赵审核", "R", "reviewer");
    const filler = h.user("fil", "王填报", "D1", "filler");
    const d1 = h.db.$client.prepare("select name from organisations where code = 'D1'").pluck().get() as string;
    appendAudit(h.db, { userId: reviewer.id, username: "rev", action: "stats.approve", targetType: "submission", targetId: `${YEAR}/D1`, detail: { before: "submitted", after: "approved", version: 2, late: false }, at: 1 });
    appendAudit(h.db, { userId: null, username: "cli", action: "grant.add", targetType: "user", targetId: filler.id, detail: { osUser: "root", before: null, after: { grantId: 9, username: "fil", role: "filler", org: "D1" } }, at: 2 });

    const ctx = readContext({ user: auditor, db: h.db, now: Date.parse("2033-06-01T00:00:00Z"), ip: "127.0.0.1" });
    const view = loadAuditPage(ctx, {}, { pageSize: 20, knownActions: [] });
    const [grant, approve] = view.rows;

    expect(approve).toMatchObject({ user: "赵审核（rev）", action: "审核通过", actionCode: "stats.approve", target: `填报 ${YEAR}年度 ${d1}`, summary: "状态：已报送 → 已通过；版本号：2；逾期：否" });
    expect(grant).toMatchObject({ user: "cli", action: "授予角色", target: "用户 王填报（fil）" });
    expect(grant!.lines).toEqual([
      { label: "授权编号", value: "9" },
      { label: "用户名", value: "王填报（fil）" },
      { label: "角色", value: "填报员" },
      { label: "单位", value: d1 },
      { label: "命令行操作系统用户", value: "root" },
    ]);
    for (const row of view.rows) expect(row).not.toHaveProperty("detailJson");
  });
});
