import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { expect, test, type Browser, type Page } from "./test";
import { buildFormGrid } from "@/lib/form/grid";
import { getTemplate } from "@/lib/templates";
import { cli, createUser } from "./cli";
import { login } from "./fixtures";
import { cell, pasteInto, savedStatus } from "./form";

/*
 * Year 2035 (2021 table, no cycle the year before: a blank form without 上年结转 or year-on-year
 * warnings) belongs to this spec and stats-form.spec.ts; the demo's 2024–2026 keep their data.
 */
const YEAR = "2035";
const UNIT_PATH = `/stats/${YEAR}/150205`;
const API_PATH = `/api/stats/${YEAR}/150205`;

const TEMPLATE = getTemplate("gov-disclosure-2021");

/** Every value the unit types (sums are computed), all 0 but 9 行政处罚: complete and without warnings. */
const zeros = {
  ...Object.fromEntries(TEMPLATE.cells.filter((c) => !c.computed).map((c) => [c.code, "0"])),
  "P6.penalty": "9",
};

/**
 * What Excel puts on the clipboard for a copy of one printed table's value area filled with 0
 * (totals included: the form skips the positions it computes), from its first row and column.
 */
function zeroBlock(tableId: string): string {
  const table = buildFormGrid(TEMPLATE).tables.find((t) => t.tableId === tableId)!;
  // Sums stay blank: the form computes them and refuses a paste onto one.
  return table.rows.map((row) => row.map((slot) => (slot?.editable ? "0" : "")).join("\t")).join("\r\n") + "\r\n";
}


/** Replaces a cell's value by keyboard, as a person does: click, select all, type. */
async function typeInto(page: Page, code: string, text: string) {
  await cell(page, code).click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type(text);
}

/** 包头市's approved totals of 行政处罚 (P6.penalty) in the spec's year, through the CLI (0 when none). */
function baotouPenalties(): number {
  const r = cli(["totals", "--year", YEAR, "--org", "150200", "--format", "json"]);
  expect(r.code, r.stderr).toBe(0);
  return Number((JSON.parse(r.stdout) as Record<string, number>)["P6.penalty"] ?? 0);
}

async function signedIn(browser: Browser, user: { username: string; password: string }, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await (await browser.newContext(viewport ? { viewport } : {})).newPage();
  await login(page, user.username, user.password);
  await expect(page).toHaveURL(/\/$/);
  return page;
}

const panel = (page: Page) => page.getByLabel("报送流程");
const status = (page: Page) => page.getByTestId("workflow-status");
const kept = (page: Page) => page.getByTestId("workflow-kept");
/** What the 负责人 reads before 签发: changes since the last 签发, warnings with explanations, figures. */
const signCheck = (page: Page) => page.getByRole("region", { name: "签发核对" });
const PHONE = { width: 390, height: 844 };
const EXPLANATION = "申请人未按期缴费，依法不再处理；收费通知以口头方式告知。";

/** Whether the page as a whole scrolls sideways (tables may scroll in their own container). */
const scrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);

async function openUnit(page: Page) {
  await page.goto(UNIT_PATH);
  await expect(page.getByRole("heading", { name: new RegExp(`${YEAR}年度政府信息公开工作统计表（石拐区）`) })).toBeVisible();
}

test.beforeAll(() => {
  // Another spec may have created the cycle already: that is fine.
  cli(["cycle:create", "--year", YEAR, "--template", "gov-disclosure-2021"]);
});

test("a unit's statistics go 草稿 → 待签发 → 已报送 → 已退回 → … → 已通过, each step by its role", async ({ browser }) => {
  test.setTimeout(120_000);
  const filler = createUser({ org: "150205", roles: ["filler"] });
  const signer = createUser({ org: "150205", roles: ["signer"] });
  const reviewer = createUser({ org: "150200", roles: ["reviewer"] });
  const signerName = `测试${signer.username.slice(-4)}`;

  // The filler fills the blank 2021 table in the form: 二 by keyboard (Tab moves on), 三 and 四
  // pasted as blocks copied from Excel, the fee cells typed with Enter moving down.
  const fp = await signedIn(browser, filler);
  await fp.goto(`${UNIT_PATH}/edit`);
  await expect(cell(fp, "P1.reg.issued")).toHaveValue("");
  await cell(fp, "P1.reg.issued").click();
  for (const code of ["P1.reg.issued", "P1.reg.repealed", "P1.reg.valid", "P1.norm.issued", "P1.norm.repealed", "P1.norm.valid", "P5.license", "P6.penalty", "P6.coercion", "P8.fee"]) {
    await expect(cell(fp, code)).toBeFocused();
    await fp.keyboard.type(code === "P6.penalty" ? "9" : "0");
    await fp.keyboard.press("Tab");
  }
  await expect(cell(fp, "R1.np")).toBeFocused();
  await pasteInto(fp, "R1.np", zeroBlock("apply"));
  await pasteInto(fp, "AR.upheld", zeroBlock("review"));
  await expect(cell(fp, "R4.oth")).toHaveValue("0");
  await expect(cell(fp, "LA.pending")).toHaveValue("0");
  await cell(fp, "F1").click();
  await fp.keyboard.type("0");
  await fp.keyboard.press("Enter");
  await fp.keyboard.type("0");
  await fp.keyboard.press("Enter");
  await fp.keyboard.type("0");
  await expect(fp.getByText("暂未发现问题。")).toBeVisible();

  // One application received and none handled: a hard error at the cells, with the difference.
  await typeInto(fp, "R1.np", "1");
  const hardError = "自然人·本年新收、上年结转之和为1，但自然人·办理结果总计、结转下年度之和为0，相差1。";
  await expect(fp.getByText(hardError)).toBeVisible();
  await expect(cell(fp, "R1.np")).toHaveAttribute("aria-invalid", "true");
  // Fixed: it was closed for an unpaid fee; that raises a warning, which the filler explains.
  await typeInto(fp, "R3.6.2.np", "1");
  await expect(fp.getByText(hardError)).toHaveCount(0);
  await expect(cell(fp, "R1.np")).not.toHaveAttribute("aria-invalid", "true");
  await expect(cell(fp, "R3.7.np")).toHaveValue("1");
  const explanation = fp.getByRole("textbox", { name: /因未缴费不再处理但未发出收费通知/ });
  await explanation.fill(EXPLANATION);
  await expect(fp.getByText("提示 1 项（0 项待说明）", { exact: false })).toBeVisible();
  await expect(savedStatus(fp)).toBeVisible({ timeout: 10_000 });
  // The explanation goes to the server after a short pause (not only to the browser).
  await fp.waitForTimeout(2500);
  await fp.evaluate(() => window.localStorage.clear());
  await fp.reload();
  await expect(cell(fp, "P6.penalty")).toHaveValue("9");
  await expect(cell(fp, "R3.6.2.np")).toHaveValue("1");
  await expect(fp.getByRole("textbox", { name: /因未缴费不再处理但未发出收费通知/ })).toHaveValue("申请人未按期缴费，依法不再处理；收费通知以口头方式告知。");

  await openUnit(fp);
  await expect(status(fp)).toContainText("草稿");
  // All those autosaves kept no version.
  await expect(kept(fp)).toContainText("尚无");
  await expect(panel(fp).getByRole("button", { name: "签发并报送" })).toHaveCount(0);
  await panel(fp).getByRole("button", { name: "标记为待签发" }).click();
  await expect(status(fp)).toContainText("待签发");
  await expect(kept(fp)).toHaveText("第 1 版（标记待签发）");

  // The signer reads what they sign on the page: first 签发, the warning with its explanation,
  // the figures; the dialog names unit, year, signer and the version it keeps, and recalls them.
  const sp = await signedIn(browser, signer);
  await openUnit(sp);
  await expect(panel(sp).getByRole("button", { name: "标记为待签发" })).toHaveCount(0);
  await expect(sp.getByTestId("comparison-since")).toContainText("首次签发");
  await expect(sp.getByTestId("comparison-warnings")).toContainText("提示及说明：1 条，已说明 1 条");
  await expect(signCheck(sp).getByRole("region", { name: "提示及单位说明" })).toContainText(`单位说明：${EXPLANATION}`);
  await signCheck(sp).getByText("与上年对比").click();
  await expect(signCheck(sp)).toContainText("（P6.penalty）");
  await panel(sp).getByRole("button", { name: "签发并报送" }).click();
  const confirm = sp.getByRole("dialog", { name: "签发并报送" });
  await expect(confirm).toContainText(signerName);
  await expect(confirm).toContainText("石拐区");
  await expect(confirm).toContainText(YEAR);
  await expect(confirm).toContainText("保留为第 2 版");
  await expect(confirm.getByRole("list", { name: "签发前请核对" })).toContainText("提示 1 条，均已说明");
  await expect(confirm.getByRole("list", { name: "签发前请核对" })).toContainText("本单位首次签发");
  await confirm.getByRole("button", { name: "签发并报送" }).click();
  await expect(status(sp)).toContainText("已报送");
  await expect(sp.getByTestId("workflow-signoff")).toContainText(signerName);
  await expect(kept(sp)).toHaveText("第 2 版（签发）");

  // The signer downloads the 报送单: a PDF naming the unit, the year and the signer.
  const [download] = await Promise.all([sp.waitForEvent("download"), panel(sp).getByRole("link", { name: "下载报送单" }).or(panel(sp).getByRole("button", { name: "下载报送单" })).click()]);
  const slip = execFileSync("pdftotext", ["-enc", "UTF-8", (await download.path())!, "-"], { encoding: "utf8" });
  fs.rmSync((await download.path())!, { force: true });
  expect(slip).toContain("石拐区");
  expect(slip).toContain(YEAR);
  expect(slip).toContain(signerName);
  expect(slip).toMatch(/第\s*2\s*版/);

  // The reviewer of 包头市 sees it in the list and returns it with a whole and a cell comment.
  const rp = await signedIn(browser, reviewer);
  await rp.goto(`/review/${YEAR}`);
  await expect(rp.getByTestId("review-completeness")).toContainText(/已报送 [1-9]\d* \/ \d+/);
  await rp.getByRole("link", { name: "石拐区", exact: true }).click();
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
  // The filler corrects R1.np in the form (any save is an edit: a new version, back to 草稿).
  await fp.goto(`${UNIT_PATH}/edit`);
  await expect(cell(fp, "R1.np")).toHaveValue("1");
  await typeInto(fp, "R3.1.np", "1");
  await expect(fp.getByText("自然人·本年新收、上年结转之和为1，但自然人·办理结果总计、结转下年度之和为2，相差1。")).toBeVisible();
  await typeInto(fp, "R1.np", "2");
  await expect(fp.getByText("相差", { exact: false })).toHaveCount(0);
  await expect(savedStatus(fp)).toBeVisible({ timeout: 10_000 });
  await openUnit(fp);
  await expect(status(fp)).toContainText("草稿");
  await expect(kept(fp)).toHaveText("第 3 版（退回），之后有修改");
  await panel(fp).getByRole("button", { name: "标记为待签发" }).click();
  await expect(status(fp)).toContainText("待签发");

  // Signed off again, on a phone: the signer reads what changed since 第 2 版, which they signed,
  // without the page scrolling sideways; the earlier comments are resolved.
  const phone = await signedIn(browser, signer, PHONE);
  await openUnit(phone);
  const since = phone.getByTestId("comparison-since");
  await expect(since).toContainText(`与上次签发的第 2 版（${signerName}，`);
  await expect(since).toContainText("2 处变化");
  const changes = phone.getByRole("list", { name: "自上次签发以来的变化" });
  await expect(changes).toContainText("（R1.np）：1 → 2");
  await expect(changes).toContainText("（R3.1.np）：0 → 1");
  await expect(phone.getByTestId("comparison-warnings")).toContainText("已说明 1 条");
  await expect(signCheck(phone).getByRole("region", { name: "提示及单位说明" })).toContainText(EXPLANATION);
  expect(await scrollsSideways(phone)).toBe(false);
  await phone.screenshot({ path: "test-results/workflow/signer-390-changes.png", fullPage: false });
  await signCheck(phone).screenshot({ path: "test-results/workflow/signer-390-check.png" });
  await panel(phone).getByRole("button", { name: "签发并报送" }).click();
  const again = phone.getByRole("dialog", { name: "签发并报送" });
  await expect(again.getByRole("list", { name: "签发前请核对" })).toContainText("与上次签发的第 2 版相比有 2 处变化");
  await expect(again).toContainText("保留为第 5 版");
  await phone.screenshot({ path: "test-results/workflow/signer-390-dialog.png" });
  await again.getByRole("button", { name: "签发并报送" }).click();
  await expect(status(phone)).toContainText("已报送");
  await expect(phone.getByRole("list", { name: "退回意见" })).toHaveCount(0);

  // The reviewer approves: 包头市's compiled totals now include the unit's 9.
  const before = baotouPenalties();
  await openUnit(rp);
  await panel(rp).getByRole("button", { name: "审核通过" }).click();
  await rp.getByRole("dialog", { name: "审核通过" }).getByRole("button", { name: "审核通过" }).click();
  await expect(status(rp)).toContainText("已通过");
  expect(baotouPenalties()).toBe(before + 9);

  // Six kept versions, whatever the number of autosaves: each point, and what changed at 第 4 版.
  await rp.getByText("历史版本（6 个）").click();
  const history = rp.getByRole("list", { name: "历史版本" });
  const points = ["标记待签发", "签发", "退回", "标记待签发", "签发", "审核通过"];
  for (const [i, point] of points.entries()) await expect(history.getByRole("listitem").filter({ hasText: `第 ${i + 1} 版：` }).first()).toContainText(`第 ${i + 1} 版：${point}`);
  await expect(rp.getByRole("list", { name: "第 4 版的改动" })).toContainText("（R1.np）：1 → 2");

  // Approved: the filler can no longer edit, only ask for a correction.
  await openUnit(fp);
  await expect(status(fp)).toContainText("已通过");
  await expect(panel(fp).getByRole("button", { name: "申请更正" })).toBeVisible();
  await expect(panel(fp).getByRole("button", { name: "标记为待签发" })).toHaveCount(0);
  await fp.goto(`${UNIT_PATH}/edit`);
  await expect(fp.getByText("本单位的数据已报送或已通过，不能修改。")).toBeVisible();
  // The API refuses a save too: a stale version says how many saves came since (from 0: the current
  // lock version); the current one is locked.
  const stale = await fp.request.put(API_PATH, { data: { values: zeros, version: 0 } });
  expect(stale.status()).toBe(409);
  const current = Number(/又有 (\d+) 次保存/.exec(((await stale.json()) as { error: string }).error)?.[1]);
  expect(current).toBeGreaterThan(1);
  const locked = await fp.request.put(API_PATH, { data: { values: zeros, version: current } });
  expect(locked.status()).toBe(409);
  expect(((await locked.json()) as { error: string }).error).toContain("已通过");
});

test("待签发 is refused with what blocks it; explanations typed in the form are stored on the server", async ({ browser }) => {
  test.setTimeout(90_000);
  // 150206 白云鄂博矿区: a leaf of 包头市 no other test touches.
  const path = `/stats/${YEAR}/150206`;
  const filler = createUser({ org: "150206", roles: ["filler"] });
  const fp = await signedIn(browser, filler);

  // Incomplete: the missing cells are listed.
  const partial = Object.fromEntries(Object.entries(zeros).slice(0, 10));
  expect((await fp.request.put(`/api/stats/${YEAR}/150206`, { data: { values: partial, version: 0 } })).status()).toBe(200);
  await fp.goto(path);
  await panel(fp).getByRole("button", { name: "标记为待签发" }).click();
  await expect(panel(fp).getByRole("alert")).toContainText("不能标记为待签发");
  await expect(panel(fp).getByRole("alert")).toContainText("未填写的单元格");

  // Complete, but a fee case without a fee notice: a warning to explain.
  const warned = { ...zeros, "R1.np": "1", "R3.6.2.np": "1" };
  expect((await fp.request.put(`/api/stats/${YEAR}/150206`, { data: { values: warned, version: 1 } })).status()).toBe(200);
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
