import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe as suite, expect, test, vi } from "vitest";
import type { CurrentUser } from "@/server/kernel/caller";
import { runCli } from "./run-cli";
import { SKIP_PDF_CHECKS, compactText, layoutText } from "../report/pdf-tools";

/*
 * `report` prints what the web page shows: the web route's PDF (GET /api/reports/{year}/{code}/pdf,
 * run in process) and the CLI's (`report --out`, run with tsx on the same database file) read back
 * to the same text, with the narrative and the preface fields saved through the app's commands.
 */
vi.mock("server-only", () => ({}));
const session = vi.hoisted(() => ({ user: null as unknown }));
vi.mock("@/server/next/current-user", () => ({ lookupSession: async () => ({ user: session.user }) }));
vi.mock("@/server/next/request-info", () => ({ requestInfo: async () => ({ ip: "127.0.0.1", userAgent: null }) }));
// Renders in this thread (the worker pool is tested in tests/integration/report/render-in-worker.test.ts).
vi.mock("@/server/pdf/report-pool", () => import("../helpers/report-pool-mock").then((m) => m.reportPoolMock()));

const { openDb } = await import("@/db/client");
const { upsertOrganisations } = await import("@/db/mutations/orgs");
const { createCycle } = await import("@/db/mutations/cycles");
const { replaceSubmissions } = await import("@/db/mutations/submissions");
const { createUser } = await import("@/db/mutations/users");
const { addGrant } = await import("@/db/mutations/grants");
const { EMPTY_REPORT_PREFACE } = await import("@/lib/validation/report-fields");
const { runCommand } = await import("@/server/kernel/command");
const { saveReportNarrative } = await import("@/server/reports/save-narrative");
const { saveReportPreface } = await import("@/server/reports/save-preface");
const { GET } = await import("@/app/api/reports/[year]/[orgCode]/pdf/route");
const { TREE } = await import("../db/helpers");
const { demoRow } = await import("../report-publication/setup");

const describe = suite.skipIf(SKIP_PDF_CHECKS);

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-report-web-"));
const file = path.join(tmp, "nianbao.db");
const PROSE = "本机关坚持以公开为常态、不公开为例外，全年新设政务公开专栏三个。";
const SAVED = { compiler: "区发改委办公室（测试编制）", sources: "委内各处室", contactOffice: "区发改委政务公开科", phone: "0471-6660000", email: "gk@example.gov.cn" };

let opened: ReturnType<typeof openDb>;

async function webPdf(): Promise<string> {
  const res = await GET(new Request("http://localhost/api/reports/2018/D1/pdf"), { params: Promise.resolve({ year: "2018", orgCode: "D1" }) });
  expect(res.status, res.headers.get("content-type") === "application/json" ? await res.text() : "").toBe(200);
  const out = path.join(tmp, "web.pdf");
  fs.writeFileSync(out, Buffer.from(await res.arrayBuffer()));
  return out;
}

function cliPdf(name: string, extra: string[] = []): string {
  const out = path.join(tmp, name);
  const r = runCli(file, ["report", "--year", "2018", "--org", "D1", "--out", out, ...extra], tmp);
  expect(r.code, r.stderr).toBe(0);
  return out;
}

beforeAll(async () => {
  opened = openDb(file);
  (globalThis as { __nianbaoDb?: unknown }).__nianbaoDb = opened;
  const { db } = opened;
  upsertOrganisations(db, TREE);
  const cycle = createCycle(db, { year: 2018, templateId: "gov-disclosure-2018" });
  const d1 = opened.sqlite.prepare("select id from organisations where code = 'D1'").pluck().get() as number;
  replaceSubmissions(db, cycle.id, [{ orgId: d1, status: "approved", values: demoRow("150000-01") }], null, Date.now());
  const row = createUser(db, { username: "d1-filler", displayName: "王填报", passwordHash: "x", orgId: d1 });
  addGrant(db, { userId: row.id, role: "filler", orgId: d1, grantedBy: null, at: 0 });
  const grants = [{ role: "filler" as const, orgId: d1 }];
  const filler: CurrentUser = {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    orgId: d1,
    orgName: "区发改委",
    sid: "sid-d1",
    mustChangePassword: false,
    totpEnabled: false,
    grants,
    actor: { userId: row.id, orgId: d1, grants, disabled: false },
  };
  session.user = filler;
  const env = { user: filler, db, now: Date.now(), ip: "127.0.0.1" };
  const doc = { prose: { proactive: [[{ text: PROSE }]] }, headings: {} };
  expect(await runCommand(saveReportNarrative, { year: 2018, orgCode: "D1", version: 0, doc }, env)).toMatchObject({ ok: true });
  expect(await runCommand(saveReportPreface, { ...EMPTY_REPORT_PREFACE, ...SAVED, year: 2018, orgCode: "D1" }, env)).toMatchObject({ ok: true });
}, 60_000);

afterAll(() => {
  opened?.close();
  delete (globalThis as { __nianbaoDb?: unknown }).__nianbaoDb;
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("report --out prints what the web's PDF route renders", () => {
  test("the same text, with the saved narrative and the saved preface fields", async () => {
    const web = layoutText(await webPdf());
    const cli = layoutText(cliPdf("cli.pdf"));
    expect(cli).toBe(web);
    const compact = compactText(path.join(tmp, "cli.pdf"));
    expect(compact).toContain(PROSE.replace(/\s+/g, ""));
    // A unit's own report: never "由…综合…编制而成", however the fields read.
    expect(compact).toContain("要求编制。");
    expect(compact).not.toContain("编制而成");
    expect(compact).toContain(`请与${SAVED.contactOffice}联系（电话：${SAVED.phone}，电子邮箱：${SAVED.email}）`);
  }, 120_000);

  test("--fields replaces a saved preface field and keeps the other saved ones", () => {
    fs.writeFileSync(path.join(tmp, "fields.json"), JSON.stringify({ contactOffice: "自治区政务公开办公室（覆盖）" }));
    const text = compactText(cliPdf("fields.pdf", ["--fields", "fields.json"]));
    expect(text).toContain(`请与自治区政务公开办公室（覆盖）联系（电话：${SAVED.phone}，电子邮箱：${SAVED.email}）`);
    expect(text).not.toContain(SAVED.contactOffice);
    expect(text).toContain(PROSE.replace(/\s+/g, ""));
  }, 120_000);
});
