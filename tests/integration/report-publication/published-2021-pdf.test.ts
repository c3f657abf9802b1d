import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/server/kernel/caller";

vi.mock("server-only", () => ({}));
const session = vi.hoisted(() => ({ user: null as unknown }));
vi.mock("@/server/next/current-user", () => ({ lookupSession: async () => ({ user: session.user }) }));
vi.mock("@/server/next/request-info", () => ({ requestInfo: async () => ({ ip: "127.0.0.1", userAgent: null }) }));
vi.mock("@/server/pdf/report-pool", () => import("../helpers/report-pool-mock").then((m) => m.reportPoolMock()));

const { dbWithTree } = await import("../db/helpers");
const { createCycle } = await import("@/db/mutations/cycles");
const { setCyclePrereview } = await import("@/db/mutations/report-prereviews");
const { replaceSubmissions } = await import("@/db/mutations/submissions");
const { createUser } = await import("@/db/mutations/users");
const { addGrant } = await import("@/db/mutations/grants");
const { execute } = await import("@/server/next/execute");
const { setClockOffset } = await import("@/server/kernel/clock");
const { signOffReport, confirmSecrecy } = await import("@/server/reports/publication/review");
const { publishReportCommand } = await import("@/server/reports/publication/publish");
const { getOutline } = await import("@/lib/report");
const { syntheticLeafValues } = await import("../../unit/report/synthetic-2021");

const t = dbWithTree();
(globalThis as { __nianbaoDb?: unknown }).__nianbaoDb = t;
afterAll(() => t.close());

// A department (D1) of a 2021-format cycle with its approved table and the parts the format requires written.
const cycle = createCycle(t.db, { year: 2025, templateId: "gov-disclosure-2021" });
setCyclePrereview(t.db, cycle.id, false);
replaceSubmissions(t.db, cycle.id, [{ orgId: t.id("D1"), status: "approved", values: syntheticLeafValues(11) }], null, Date.now());
const WRITTEN: Record<string, string> = {
  general_proactive: "本年度主动公开政策文件和工作动态，及时更新政府网站信息公开专栏。",
  general_requests: "依申请公开严格按照法定时限答复，做到件件有回复。",
  general_management: "落实公开属性源头认定，动态调整主动公开基本目录。",
  general_platforms: "加强政府网站和政务新媒体建设，规范信息发布流程。",
  general_oversight: "将政务公开纳入年度考核，开展社会评议。",
  problems: "公开内容的深度和解读质量还需提升。",
  improvements: "上年所列措施已落实；下一步将加强政策解读和业务培训。",
};
const doc = { prose: Object.fromEntries(Object.entries(WRITTEN).map(([id, text]) => [id, [[{ text }]]])), headings: {} };
t.sqlite.prepare("insert into report_drafts (cycle_id, org_id, doc_json, version) values (?, ?, ?, 1)").run(cycle.id, t.id("D1"), JSON.stringify(doc));
const signer = createUser(t.db, { username: "signer", displayName: "李负责", passwordHash: "x", orgId: t.id("D1") });
addGrant(t.db, { userId: signer.id, role: "signer", orgId: t.id("D1"), grantedBy: null, at: 0 });
const asSigner = (): CurrentUser => ({
  id: signer.id,
  username: "signer",
  displayName: "李负责",
  orgId: t.id("D1"),
  orgName: "区发改委",
  sid: "sid-signer",
  mustChangePassword: false,
  totpEnabled: false,
  grants: [{ role: "signer", orgId: t.id("D1") }],
  actor: { userId: signer.id, orgId: t.id("D1"), grants: [{ role: "signer", orgId: t.id("D1") }], disabled: false },
});

/** The outline's headings in print order (parts and their sub-parts). */
function outlineHeadings(): string[] {
  const out: string[] = [];
  const walk = (parts: ReturnType<typeof getOutline>["parts"]) =>
    parts.forEach((p) => {
      out.push(p.heading);
      walk(p.parts ?? []);
    });
  walk(getOutline("gov-disclosure-2021").parts);
  return out;
}

/**
 * Headings of the body (found in order in the PDF's text) with no text of their own before the
 * next heading of the same or a higher level; a part whose content is its sub-parts is not empty.
 */
function emptyHeadings(text: string, headings: string[]): string[] {
  const level = (h: string) => (/^[一二三四五六七八九十]+、/.test(h) ? 1 : 2);
  let from = 0;
  const found = headings.map((h) => {
    const at = text.indexOf(h, from);
    if (at < 0) throw new Error(`heading ${h} not printed`);
    from = at + h.length;
    return { h, at };
  });
  return found
    .filter(({ h, at }, i) => {
      const following = found[i + 1];
      if (following && level(following.h) > level(h)) return false;
      const body = text.slice(at + h.length, following?.at ?? text.length);
      return !/[\u4e00-\u9fff\d]/.test(body);
    })
    .map(({ h }) => h);
}

describe("a published 2021-format unit report, read back from its PDF", () => {
  it("has every part with something under it: no empty heading, the written text, 六's closing sentence", async () => {
    process.env.NIANBAO_TEST_HOOKS = "1";
    session.user = asSigner();
    setClockOffset(60_000);
    expect(await execute(signOffReport, { year: 2025, orgCode: "D1", draftVersion: 1, note: "同意发布" })).toMatchObject({ ok: true });
    setClockOffset(120_000);
    expect(await execute(confirmSecrecy, { year: 2025, orgCode: "D1", draftVersion: 1, note: "经审查不涉及国家秘密" })).toMatchObject({ ok: true });
    setClockOffset(180_000);
    expect(await execute(publishReportCommand, { year: 2025, orgCode: "D1", draftVersion: 1 })).toMatchObject({ ok: true });
    const published = t.sqlite.prepare("select pdf from report_publications where cycle_id = ? and org_id = ? and version = 1").get(cycle.id, t.id("D1")) as { pdf: Buffer } | undefined;
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-2021-"));
    let text: string;
    try {
      fs.writeFileSync(path.join(dir, "r.pdf"), published!.pdf);
      text = execFileSync("pdftotext", ["-enc", "UTF-8", path.join(dir, "r.pdf"), "-"], { encoding: "utf8" }).replace(/\s+/g, "");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    expect(text).toContain("区发改委2025年政府信息公开工作年度报告");
    for (const written of Object.values(WRITTEN)) expect(text).toContain(written.replace(/\s+/g, ""));
    expect(text).toContain("无其他需要报告的事项");
    expect(text).not.toContain("待撰写");

    const headings = outlineHeadings().filter((h) => h !== "附图");
    expect(emptyHeadings(text, headings)).toEqual([]);
    // The check finds an empty part: 五 with its two paragraphs cut out of the same text.
    const without5 = text.replace(WRITTEN.problems!, "").replace(WRITTEN.improvements!.replace(/\s+/g, ""), "");
    expect(emptyHeadings(without5, headings)).toEqual(["五、存在的主要问题及改进情况"]);
  });
});
