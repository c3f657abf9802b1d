import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { getTemplate } from "@/lib/templates";
import { cli, createUser } from "./cli";
import { login } from "./fixtures";

const UNIT_PATH = "/stats/2025/150205";
const API_PATH = "/api/stats/2025/150205";

/** Every value the unit types (sums are computed), all 0 but 9 行政处罚: complete and without warnings. */
const zeros = {
  ...Object.fromEntries(
    getTemplate("gov-disclosure-2021")
      .cells.filter((c) => !c.computed)
      .map((c) => [c.code, "0"]),
  ),
  "P6.penalty": "9",
};

/** 包头市's approved totals of 行政处罚 (P6.penalty) in 2025, through the CLI (0 when none). */
function baotouPenalties(): number {
  const r = cli(["totals", "--year", "2025", "--org", "150200", "--format", "json"]);
  expect(r.code, r.stderr).toBe(0);
  return Number((JSON.parse(r.stdout) as Record<string, number>)["P6.penalty"] ?? 0);
}

async function signedIn(browser: Browser, user: { username: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await login(page, user.username, user.password);
  await expect(page).toHaveURL(/\/$/);
  return page;
}

const panel = (page: Page) => page.getByLabel("报送流程");
const status = (page: Page) => page.getByTestId("workflow-status");

async function openUnit(page: Page) {
  await page.goto(UNIT_PATH);
  await expect(page.getByRole("heading", { name: /2025年度政府信息公开工作统计表（石拐区）/ })).toBeVisible();
}

test.beforeAll(() => {
  // Another spec may have created the cycle already: that is fine.
  cli(["cycle:create", "--year", "2025", "--template", "gov-disclosure-2021"]);
});

test("a unit's statistics go 草稿 → 待签发 → 已报送 → 已退回 → … → 已通过, each step by its role", async ({ browser }) => {
  test.setTimeout(120_000);
  const filler = createUser({ org: "150205", roles: ["filler"] });
  const signer = createUser({ org: "150205", roles: ["signer"] });
  const reviewer = createUser({ org: "150200", roles: ["reviewer"] });
  const signerName = `测试${signer.username.slice(-4)}`;

  // The filler saves the whole table (all 0) and marks it 待签发.
  const fp = await signedIn(browser, filler);
  const saved = await fp.request.put(API_PATH, { data: { values: zeros, version: 0 } });
  expect(saved.status(), await saved.text()).toBe(200);
  const v1 = ((await saved.json()) as { version: number }).version;
  await openUnit(fp);
  await expect(status(fp)).toContainText("草稿");
  await expect(panel(fp).getByRole("button", { name: "签发并报送" })).toHaveCount(0);
  await panel(fp).getByRole("button", { name: "标记为待签发" }).click();
  await expect(status(fp)).toContainText("待签发");

  // The signer signs off, confirming in a dialog that names unit, year and signer.
  const sp = await signedIn(browser, signer);
  await openUnit(sp);
  await expect(panel(sp).getByRole("button", { name: "标记为待签发" })).toHaveCount(0);
  await panel(sp).getByRole("button", { name: "签发并报送" }).click();
  const confirm = sp.getByRole("dialog", { name: "签发并报送" });
  await expect(confirm).toContainText(signerName);
  await expect(confirm).toContainText("石拐区");
  await expect(confirm).toContainText("2025");
  await confirm.getByRole("button", { name: "签发并报送" }).click();
  await expect(status(sp)).toContainText("已报送");
  await expect(sp.getByTestId("workflow-signoff")).toContainText(signerName);

  // The signer downloads the 报送单: a PDF naming the unit, the year and the signer.
  const [download] = await Promise.all([sp.waitForEvent("download"), panel(sp).getByRole("link", { name: "下载报送单" }).or(panel(sp).getByRole("button", { name: "下载报送单" })).click()]);
  const slip = execFileSync("pdftotext", ["-enc", "UTF-8", (await download.path())!, "-"], { encoding: "utf8" });
  fs.rmSync((await download.path())!, { force: true });
  expect(slip).toContain("石拐区");
  expect(slip).toContain("2025");
  expect(slip).toContain(signerName);

  // The reviewer of 包头市 sees it in the list and returns it with a whole and a cell comment.
  const rp = await signedIn(browser, reviewer);
  await rp.goto("/review/2025");
  await expect(rp.getByTestId("review-completeness")).toContainText(/已报送 [1-9]\d* \/ \d+/);
  await rp.getByRole("link", { name: "石拐区" }).click();
  await expect(rp).toHaveURL(new RegExp(`${UNIT_PATH}$`));
  await expect(status(rp)).toContainText("已报送");
  await panel(rp).getByRole("button", { name: "退回" }).click();
  const ret = rp.getByRole("dialog", { name: "退回" });
  await ret.getByLabel("整体意见").fill("请核对申请数。");
  await ret.getByRole("button", { name: "添加单元格意见" }).click();
  await ret.getByLabel("单元格 1").click();
  await rp.keyboard.type("R1.np");
  await rp.keyboard.press("Enter");
  await ret.getByLabel("单元格意见 1").fill("本年新收申请数似乎偏少");
  await ret.getByRole("button", { name: "退回", exact: true }).click();
  await expect(status(rp)).toContainText("已退回");

  // The filler sees the comments, edits (saves again) and marks it 待签发 again.
  await openUnit(fp);
  await expect(status(fp)).toContainText("已退回");
  const comments = fp.getByRole("list", { name: "退回意见" });
  await expect(comments).toContainText("请核对申请数。");
  await expect(comments).toContainText("（R1.np）");
  await expect(comments).toContainText("本年新收申请数似乎偏少");
  // Saving again (any save is an edit: a new version, back to 草稿).
  const edited = await fp.request.put(API_PATH, { data: { values: zeros, version: v1 } });
  expect(edited.status(), await edited.text()).toBe(200);
  const v2 = ((await edited.json()) as { version: number }).version;
  await openUnit(fp);
  await expect(status(fp)).toContainText("草稿");
  await panel(fp).getByRole("button", { name: "标记为待签发" }).click();
  await expect(status(fp)).toContainText("待签发");

  // Signed off again: the earlier comments are resolved.
  await openUnit(sp);
  await panel(sp).getByRole("button", { name: "签发并报送" }).click();
  await sp.getByRole("dialog", { name: "签发并报送" }).getByRole("button", { name: "签发并报送" }).click();
  await expect(status(sp)).toContainText("已报送");
  await expect(sp.getByRole("list", { name: "退回意见" })).toHaveCount(0);

  // The reviewer approves: 包头市's compiled totals now include the unit's 9.
  const before = baotouPenalties();
  await openUnit(rp);
  await panel(rp).getByRole("button", { name: "审核通过" }).click();
  await rp.getByRole("dialog", { name: "审核通过" }).getByRole("button", { name: "审核通过" }).click();
  await expect(status(rp)).toContainText("已通过");
  expect(baotouPenalties()).toBe(before + 9);

  // Approved: the filler can no longer edit, only ask for a correction.
  await openUnit(fp);
  await expect(status(fp)).toContainText("已通过");
  await expect(panel(fp).getByRole("button", { name: "申请更正" })).toBeVisible();
  await expect(panel(fp).getByRole("button", { name: "标记为待签发" })).toHaveCount(0);
  await fp.goto(`${UNIT_PATH}/edit`);
  await expect(fp.getByText("本单位的数据已报送或已通过，不能修改。")).toBeVisible();
  const refused = await fp.request.put(API_PATH, { data: { values: zeros, version: v2 } });
  expect(refused.status()).toBe(409);
});

test("待签发 is refused with what blocks it; explanations typed in the form are stored on the server", async ({ browser }) => {
  test.setTimeout(90_000);
  // 150206 白云鄂博矿区: a leaf of 包头市 no other test touches.
  const path = "/stats/2025/150206";
  const filler = createUser({ org: "150206", roles: ["filler"] });
  const fp = await signedIn(browser, filler);

  // Incomplete: the missing cells are listed.
  const partial = Object.fromEntries(Object.entries(zeros).slice(0, 10));
  expect((await fp.request.put(`/api/stats/2025/150206`, { data: { values: partial, version: 0 } })).status()).toBe(200);
  await fp.goto(path);
  await panel(fp).getByRole("button", { name: "标记为待签发" }).click();
  await expect(panel(fp).getByRole("alert")).toContainText("不能标记为待签发");
  await expect(panel(fp).getByRole("alert")).toContainText("未填写的单元格");

  // Complete, but a fee case without a fee notice: a warning to explain.
  const warned = { ...zeros, "R1.np": "1", "R3.6.2.np": "1" };
  expect((await fp.request.put(`/api/stats/2025/150206`, { data: { values: warned, version: 1 } })).status()).toBe(200);
  await fp.goto(path);
  await panel(fp).getByRole("button", { name: "标记为待签发" }).click();
  await expect(panel(fp).getByRole("alert")).toContainText("提示尚未填写说明");

  // Explained in the form (sent after a short pause), then 待签发 goes through.
  await fp.goto(`${path}/edit`);
  await fp.getByPlaceholder("请说明原因").first().fill("申请人撤回后未再缴费，未发收费通知。");
  await fp.waitForTimeout(2500);
  await fp.evaluate(() => window.localStorage.clear());
  await fp.reload();
  await expect(fp.getByPlaceholder("请说明原因").first()).toHaveValue("申请人撤回后未再缴费，未发收费通知。");
  await fp.goto(path);
  await panel(fp).getByRole("button", { name: "标记为待签发" }).click();
  await expect(status(fp)).toContainText("待签发");
});
