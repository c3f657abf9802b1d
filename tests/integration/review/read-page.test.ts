/**
 * Pages read through one guarded wrapper, readPage (server/next/read.ts), with framework-free
 * loaders in server/: a loader refuses another unit's page and an unknown unit's alike (403, so
 * the URL reveals nothing), and the wrapper turns the session and the guards' refusals into
 * Next's redirect (login, with ?expired=1 after an idle session; the password change first),
 * forbidden() and notFound(). Runs against an in-memory database; the session lookup, the
 * request's address and next/navigation are replaced.
 */
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/server/kernel/caller";
import { CommandError } from "@/server/kernel/errors";
import { readContext } from "@/server/kernel/read";
import { harness } from "./harness";

/** What the replaced lookupSession answers: the harness's user, or no session (idle when `expired`). */
const lookup = vi.hoisted(() => ({ expired: false }));

vi.mock("server-only", () => ({}));
vi.mock("@/server/next/current-user", async () => {
  const { session: s } = await import("./harness");
  return { lookupSession: async () => (s.user ? { user: s.user } : { user: null, expired: lookup.expired }) };
});
vi.mock("@/server/next/request-info", () => ({ requestInfo: async () => ({ ip: "127.0.0.1", userAgent: null }) }));
/** Next's navigation helpers throw; these stand-ins throw an error naming what Next would have done. */
vi.mock("next/navigation", () => ({
  redirect: (to: string) => {
    throw new Error(`redirect:${to}`);
  },
  forbidden: () => {
    throw new Error("forbidden");
  },
  notFound: () => {
    throw new Error("notFound");
  },
}));

const { readPage } = await import("@/server/next/read");
const { loadUnitStatsPage } = await import("@/server/stats/unit-page-view");
const { loadEditStatsPage } = await import("@/server/stats/edit-page");
const { loadReportPage } = await import("@/server/reports/report-page");
const { loadReviewPage } = await import("@/server/review/review-page");
const { loadUsersPage } = await import("@/server/admin/users-page");

const YEAR = 2033;

function setup() {
  const h = harness({ year: YEAR });
  const filler = h.user("f1", "王填报", "D1", "filler");
  const reviewer = h.user("r", "赵审核", "R", "reviewer");
  const ctxOf = (user: CurrentUser) => readContext({ user, db: h.db, now: Date.parse("2033-06-01T00:00:00Z"), ip: "127.0.0.1" });
  return { ...h, filler, reviewer, ctxOf };
}

let t: ReturnType<typeof setup>;
beforeEach(() => {
  t?.close();
  t = setup();
  lookup.expired = false;
  t.as(null);
});
afterAll(() => t?.close());

/** The error a loader threw, for comparing status and message. */
function refusal(run: () => unknown): { status: number; message: string } {
  try {
    run();
  } catch (err) {
    if (err instanceof CommandError) return { status: err.status, message: err.message };
    throw err;
  }
  throw new Error("the loader did not refuse");
}

describe("page loaders (framework-free)", () => {
  it("read the user's own unit", () => {
    const view = loadUnitStatsPage(t.ctxOf(t.filler), { year: String(YEAR), orgCode: "D1" });
    expect(view).toMatchObject({ year: YEAR, orgCode: "D1", unitName: "区发改委", leaf: true, statusLabel: expect.any(String) });
  });

  it("refuse another unit's page with 403, and an unknown unit's with the very same 403", () => {
    const other = refusal(() => loadUnitStatsPage(t.ctxOf(t.filler), { year: String(YEAR), orgCode: "D2" }));
    const unknown = refusal(() => loadUnitStatsPage(t.ctxOf(t.filler), { year: String(YEAR), orgCode: "NOPE" }));
    expect(other.status).toBe(403);
    expect(unknown).toEqual(other);
    // The permission comes before the cycle: an unknown unit in a missing year is refused the same way.
    expect(refusal(() => loadReportPage(t.ctxOf(t.filler), { year: "1999", orgCode: "NOPE" }))).toEqual(refusal(() => loadReportPage(t.ctxOf(t.filler), { year: String(YEAR), orgCode: "D2" })));
  });

  it("answer 404 for a missing cycle, and for a compiling unit's form", () => {
    expect(refusal(() => loadUnitStatsPage(t.ctxOf(t.filler), { year: "1999", orgCode: "D1" })).status).toBe(404);
    expect(refusal(() => loadUnitStatsPage(t.ctxOf(t.filler), { year: "abc", orgCode: "D1" })).status).toBe(404);
    const admin = t.user("a", "孙管理", "R", "filler");
    expect(refusal(() => loadEditStatsPage(t.ctxOf(admin), { year: String(YEAR), orgCode: "R" })).status).toBe(404);
  });

  it("take a code with a % as it is (Next decoded the params once)", () => {
    expect(refusal(() => loadUnitStatsPage(t.ctxOf(t.filler), { year: String(YEAR), orgCode: "D%31" })).status).toBe(403);
  });

  it("refuse the review page to someone who reviews nobody (403) and a missing year (404)", () => {
    expect(loadReviewPage(t.ctxOf(t.reviewer), { year: String(YEAR) }).rows.map((r) => r.orgCode)).toEqual(["D1", "D2", "L1"]);
    expect(refusal(() => loadReviewPage(t.ctxOf(t.filler), { year: String(YEAR) })).status).toBe(403);
    expect(refusal(() => loadReviewPage(t.ctxOf(t.reviewer), { year: "1999" })).status).toBe(404);
  });
});

describe("readPage", () => {
  it("runs the loader with the session's user, the clock and the address", async () => {
    t.as(t.filler);
    const seen = await readPage((ctx) => ({ user: ctx.user.username, ip: ctx.ip, now: typeof ctx.now }));
    expect(seen).toEqual({ user: "f1", ip: "127.0.0.1", now: "number" });
    await expect(readPage((ctx) => loadUnitStatsPage(ctx, { year: String(YEAR), orgCode: "D1" }))).resolves.toMatchObject({ unitName: "区发改委" });
  });

  it("maps a loader's 403 to forbidden(), for another unit and an unknown one alike", async () => {
    t.as(t.filler);
    await expect(readPage((ctx) => loadUnitStatsPage(ctx, { year: String(YEAR), orgCode: "D2" }))).rejects.toThrow("forbidden");
    await expect(readPage((ctx) => loadUnitStatsPage(ctx, { year: String(YEAR), orgCode: "NOPE" }))).rejects.toThrow("forbidden");
    await expect(readPage(loadUsersPage)).rejects.toThrow("forbidden");
  });

  it("maps a loader's 404 to notFound()", async () => {
    t.as(t.filler);
    await expect(readPage((ctx) => loadUnitStatsPage(ctx, { year: "1999", orgCode: "D1" }))).rejects.toThrow("notFound");
  });

  it("passes any other error on as it is", async () => {
    t.as(t.filler);
    await expect(
      readPage(() => {
        throw new CommandError(409, "冲突");
      }),
    ).rejects.toThrow("冲突");
  });

  it("sends no session to the login page, an idle one with ?expired=1, and never runs the loader", async () => {
    const loader = vi.fn(() => "data");
    await expect(readPage(loader)).rejects.toThrow("redirect:/login");
    lookup.expired = true;
    await expect(readPage(loader)).rejects.toThrow("redirect:/login?expired=1");
    expect(loader).not.toHaveBeenCalled();
  });

  it("sends a user who must change the initial password there first, except on that page", async () => {
    t.as({ ...t.filler, mustChangePassword: true });
    await expect(readPage(() => "data")).rejects.toThrow("redirect:/account/password");
    await expect(readPage(() => "data", { allowPasswordChange: true })).resolves.toBe("data");
  });
});
