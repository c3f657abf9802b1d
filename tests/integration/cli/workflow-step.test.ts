import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Role } from "@/lib/authz";
import { openDb } from "@/db/client";
import { createCycle } from "@/db/mutations/cycles";
import { addGrant } from "@/db/mutations/grants";
import { upsertOrganisations } from "@/db/mutations/orgs";
import { replaceSubmissions } from "@/db/mutations/submissions";
import { createUser } from "@/db/mutations/users";
import { listSignoffs } from "@/db/queries/signoffs";
import { getWorkflowState } from "@/db/queries/workflow-state";
import type { CurrentUser } from "@/server/kernel/caller";
import { runCommand } from "@/server/kernel/command";
import { markReady } from "@/server/workflow/mark-ready";
import { saveExplanations } from "@/server/workflow/save-explanations";
import { signOff } from "@/server/workflow/sign-off";
import { TREE } from "../db/helpers";
import { demoRow } from "../report-publication/setup";
import { runCli } from "./run-cli";

/*
 * `workflow:step` runs the web's workflow commands (server/workflow/) as the console: the same
 * rules and refusals on the same database file, and the console's signer name only for itself.
 */
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-workflow-step-"));
const file = path.join(tmp, "nianbao.db");
let opened: ReturnType<typeof openDb>;
let cycleId: number;
const ids = new Map<string, number>();

function user(username: string, displayName: string, code: string, role: Role): CurrentUser {
  const orgId = ids.get(code)!;
  const row = createUser(opened.db, { username, displayName, passwordHash: "x", orgId });
  addGrant(opened.db, { userId: row.id, role, orgId, grantedBy: null, at: 0 });
  const grants = [{ role, orgId }];
  return { id: row.id, username, displayName, orgId, orgName: code, sid: `sid-${username}`, mustChangePassword: false, totpEnabled: false, grants, actor: { userId: row.id, orgId, grants, disabled: false } };
}

const env = (u: CurrentUser) => ({ user: u, db: opened.db, now: Date.now(), ip: "127.0.0.1" });
const step = (code: string, ...args: string[]) => runCli(file, ["workflow:step", "--year", "2018", "--org", code, "--step", ...args]);
const state = (code: string) => getWorkflowState(opened.db, cycleId, ids.get(code)!);

let filler: CurrentUser;
let signer: CurrentUser;

beforeAll(() => {
  opened = openDb(file);
  upsertOrganisations(opened.db, TREE);
  for (const o of TREE) ids.set(o.code, opened.sqlite.prepare("select id from organisations where code = ?").pluck().get(o.code) as number);
  cycleId = createCycle(opened.db, { year: 2018, templateId: "gov-disclosure-2018" }).id;
  // 150000-01's 2018 row: complete, no hard error, one warning (A2-ge) and no explanation of it.
  replaceSubmissions(opened.db, cycleId, [{ orgId: ids.get("D1")!, status: "draft", values: demoRow("150000-01") }], null, Date.now());
  replaceSubmissions(opened.db, cycleId, [{ orgId: ids.get("D2")!, status: "ready", values: demoRow("150000-02") }], null, Date.now());
  filler = user("d1-filler", "王填报", "D1", "filler");
  signer = user("d2-signer", "赵负责", "D2", "signer");
});

afterAll(() => {
  opened?.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe("workflow:step goes through the web's commands", () => {
  test("ready with an unexplained warning is refused with the web's message; nothing changes", async () => {
    const web = await runCommand(markReady, { year: 2018, orgCode: "D1", version: 1 }, env(filler));
    expect(web.ok).toBe(false);
    const message = !web.ok ? web.error : "";
    expect(message).toContain("提示尚未说明");

    const cli = step("D1", "ready");
    expect(cli.code).toBe(1);
    expect(cli.stdout).toBe("");
    expect(cli.stderr.split("\n")[0]).toBe(`区发改委（D1）：${message}`);
    expect(state("D1")).toMatchObject({ status: "draft", version: 1 });
  });

  test("once the web has the warning explained, the console marks it 待签发 and signs in the name it gives", async () => {
    const explained = await runCommand(saveExplanations, { year: 2018, orgCode: "D1", version: 1, explanations: { "A2-ge": "同一信息在多个渠道发布，只计一次。" } }, env(filler));
    expect(explained).toMatchObject({ ok: true });
    const ready = step("D1", "ready");
    expect(ready.code, ready.stderr).toBe(0);
    expect(ready.stderr).toBe("区发改委（D1）2018 年度：草稿 → 待签发（保留为第 1 版，版本号 1）。\n");

    const signed = step("D1", "signoff", "--signer", "测试负责人");
    expect(signed.code, signed.stderr).toBe(0);
    expect(signed.stderr).toBe("区发改委（D1）2018 年度：待签发 → 已报送（保留为第 2 版，版本号 1）。\n");
    const d1 = state("D1")!;
    expect(listSignoffs(opened.db, d1.submissionId).map((s) => s.signerName)).toEqual(["测试负责人"]);
    const audit = opened.sqlite.prepare("select username, user_id as userId, detail_json as detail from audit_log where action = 'stats.signoff' order by id desc limit 1").get() as {
      username: string;
      userId: number | null;
      detail: string;
    };
    expect(audit).toMatchObject({ username: "cli", userId: null });
    expect(JSON.parse(audit.detail)).toMatchObject({ signer: "测试负责人", osUser: os.userInfo().username });
  });

  test("a signed-in signer is recorded by their own name: a signerName they send changes nothing", async () => {
    const r = await runCommand(signOff, { year: 2018, orgCode: "D2", version: 1, signerName: "冒名顶替" }, env(signer));
    expect(r).toMatchObject({ ok: true, data: { signerName: "赵负责" } });
    expect(listSignoffs(opened.db, state("D2")!.submissionId).map((s) => s.signerName)).toEqual(["赵负责"]);
  });
});
