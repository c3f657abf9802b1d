import { expect, test, type Browser, type Page } from "./test";
import { createUser } from "./cli";
import { login } from "./fixtures";

/**
 * Issue 14's "Done means": a unit's 2021-format report from the first word to the official
 * platform. 东河区 (under 包头市) in the demo's 2025 cycle (approved figures, 预审 on): its
 * 填报员 writes the report; sending it with 一 empty is refused naming the parts; 包头市's 审核员
 * returns it in 预审 with a comment on a paragraph; fixed and cleared; the 负责人 signs, a second
 * 负责人 gives 保密审查; a phone number changed after 签发 voids it and publishing refuses until it
 * is signed again; published, a later preface change needs a new 签发 for the correction; the
 * official URL and date are recorded and 包头市's dashboard shows them. Screens in
 * test-results/report-journey/.
 */
const YEAR = 2025;
const ORG = "150202";
const REPORT = `/reports/${YEAR}/${ORG}`;
const API = `/api/reports/${YEAR}/${ORG}`;
const PASSWORD = "Nianbao#2018!";
const DIR = "test-results/report-journey";
const OFFICIAL_URL = "https://www.baotou.gov.cn/zwgk/zfxxgk/ndbg/2025-donghe.html";

test.describe.configure({ mode: "serial", timeout: 300_000 });

async function signedIn(browser: Browser, username: string, password = PASSWORD, viewport = { width: 1440, height: 900 }): Promise<Page> {
  const page = await (await browser.newContext({ viewport })).newPage();
  await login(page, username, password);
  await expect(page).toHaveURL(/\/$/);
  return page;
}

const panel = (page: Page) => page.getByRole("region", { name: "签发与发布" });
const prereview = (page: Page) => panel(page).getByRole("region", { name: "报告预审" });
const statusTags = (page: Page) => panel(page).getByLabel("发布状态");
const draftShown = (page: Page) => panel(page).getByText(/^(第 \d+ 稿|尚未保存正文（按默认正文）)$/);

/** Waits until the editor says 已保存 and the panel has read the new draft (it follows saves by itself, a moment later). */
async function saved(page: Page, before: string | null) {
  await expect(page.getByRole("status").filter({ hasText: /^已保存 \d\d:\d\d:\d\d$/ })).toBeVisible({ timeout: 15_000 });
  if (before !== null) await expect(draftShown(page)).not.toHaveText(before, { timeout: 15_000 });
}

/** Replaces what a prose block's editor holds with `text` (found by its heading and prompt). */
async function write(page: Page, name: RegExp, text: string) {
  const editor = page.getByRole("textbox", { name });
  await editor.click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.press("Delete");
  await page.keyboard.type(text);
}

async function confirmIn(page: Page, dialogName: string | RegExp, button: string) {
  const dialog = page.getByRole("dialog", { name: dialogName });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: button }).click();
  await expect(dialog).toBeHidden({ timeout: 60_000 });
}

/**
 * 送预审 as a person does it: the dialog sends the draft version the panel shows; when the editor
 * saved again meanwhile the server answers 草稿已修改 and the dialog stays open until the panel
 * has read the new draft (a moment later), so confirm again.
 */
async function sendUp(page: Page, button: string) {
  const dialog = page.getByRole("dialog", { name: "送预审" });
  await prereview(page).getByRole("button", { name: button }).click();
  await expect(async () => {
    await dialog.getByRole("button", { name: "确认送预审" }).click();
    await expect(dialog).toBeHidden({ timeout: 3_000 });
  }).toPass({ timeout: 60_000 });
}

const PART_ONE: [RegExp, string][] = [
  [/^（一）主动公开 /, "全区坚持以公开为常态，及时发布政策文件和重点领域信息。"],
  [/^（二）依申请公开 /, "规范申请受理、办理、答复各环节，按时答复率100%。"],
  [/^（三）政府信息管理 /, "开展公开属性源头认定，完成行政规范性文件清理。"],
  [/^（四）政府信息公开平台建设 /, "优化政府网站信息公开专栏，整合政务新媒体。"],
  [/^（五）监督保障 /, "将政务公开纳入年度绩效考核，开展社会评议。"],
];

test("a 2021-format report through 预审, 签发, 保密审查 and publication on the official platform", async ({ browser }) => {
  // 1. The 填报员 writes 五 but leaves 一 empty: 送预审 is refused, naming 一's parts.
  const fp = await signedIn(browser, "donghe-filler");
  await fp.goto(REPORT);
  await expect(prereview(fp)).toContainText("未送审");
  await expect(prereview(fp)).toContainText("尚未送包头市预审");
  let before = await draftShown(fp).textContent();
  await write(fp, /^五、存在的主要问题及改进情况 本年度工作存在的主要问题/, "依申请公开答复的规范性有待提高。");
  await write(fp, /^五、存在的主要问题及改进情况 上一年度报告所列改进措施/, "上年提出的加强培训措施已落实；下一步将完善答复文书模板。");
  await saved(fp, before);
  await prereview(fp).getByRole("button", { name: "送预审" }).click();
  const send = fp.getByRole("dialog", { name: "送预审" });
  // The two parts may have gone up in two saves: until the panel has read the second, the server
  // answers 草稿已修改 (as sendUp explains); confirm again until it answers about the content.
  await expect(async () => {
    await send.getByRole("button", { name: "确认送预审" }).click();
    await expect(send.getByRole("alert")).toContainText("不能送预审：以下必须撰写的内容尚未撰写：一、总体情况（一）主动公开", { timeout: 3_000 });
  }).toPass({ timeout: 60_000 });
  await expect(send.getByRole("alert")).toContainText("（五）监督保障");
  await fp.screenshot({ path: `${DIR}/01-send-refused-1440.png` });
  await send.getByRole("button", { name: "取消" }).click();

  // 2. 一 written, sent: 待预审, waiting for 包头市.
  before = await draftShown(fp).textContent();
  for (const [name, text] of PART_ONE) await write(fp, name, text);
  await saved(fp, before);
  await sendUp(fp, "送预审");
  await expect(prereview(fp).getByTestId("prereview-state")).toHaveText("待预审");
  await expect(prereview(fp)).toContainText("已送包头市预审，等待包头市审核员预审");

  // 3. 包头市's 审核员 finds it on the dashboard and returns it with a comment on a paragraph.
  const rp = await signedIn(browser, "baotou-reviewer");
  await rp.goto(`/review/${YEAR}`);
  const row = rp.getByRole("row").filter({ has: rp.getByRole("link", { name: "东河区", exact: true }) });
  await expect(row.getByTestId("prereview-cell")).toContainText("待预审");
  await expect(rp.getByTestId("review-completeness")).toContainText("报告待预审 1 个");
  await rp.screenshot({ path: `${DIR}/02-dashboard-pending-1440.png` });
  await row.getByRole("link", { name: "预审东河区的报告" }).click();
  await expect(rp).toHaveURL(new RegExp(`${REPORT}$`));
  await prereview(rp).getByRole("button", { name: "退回修改" }).click();
  const ret = rp.getByRole("dialog", { name: "退回修改" });
  await ret.getByLabel("意见：一、总体情况（二）依申请公开 第 1 段").fill("请写明本年度收到和办结的申请数量，用数据引用。");
  await rp.screenshot({ path: `${DIR}/03-return-dialog-1440.png` });
  await confirmIn(rp, "退回修改", "确认退回");
  await expect(prereview(rp).getByTestId("prereview-state")).toHaveText("已退回");

  // 4. The 填报员 sees the comment at that paragraph, fixes it and sends it again.
  await fp.reload();
  await expect(prereview(fp).getByTestId("prereview-state")).toHaveText("已退回");
  const note = fp.getByRole("note", { name: "预审意见" });
  await expect(note).toHaveCount(1);
  await expect(note).toContainText("第 1 段：请写明本年度收到和办结的申请数量，用数据引用。");
  await expect(note).toContainText("原文：规范申请受理、办理、答复各环节，按时答复率100%。");
  await note.scrollIntoViewIfNeeded();
  await fp.screenshot({ path: `${DIR}/04-comment-in-editor-1440.png` });
  before = await draftShown(fp).textContent();
  await write(fp, /^（二）依申请公开 /, "规范申请受理、办理、答复各环节，全年申请均在法定期限内办结。");
  await saved(fp, before);
  await sendUp(fp, "修改后重新送预审");
  await expect(prereview(fp).getByTestId("prereview-state")).toHaveText("待预审");

  // 5. Cleared.
  await rp.reload();
  await prereview(rp).getByRole("button", { name: "预审通过" }).click();
  await confirmIn(rp, "预审通过", "确认预审通过");
  await expect(prereview(rp).getByTestId("prereview-state")).toHaveText("已通过");

  // 6. The 负责人 signs; a second 负责人 gives 保密审查 (the panel names two people).
  const sp = await signedIn(browser, "donghe-signer");
  await sp.goto(REPORT);
  await expect(panel(sp)).toContainText("包头市已预审通过");
  await panel(sp).getByRole("button", { name: "签发报告" }).click();
  await confirmIn(sp, "签发报告", "确认签发");
  await expect(statusTags(sp)).toContainText("已签发");
  const second = createUser({ org: ORG, roles: ["signer"] });
  const sp2 = await signedIn(browser, second.username, second.password);
  await sp2.goto(REPORT);
  await panel(sp2).getByRole("button", { name: "确认保密审查" }).click();
  await confirmIn(sp2, "确认保密审查", "确认");
  await expect(statusTags(sp2)).toContainText("保密审查已确认");
  await expect(panel(sp2)).not.toContainText("与签发为同一人");

  // 7. A phone number changed after 签发 voids both steps (not the 预审: the contact fields are
  //    not the office's); publishing is refused until they are given again.
  await fp.reload();
  await fp.getByLabel("电话").fill("0472-4160000");
  await fp.getByRole("button", { name: "保存", exact: true }).click();
  await expect(fp.getByText("已保存，预览即将刷新")).toBeVisible();
  await expect(statusTags(fp)).toHaveText("草稿");
  await expect(prereview(fp).getByTestId("prereview-state")).toHaveText("已通过");
  await sp.reload();
  await expect(panel(sp).getByRole("button", { name: "发布报告" })).toBeDisabled();
  await expect(panel(sp)).toContainText("签发后报告内容（前言字段、正文或数据）已变化");
  const draftVersion = Number(((await draftShown(sp).textContent()) ?? "").match(/\d+/)![0]);
  const refused = await sp.request.post(`${API}/publish`, { data: { draftVersion } });
  expect(refused.status()).toBe(409);
  expect((await refused.json()).error).toContain("不能发布");
  await panel(sp).getByRole("button", { name: "签发报告" }).click();
  await confirmIn(sp, "签发报告", "确认签发");
  await sp2.reload();
  await panel(sp2).getByRole("button", { name: "确认保密审查" }).click();
  await confirmIn(sp2, "确认保密审查", "确认");

  // 8. Published.
  await sp.reload();
  await panel(sp).getByRole("button", { name: "发布报告" }).click();
  await confirmIn(sp, "发布报告", "确认发布");
  await expect(statusTags(sp)).toContainText("已发布 第1版", { timeout: 60_000 });

  // 9. A preface change afterwards: the correction waits for a new 签发.
  await fp.reload();
  await fp.getByLabel("联系单位").fill("东河区人民政府办公室政务公开科");
  await fp.getByRole("button", { name: "保存", exact: true }).click();
  await expect(fp.getByText("已保存，预览即将刷新")).toBeVisible();
  await sp.reload();
  await expect(panel(sp).getByRole("button", { name: "发布更正版本" })).toBeDisabled();
  await expect(panel(sp)).toContainText("第 1 版发布后尚无新的签发");
  const again = await sp.request.post(`${API}/correct`, { data: { draftVersion, correctionNote: "更新联系单位", correctionDate: "2027-02-10" } });
  expect(again.status()).toBe(409);
  expect((await again.json()).error).toContain("请本单位负责人签发");

  // 10. The official URL and date recorded; 包头市's dashboard shows them.
  await panel(sp).getByRole("button", { name: "登记第1版正式网址" }).click();
  const official = sp.getByRole("dialog", { name: "登记第1版的正式发布网址" });
  await official.getByLabel("正式发布网址").fill(OFFICIAL_URL);
  await official.getByLabel("正式发布日期").fill("2026-03-20");
  await confirmIn(sp, "登记第1版的正式发布网址", "保存");
  await expect(panel(sp).getByRole("table", { name: "已发布的版本" })).toContainText("（2026-03-20）");
  await sp.screenshot({ path: `${DIR}/05-published-signer-1440.png`, fullPage: true });
  await rp.goto(`/review/${YEAR}`);
  const done = rp.getByRole("row").filter({ has: rp.getByRole("link", { name: "东河区", exact: true }) });
  await expect(done.getByTestId("prereview-cell")).toContainText("已通过");
  await expect(done).toContainText("2026-03-20");
  await expect(done.getByRole("link", { name: "链接" })).toHaveAttribute("href", OFFICIAL_URL);
  await rp.screenshot({ path: `${DIR}/06-dashboard-published-1440.png` });

  // The panel on a phone.
  const phone = await signedIn(browser, "donghe-signer", PASSWORD, { width: 390, height: 844 });
  await phone.goto(REPORT);
  await expect(panel(phone)).toBeVisible();
  await panel(phone).screenshot({ path: `${DIR}/07-panel-390.png` });
});
