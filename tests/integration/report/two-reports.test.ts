import { describe, expect, test, vi } from "vitest";
import type { CurrentUser } from "@/server/kernel/caller";
import type { Role } from "@/lib/authz";
import { syntheticLeafValues } from "../../unit/report/synthetic-2021";

/*
 * A government with two reports in a cycle (报告范围 both): the area's (全市) and the 本级's
 * (市政府及部门) are two documents — each with its own text, preface, 签发 and publications —
 * chosen by `coverage`; none asked means the unit's first report (the area's).
 */
vi.mock("server-only", () => ({}));
vi.mock("@/server/pdf/report-pool", () => import("../helpers/report-pool-mock").then((m) => m.reportPoolMock()));

const { dbWithTree } = await import("../db/helpers");
const { upsertOrganisations } = await import("@/db/mutations/orgs");
const { replaceSubmissions } = await import("@/db/mutations/submissions");
const { createUser } = await import("@/db/mutations/users");
const { addGrant } = await import("@/db/mutations/grants");
const { getCycleByYear } = await import("@/db/queries/cycles");
const { getReportDraft } = await import("@/db/queries/report-drafts");
const { getReportPreface } = await import("@/db/queries/report-preface");
const { listPublications } = await import("@/db/queries/report-publications");
const { runCommand } = await import("@/server/kernel/command");
const { systemCaller } = await import("@/server/kernel/caller");
const { createCycle } = await import("@/server/cycles/create");
const { setRosterScope } = await import("@/server/cycles/set-roster-scope");
const { loadReportDocument } = await import("@/server/reports/report-document");
const { saveReportNarrative } = await import("@/server/reports/save-narrative");
const { saveReportPreface } = await import("@/server/reports/save-preface");
const { signOffReport, confirmSecrecy } = await import("@/server/reports/publication/review");
const { publishReportCommand } = await import("@/server/reports/publication/publish");
const { publicPdfResponse } = await import("@/server/reports/publication/public-file");
const { loadPublicReports } = await import("@/server/reports/publication/public-list");
const { setPublicList } = await import("@/server/reports/publication/public-setting");
const { runsText } = await import("@/lib/report");
const { EMPTY_REPORT_PREFACE } = await import("@/lib/validation/report-fields");

const t = dbWithTree();
upsertOrganisations(t.db, [
  { code: "L1G", name: "呼和浩特市人民政府办公室", parentCode: "L1", kind: "gov_office" },
  { code: "L1D", name: "呼和浩特市教育局", parentCode: "L1", kind: "department" },
]);
const LEAVES = ["D1", "D2", "L1G", "L1D", "L1C1"];
const admin = { user: systemCaller("test", t.id("R")), db: t.db, now: Date.now(), ip: null };

function person(username: string, roles: Role[]): CurrentUser {
  const u = createUser(t.db, { username, displayName: username, passwordHash: "x", orgId: t.id("L1") });
  for (const role of roles) addGrant(t.db, { userId: u.id, role, orgId: t.id("L1"), grantedBy: null, at: 0 });
  const grants = roles.map((role) => ({ role, orgId: t.id("L1") }));
  return { id: u.id, username, displayName: username, orgId: u.orgId, orgName: "呼和浩特市", sid: `sid-${u.id}`, mustChangePassword: false, totpEnabled: false, grants, actor: { userId: u.id, orgId: u.orgId, grants } } as unknown as CurrentUser;
}

const filler = { ...admin, user: person("writer", ["filler"]) };
const signer = { ...admin, user: person("signer", ["signer"]) };

const text = (r: ReturnType<typeof loadReportDocument>) => {
  if (!r.ok) throw new Error(r.message);
  return r.doc.blocks.flatMap((b) => (b.kind === "paragraph" ? [runsText(b.runs)] : [])).join("\n");
};
const para = (s: string) => [[{ text: s }]];
/** What the 2021 format requires written (一's five items, 五's two), so the report may be given 签发. */
const REQUIRED_2021 = Object.fromEntries(
  ["general_proactive", "general_requests", "general_management", "general_platforms", "general_oversight", "problems", "improvements"].map((id) => [id, para(`${id}的内容。`)]),
);

describe("a government with two reports", async () => {
  // Without 预审 (its rules are prereview.test.ts's): this suite is about the two reports.
  expect(await runCommand(createCycle, { year: 2025, templateId: "gov-disclosure-2021", prereview: false }, admin)).toMatchObject({ ok: true });
  const cycle = getCycleByYear(t.db, 2025)!;
  replaceSubmissions(t.db, cycle.id, LEAVES.map((code, i) => ({ orgId: t.id(code), status: "approved" as const, values: syntheticLeafValues(i + 7) })), null, Date.now());

  test("before the office chooses both, the unit has no 本级 report", () => {
    expect(loadReportDocument(t.db, 2025, "L1", { coverage: "own" })).toMatchObject({ ok: false, reason: "no-report" });
  });

  test("both: the area's report says 全市 and is the first; the 本级's says 市政府及部门 under its own title", async () => {
    expect(await runCommand(setRosterScope, { year: 2025, orgCode: "L1", coverage: "both" }, admin)).toMatchObject({ ok: true, data: { coverage: "both" } });
    const first = loadReportDocument(t.db, 2025, "L1");
    const area = loadReportDocument(t.db, 2025, "L1", { coverage: "area" });
    const own = loadReportDocument(t.db, 2025, "L1", { coverage: "own" });
    expect(text(first)).toBe(text(area));
    expect(text(area)).toContain("2025年，全市共收办政府信息公开申请");
    expect(text(own)).toContain("2025年，市政府及部门共收办政府信息公开申请");
    expect(own.ok && own.doc.title).toBe("呼和浩特市本级2025年政府信息公开工作年度报告");
    expect(area.ok && area.doc.title).toBe("呼和浩特市2025年政府信息公开工作年度报告");
  });

  test("text and preface are saved per report", async () => {
    expect(await runCommand(saveReportNarrative, { year: 2025, orgCode: "L1", coverage: "own", version: 0, doc: { prose: { ...REQUIRED_2021, general: para("本级报告的概述。") }, headings: {} } }, filler)).toMatchObject({ ok: true, data: { version: 1 } });
    expect(await runCommand(saveReportPreface, { ...EMPTY_REPORT_PREFACE, year: 2025, orgCode: "L1", coverage: "own", phone: "0471-1234567" }, filler)).toMatchObject({ ok: true });
    expect(getReportDraft(t.db, cycle.id, t.id("L1"), "own")?.version).toBe(1);
    expect(getReportDraft(t.db, cycle.id, t.id("L1"), "area")).toBeNull();
    expect(getReportPreface(t.db, 2025, "L1", "own")).toEqual({ phone: "0471-1234567" });
    expect(getReportPreface(t.db, 2025, "L1", "area")).toEqual({});
    expect(text(loadReportDocument(t.db, 2025, "L1", { coverage: "own" }))).toContain("本级报告的概述。");
    expect(text(loadReportDocument(t.db, 2025, "L1"))).not.toContain("本级报告的概述。");
  });

  test("签发, 保密审查 and publication of the 本级 report leave the area's unpublished; its public file (once the office opens the list) is v1-own.pdf", async () => {
    const own = { year: 2025, orgCode: "L1", coverage: "own" as const, draftVersion: 1 };
    expect(await runCommand(signOffReport, own, signer)).toMatchObject({ ok: true });
    expect(await runCommand(confirmSecrecy, { ...own, note: "不涉密" }, signer)).toMatchObject({ ok: true });
    // The area report's draft is version 0 and has no 签发: it cannot be published.
    expect(await runCommand(publishReportCommand, { year: 2025, orgCode: "L1", draftVersion: 0 }, signer)).toMatchObject({ ok: false, status: 409 });
    expect(await runCommand(publishReportCommand, own, signer)).toMatchObject({ ok: true, data: { version: 1 } });
    expect(listPublications(t.db, cycle.id, t.id("L1"), "own").map((p) => p.title)).toEqual(["呼和浩特市本级2025年政府信息公开工作年度报告"]);
    expect(listPublications(t.db, cycle.id, t.id("L1"), "area")).toEqual([]);
    expect(loadPublicReports(t.db)).toBeNull();
    expect(publicPdfResponse(t.db, { year: "2025", orgCode: "L1", file: "v1-own.pdf" }).status).toBe(404);
    expect(await runCommand(setPublicList, { enabled: true }, admin)).toMatchObject({ ok: true });
    expect(publicPdfResponse(t.db, { year: "2025", orgCode: "L1", file: "v1-own.pdf" }).status).toBe(200);
    expect(publicPdfResponse(t.db, { year: "2025", orgCode: "L1", file: "v1.pdf" }).status).toBe(404);
    const listed = (loadPublicReports(t.db) ?? []).flatMap((y) => y.units.map((u) => [u.orgCode, u.coverage, u.versions[0]?.pdfPath]));
    expect(listed).toEqual([["L1", "own", "/public/reports/2025/L1/v1-own.pdf"]]);
  });

  test("a 本级 report asked of a unit without one is refused, not built from the area", async () => {
    expect(await runCommand(saveReportNarrative, { year: 2025, orgCode: "D1", coverage: "own", version: 0, doc: { prose: {}, headings: {} } }, admin)).toMatchObject({ ok: false });
    expect(await runCommand(saveReportNarrative, { year: 2025, orgCode: "L1", coverage: "all", version: 0, doc: { prose: {}, headings: {} } }, filler)).toMatchObject({ ok: false, status: 422 });
  });
});
