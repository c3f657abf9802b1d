import { describe, expect, test, vi } from "vitest";
import type { CurrentUser } from "@/server/kernel/caller";
import { syntheticLeafValues } from "../../unit/report/synthetic-2021";

/*
 * The live preview after a save: the save starts the render of the document it saved, and the
 * preview request that follows takes that render instead of starting its own — only for the
 * same document and user. The pool here renders in the test's thread and counts its renders.
 */
vi.mock("server-only", () => ({}));
vi.mock("@/server/pdf/report-pool", () => import("../helpers/report-pool-mock").then((m) => m.reportPoolMock({ started: true })));

const { dbWithTree } = await import("../db/helpers");
const { replaceSubmissions } = await import("@/db/mutations/submissions");
const { createUser } = await import("@/db/mutations/users");
const { addGrant } = await import("@/db/mutations/grants");
const { getCycleByYear } = await import("@/db/queries/cycles");
const { runCommand } = await import("@/server/kernel/command");
const { systemCaller } = await import("@/server/kernel/caller");
const { readContext } = await import("@/server/kernel/read");
const { createCycle } = await import("@/server/cycles/create");
const { saveReportNarrative } = await import("@/server/reports/save-narrative");
const { saveReportPreface } = await import("@/server/reports/save-preface");
const { reportPreviewResponse } = await import("@/server/reports/preview");
const { reportRenderPool } = await import("@/server/pdf/report-pool");
const { EMPTY_REPORT_PREFACE } = await import("@/lib/validation/report-fields");

const t = dbWithTree();
const admin = { user: systemCaller("test", t.id("R")), db: t.db, now: Date.now(), ip: null };

function writer(username: string): CurrentUser {
  const u = createUser(t.db, { username, displayName: username, passwordHash: "x", orgId: t.id("D1") });
  addGrant(t.db, { userId: u.id, role: "filler", orgId: t.id("D1"), grantedBy: null, at: 0 });
  const grants = [{ role: "filler" as const, orgId: t.id("D1") }];
  return { id: u.id, username, displayName: username, orgId: u.orgId, orgName: "D1", sid: `sid-${u.id}`, mustChangePassword: false, totpEnabled: false, grants, actor: { userId: u.id, orgId: u.orgId, grants } } as unknown as CurrentUser;
}

const renders = () => (reportRenderPool().render as ReturnType<typeof vi.fn>).mock.calls.length;
const para = (s: string) => [[{ text: s }]];

describe("the preview after a save", async () => {
  expect(await runCommand(createCycle, { year: 2025, templateId: "gov-disclosure-2021", prereview: false }, admin)).toMatchObject({ ok: true });
  const cycle = getCycleByYear(t.db, 2025)!;
  replaceSubmissions(t.db, cycle.id, [{ orgId: t.id("D1"), status: "approved" as const, values: syntheticLeafValues(3) }], null, Date.now());
  const a = { ...admin, user: writer("writer-a") };
  const b = { ...admin, user: writer("writer-b") };
  const preview = (as: typeof a) =>
    reportPreviewResponse(readContext({ user: as.user, db: t.db, now: Date.now(), ip: null }), { year: "2025", orgCode: "D1" }, new Request("http://x/api/reports/2025/D1/pdf?v=1"));
  const text = async (res: Response) => Buffer.from(await res.arrayBuffer()).toString("latin1");

  test("the save renders once, and the writer's preview takes that render", async () => {
    const before = renders();
    expect(await runCommand(saveReportNarrative, { year: 2025, orgCode: "D1", version: 0, doc: { prose: { general: para("第一次保存的概述。") }, headings: {} } }, a)).toMatchObject({ ok: true, data: { version: 1, changed: true } });
    expect(renders()).toBe(before + 1);
    const res = await preview(a);
    expect(res.status).toBe(200);
    expect((await text(res)).startsWith("%PDF-")).toBe(true);
    expect(renders()).toBe(before + 1);
    // Taken once: the next request renders again.
    expect((await preview(a)).status).toBe(200);
    expect(renders()).toBe(before + 2);
  });

  test("another user's preview, or one after a later change of the preface, renders afresh", async () => {
    expect(await runCommand(saveReportNarrative, { year: 2025, orgCode: "D1", version: 1, doc: { prose: { general: para("第二次保存的概述。") }, headings: {} } }, a)).toMatchObject({ ok: true, data: { version: 2 } });
    const afterSave = renders();
    expect((await preview(b)).status).toBe(200);
    expect(renders()).toBe(afterSave + 1);

    expect(await runCommand(saveReportNarrative, { year: 2025, orgCode: "D1", version: 2, doc: { prose: { general: para("第三次保存的概述。") }, headings: {} } }, a)).toMatchObject({ ok: true, data: { version: 3 } });
    expect(await runCommand(saveReportPreface, { ...EMPTY_REPORT_PREFACE, year: 2025, orgCode: "D1", contactOffice: "政务公开办公室", phone: "0471-7654321" }, a)).toMatchObject({ ok: true });
    const afterPreface = renders();
    expect((await preview(a)).status).toBe(200);
    expect(renders()).toBe(afterPreface + 1);
  });

  test("an unchanged save starts no render", async () => {
    const before = renders();
    expect(await runCommand(saveReportNarrative, { year: 2025, orgCode: "D1", version: 3, doc: { prose: { general: para("第三次保存的概述。") }, headings: {} } }, a)).toMatchObject({ ok: true, data: { changed: false } });
    expect(renders()).toBe(before);
  });
});
