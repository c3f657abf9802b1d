/**
 * A cycle's decisions are made on that cycle's frozen roster: after a 旗县 is moved to another
 * parent, its old parent still reviews (approves, reopens) its submission of the earlier year,
 * and the new parent may not — as the roster of that year places it.
 */
import { describe, expect, it, vi } from "vitest";
import { getTemplate } from "@/lib/templates";
import type { CurrentUser } from "@/server/kernel/caller";
import { harness } from "../review/harness";

vi.mock("server-only", () => ({}));
vi.mock("@/server/next/current-user", async () => (await import("../review/harness")).sessionModule());
vi.mock("@/server/next/request-info", async () => (await import("../review/harness")).requestInfoModule());

const routes = {
  save: (await import("@/app/api/stats/[year]/[orgCode]/route")).PUT,
  ready: (await import("@/app/api/stats/[year]/[orgCode]/ready/route")).POST,
  signoff: (await import("@/app/api/stats/[year]/[orgCode]/signoff/route")).POST,
  approve: (await import("@/app/api/stats/[year]/[orgCode]/approve/route")).POST,
  correction: (await import("@/app/api/stats/[year]/[orgCode]/correction/route")).POST,
  reopen: (await import("@/app/api/stats/[year]/[orgCode]/reopen/route")).POST,
};
const { runCommand } = await import("@/server/kernel/command");
const { systemCaller } = await import("@/server/kernel/caller");
const { moveOrganisation } = await import("@/server/orgs/move");
const { getWorkflowState } = await import("@/db/queries/workflow-state");
const { unitPage } = await import("@/server/orgs/unit-page");
const { readContext } = await import("@/server/kernel/read");

const YEAR = 2035;
const TABLE = { ...Object.fromEntries(getTemplate("gov-disclosure-2018").cells.filter((c) => !c.computed).map((c) => [c.code, "0"])), A1: "5", "A2.2": "5" };

const h = harness({ year: YEAR });
const countyFiller = h.user("cr-cf", "钱填报", "L1C1", "filler");
const countySigner = h.user("cr-cs", "吴签发", "L1C1", "signer");
const oldParent = h.user("cr-lr", "孙审核", "L1", "reviewer");
const newParent = h.user("cr-r", "赵审核", "R", "reviewer");

async function call(who: CurrentUser, route: keyof typeof routes, body: Record<string, unknown>) {
  h.as(who);
  const version = getWorkflowState(h.db, h.cycle.id, h.id("L1C1"))?.version ?? 0;
  const res = await routes[route](
    new Request(`http://x/api/stats/${YEAR}/L1C1/${route}`, { method: route === "save" ? "PUT" : "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ version, ...body }) }),
    h.params({ year: String(YEAR), orgCode: "L1C1" }),
  );
  return { status: res.status, body: (await res.json()) as { error?: string } };
}

describe("authority over a cycle follows that cycle's roster", () => {
  it("the old parent approves and reopens after the unit moved; the new parent is refused", async () => {
    expect((await call(countyFiller, "save", { values: TABLE })).status).toBe(200);
    expect((await call(countyFiller, "ready", {})).status).toBe(200);
    expect((await call(countySigner, "signoff", {})).status).toBe(200);

    // Today the county goes straight under the region; the cycle's roster still has it under L1.
    const moved = await runCommand(moveOrganisation, { code: "L1C1", parentCode: "R" }, { user: systemCaller("test", h.id("R")), db: h.db, now: Date.now(), ip: null });
    expect(moved.ok).toBe(true);

    expect(await call(newParent, "approve", {})).toMatchObject({ status: 403 });
    expect((await call(oldParent, "approve", {})).status).toBe(200);
    expect((await call(countyFiller, "correction", { reason: "数据有误" })).status).toBe(200);
    expect(await call(newParent, "reopen", {})).toMatchObject({ status: 403 });
    expect((await call(oldParent, "reopen", {})).status).toBe(200);

    // The pages read the same way: the old parent still opens the unit's page of that year, the new one does not.
    const ctx = (user: CurrentUser) => readContext({ user, db: h.db, now: Date.now(), ip: null });
    expect(unitPage(ctx(oldParent), { year: String(YEAR), orgCode: "L1C1" }, "stats.read").node.code).toBe("L1C1");
    expect(() => unitPage(ctx(newParent), { year: String(YEAR), orgCode: "L1C1" }, "stats.review")).toThrow(/权限/);
  });
});
