import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Browser, type Page } from "./test";
import { getTemplate } from "@/lib/templates";
import { cli, createUser } from "./cli";
import { login } from "./fixtures";

/*
 * 更正 (issue 5 item 3): approved statistics are corrected. The unit asks with a reason, the
 * reviewer reopens, the unit edits, signs off again and the reviewer approves; the reopened
 * approved state is kept (第 1 版, the import kept none), the corrected one after it with what
 * changed, and every step is in the audit log. Year 2032 belongs to this spec.
 */
const YEAR = "2032";
const ORG = "150000-05";
const UNIT_PATH = `/stats/${YEAR}/${ORG}`;
const FIXTURE = path.resolve(__dirname, "../fixtures/imar-2018/submissions-2018.csv");
const lines = fs.readFileSync(FIXTURE, "utf8").trim().split(/\r?\n/);
const header = lines[0]!.split(",");
const row = lines.find((l) => l.startsWith(`${ORG},`))!.split(",");
const template = getTemplate("gov-disclosure-2018");

/** The unit's approved values as the form sends them (typed cells only), with B1 corrected. */
function corrected(): Record<string, string> {
  const out: Record<string, string> = {};
  header.slice(1).forEach((code, i) => {
    if (!template.cell(code)?.computed) out[code] = row[i + 1]!;
  });
  out.B1 = String(Number(out.B1) + 1);
  return out;
}

async function signedIn(browser: Browser, user: { username: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await login(page, user.username, user.password);
  await expect(page).toHaveURL(/\/$/);
  return page;
}

const panel = (page: Page) => page.getByLabel("报送流程");
const status = (page: Page) => page.getByTestId("workflow-status");
const kept = (page: Page) => page.getByTestId("workflow-kept");

test.beforeAll(() => {
  const r = cli(["cycle:create", "--year", YEAR, "--template", "gov-disclosure-2018"]);
  expect(r.code === 0 || /已存在|exists/.test(r.stderr), r.stderr).toBe(true);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "correction-spec-")), "unit.csv");
  fs.writeFileSync(file, `${lines[0]}\n${row.join(",")}\n`);
  const imported = cli(["submissions:import", "--year", YEAR, "--status", "approved", file]);
  expect(imported.code, imported.stderr).toBe(0);
});

test("已通过 → 申请更正 → 重新打开 → edited → 签发 → 已通过; the approved version is kept and every step audited", async ({ browser }) => {
  test.setTimeout(150_000);
  const filler = createUser({ org: ORG, roles: ["filler"] });
  const signer = createUser({ org: ORG, roles: ["signer"] });
  const reviewer = createUser({ org: "150000", roles: ["reviewer"] });
  const B1 = row[header.indexOf("B1")]!;

  // The unit asks for a correction, with its reason; the status stays 已通过 meanwhile.
  const fp = await signedIn(browser, filler);
  await fp.goto(UNIT_PATH);
  await expect(status(fp)).toContainText("已通过");
  await panel(fp).getByRole("button", { name: "申请更正" }).click();
  const ask = fp.getByRole("dialog", { name: "申请更正" });
  await expect(ask.getByRole("button", { name: "提交申请" })).toBeDisabled();
  await ask.getByLabel("更正理由").fill("回应热点数漏计一次新闻发布会回应，需更正。");
  await ask.getByRole("button", { name: "提交申请" }).click();
  await expect(status(fp)).toContainText("已申请更正");
  await expect(status(fp)).toContainText("已通过");

  // The reviewer sees the reason and reopens it (returned to the unit).
  const rp = await signedIn(browser, reviewer);
  await rp.goto(UNIT_PATH);
  await expect(panel(rp)).toContainText("回应热点数漏计一次新闻发布会回应");
  await panel(rp).getByRole("button", { name: "重新打开" }).click();
  const reopen = rp.getByRole("dialog", { name: "重新打开" });
  await expect(reopen).toContainText("回应热点数漏计一次新闻发布会回应");
  await reopen.getByRole("button", { name: "重新打开" }).click();
  await expect(reopen).toBeHidden();
  await expect(panel(rp).getByRole("alert")).toHaveCount(0);
  await rp.goto(UNIT_PATH);
  await expect(status(rp)).toContainText("已退回");

  // Reopening kept the approved state as 第 1 版 (更正).
  await fp.goto(UNIT_PATH);
  await expect(kept(fp)).toHaveText("第 1 版（重新打开更正）");
  // The unit edits (the lock version moves on; its 409 says how many saves came after the one sent), marks it 待签发;
  // the 负责人 signs it off again.
  const stale = await fp.request.put(`/api/stats/${YEAR}/${ORG}`, { data: { values: corrected(), version: 0 } });
  expect(stale.status()).toBe(409);
  // Sent 0: the saves since are the current lock version.
  const approvedVersion = Number(/又有 (\d+) 次保存/.exec(((await stale.json()) as { error: string }).error)?.[1]);
  const saved = await fp.request.put(`/api/stats/${YEAR}/${ORG}`, { data: { values: corrected(), version: approvedVersion } });
  expect(saved.status(), await saved.text()).toBe(200);
  const newVersion = ((await saved.json()) as { version: number }).version;
  expect(newVersion).toBe(approvedVersion + 1);
  await fp.goto(UNIT_PATH);
  await expect(status(fp)).toContainText("草稿");
  await panel(fp).getByRole("button", { name: "标记为待签发" }).click();
  await expect(status(fp)).toContainText("待签发");
  const sp = await signedIn(browser, signer);
  await sp.goto(UNIT_PATH);
  await panel(sp).getByRole("button", { name: "签发并报送" }).click();
  await sp.getByRole("dialog", { name: "签发并报送" }).getByRole("button", { name: "签发并报送" }).click();
  await expect(status(sp)).toContainText("已报送");

  // The reviewer approves the corrected version.
  await rp.goto(UNIT_PATH);
  await panel(rp).getByRole("button", { name: "审核通过" }).click();
  await rp.getByRole("dialog", { name: "审核通过" }).getByRole("button", { name: "审核通过" }).click();
  await expect(status(rp)).toContainText("已通过");
  await expect(kept(rp)).toHaveText("第 4 版（审核通过）");

  // The reopened approved state and the corrected one are kept, with what the correction changed.
  await rp.getByText(/历史版本/).click();
  const history = rp.getByRole("list", { name: "历史版本" });
  await expect(history).toContainText("第 1 版：重新打开更正");
  await expect(history).toContainText("第 2 版：标记待签发");
  await expect(rp.getByRole("list", { name: "第 2 版的改动" })).toHaveText(`${template.cell("B1")!.name}（B1）：${B1} → ${Number(B1) + 1}`);
  // The region's approved totals hold the corrected figure.
  const totals = JSON.parse(cli(["totals", "--year", YEAR, "--org", "150000"]).stdout) as Record<string, number>;
  expect(totals.B1).toBe(Number(B1) + 1);

  // Every step is in the audit log, in order.
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "correction-audit-")), "audit.csv");
  const exported = cli(["audit:export", "--out", out]);
  expect(exported.code, exported.stderr).toBe(0);
  const steps = fs
    .readFileSync(out, "utf8")
    .split("\n")
    .filter((l) => l.includes(`${YEAR}/${ORG}`))
    .map((l) => /,(stats\.[a-z.]+),/.exec(l)?.[1]);
  expect(steps.slice(-6)).toEqual(["stats.correct.request", "stats.correct.reopen", "stats.save", "stats.ready", "stats.signoff", "stats.approve"]);
});
