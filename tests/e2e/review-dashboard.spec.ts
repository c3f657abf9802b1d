import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { expect, test, type Browser, type Page } from "./test";
import { getTemplate } from "@/lib/templates";
import { cli, createUser } from "./cli";
import { login } from "./fixtures";

/*
 * The 2030 cycle (2018 table) belongs to this spec: 石拐区 (150205) and 白云鄂博矿区 (150206),
 * counties of 包头市 (150200), go up and are approved by 包头市's reviewer.
 */
const YEAR = 2030;
const SHIGUAI = "150205";
const BAIYUN = "150206";

/** Every typed value 0 (sums are computed): complete and without warnings. */
const zeros = Object.fromEntries(
  getTemplate("gov-disclosure-2018")
    .cells.filter((c) => !c.computed)
    .map((c) => [c.code, "0"]),
);

async function signedIn(browser: Browser, user: { username: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext({ acceptDownloads: true })).newPage();
  await login(page, user.username, user.password);
  await expect(page).toHaveURL(/\/$/);
  return page;
}

const panel = (page: Page) => page.getByLabel("报送流程");
const tmp = () => fs.mkdtempSync(path.join(os.tmpdir(), "review-e2e-"));

/** A unit's 填报员 saves values (and explanations) and marks them 待签发, through the JSON routes. */
async function prepare(page: Page, code: string, values: Record<string, string>, explanations?: Record<string, string>) {
  const saved = await page.request.put(`/api/stats/${YEAR}/${code}`, { data: { values, version: 0 } });
  expect(saved.status(), await saved.text()).toBe(200);
  const version = ((await saved.json()) as { version: number }).version;
  if (explanations) {
    const r = await page.request.put(`/api/stats/${YEAR}/${code}/explanations`, { data: { version, explanations } });
    expect(r.status(), await r.text()).toBe(200);
  }
  const ready = await page.request.post(`/api/stats/${YEAR}/${code}/ready`, { data: { version } });
  expect(ready.status(), await ready.text()).toBe(200);
  return version;
}

test.beforeAll(() => {
  cli(["cycle:create", "--year", String(YEAR), "--template", "gov-disclosure-2018"]);
});

test("报送单 and sealed scan; the reviewer's dashboard, 批量通过, 通报 and drill-down", async ({ browser }) => {
  test.setTimeout(180_000);
  const filler = createUser({ org: SHIGUAI, roles: ["filler"] });
  const signer = createUser({ org: SHIGUAI, roles: ["signer"] });
  const filler2 = createUser({ org: BAIYUN, roles: ["filler", "signer"] });
  const reviewer = createUser({ org: "150200", roles: ["reviewer"] });
  const fillerName = `测试${filler.username.slice(-4)}`;

  // 石拐区: 主动公开 1234 (all through the website), ready for 签发.
  const fp = await signedIn(browser, filler);
  await prepare(fp, SHIGUAI, { ...zeros, A1: "1234", "A2.1": "1234" });

  // The 负责人 signs off in the panel, then downloads the 报送单: a PDF naming the unit.
  const sp = await signedIn(browser, signer);
  await sp.goto(`/stats/${YEAR}/${SHIGUAI}`);
  await panel(sp).getByRole("button", { name: "签发并报送" }).click();
  await sp.getByRole("dialog", { name: "签发并报送" }).getByRole("button", { name: "签发并报送" }).click();
  await expect(sp.getByTestId("workflow-status")).toContainText("已报送");
  const [download] = await Promise.all([sp.waitForEvent("download"), panel(sp).getByRole("link", { name: "下载报送单" }).click()]);
  expect(download.suggestedFilename()).toBe(`${YEAR}年度石拐区统计数据报送单（第2版）.pdf`); // 第 1 版 kept at 待签发, 第 2 版 at 签发
  const pdf = path.join(tmp(), "slip.pdf");
  await download.saveAs(pdf);
  expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
  const text = spawnSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).stdout.replace(/\s+/g, "");
  expect(text).toContain("石拐区");
  expect(text).toContain("（单位盖章）");
  expect(text).toContain("1,234条");

  // The 填报员 uploads the sealed scan; a file of another type is refused and not listed.
  await fp.goto(`/stats/${YEAR}/${SHIGUAI}`);
  const files = fp.getByLabel("报送单与盖章扫描件");
  const input = files.locator('input[type="file"]');
  await input.setInputFiles({ name: "说明.docx", mimeType: "application/pdf", buffer: Buffer.from("PK\x03\x04 not a pdf") });
  await expect(files.getByRole("alert")).toContainText("只能上传 PDF、JPEG 或 PNG");
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
  await input.setInputFiles({ name: "报送单盖章.png", mimeType: "image/png", buffer: png });
  const list = fp.getByRole("region", { name: "盖章扫描件", exact: true });
  await expect(list).toContainText("报送单盖章.png");
  await expect(list).toContainText(`${fillerName} 于`);
  await expect(list).not.toContainText("说明");

  // 白云鄂博矿区: a warning (办结数 ≠ 收到申请数), explained, then signed through the route.
  const bp = await signedIn(browser, filler2);
  const v2 = await prepare(bp, BAIYUN, { ...zeros, A1: "567", "A2.1": "567", "C1.1": "10", "C2.1": "8", "C3.1": "8" }, { "C2-eq-C1": "两件申请跨年办理。" });
  expect((await bp.request.post(`/api/stats/${YEAR}/${BAIYUN}/signoff`, { data: { version: v2 } })).status()).toBe(200);

  // The reviewer of 包头市: counts, warnings with explanations, the scan.
  const rp = await signedIn(browser, reviewer);
  await rp.goto(`/review/${YEAR}`);
  await expect(rp.getByTestId("review-completeness")).toContainText("已报送 2 / 9，已通过 0 / 9");
  const table = rp.getByRole("table").first();
  const baiyun = rp.getByRole("row").filter({ hasText: "白云鄂博矿区" });
  await expect(baiyun).toContainText("1 条（已说明 1）");
  await expect(baiyun).toContainText("无上年数据");
  await expect(baiyun).toContainText("未发布");
  await expect(table).toBeVisible();

  // The submission page shows the explanation and the uploaded scan.
  await rp.goto(`/stats/${YEAR}/${BAIYUN}`);
  await expect(rp.getByLabel("提示及单位说明")).toContainText("两件申请跨年办理。");
  await rp.goto(`/stats/${YEAR}/${SHIGUAI}`);
  await expect(rp.getByRole("region", { name: "盖章扫描件", exact: true })).toContainText("报送单盖章.png");

  // The draft 通报: this cycle sets no deadline, so nobody is late and nobody is listed (an
  // unpublished report counts only after its deadline); the file name says 年度 once.
  await rp.goto(`/review/${YEAR}`);
  const [xlsx] = await Promise.all([rp.waitForEvent("download"), rp.getByRole("link", { name: "导出通报（xlsx）" }).click()]);
  expect(xlsx.suggestedFilename()).toBe(`${YEAR}年度政府信息公开工作年度报告报送情况通报（草稿）.xlsx`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await xlsx.path());
  const ws = wb.worksheets[0]!;
  expect(ws.getCell(1, 1).value).toBe(`关于${YEAR}年度政府信息公开工作年度报告报送情况的通报（草稿）`);
  expect(ws.getRow(2).values).toEqual([undefined, "单位", "状态", "截止日期", "报送时间/逾期时长", "报告发布情况"]);
  expect(ws.getCell(3, 1).value).toBe("暂无逾期报送或逾期发布年度报告的下级单位");
  // The format is the template's edition (its full name on hover), not its internal id.
  await expect(rp.getByRole("row").filter({ hasText: "石拐区" }).getByTitle(getTemplate("gov-disclosure-2018").name)).toHaveText("2018年");
  await expect(rp.getByRole("main")).not.toContainText("gov-disclosure-2018");

  // 批量通过 both, after a confirmation.
  await rp.getByRole("row").filter({ hasText: "石拐区" }).getByRole("checkbox").check();
  await rp.getByRole("row").filter({ hasText: "白云鄂博矿区" }).getByRole("checkbox").check();
  await rp.getByRole("button", { name: "批量通过（2）" }).click();
  const confirm = rp.getByRole("dialog", { name: "批量审核通过" });
  await expect(confirm).toContainText("石拐区");
  await confirm.getByRole("button", { name: "全部审核通过" }).click();
  await expect(rp.getByText(/已审核通过 2 个单位/)).toBeVisible();
  await expect(rp.getByText("批量通过完成：共 2 个单位")).toBeVisible();
  await expect(rp.getByTestId("review-completeness")).toContainText("已通过 2 / 9");

  // Drill-down from 包头市's compiled 主动公开 (1234 + 567) to a leaf.
  await rp.goto(`/stats/${YEAR}/150200`);
  await rp.getByRole("link", { name: "1801", exact: true }).first().click();
  await expect(rp.getByTestId("drill-total")).toHaveText("1,801");
  const drill = rp.getByRole("table").first();
  const rows = drill.getByRole("row");
  await expect(rows.nth(1)).toContainText("石拐区");
  await expect(rows.nth(1)).toContainText("1,234");
  await expect(rows.nth(1)).toContainText("68.52%");
  await expect(rows.nth(2)).toContainText("白云鄂博矿区");
  await expect(rows.nth(2)).toContainText("567");
  await drill.getByRole("link", { name: "石拐区" }).click();
  await expect(rp).toHaveURL(new RegExp(`/stats/${YEAR}/${SHIGUAI}$`));
});

test("another unit's 报送单 and scans are refused", async ({ browser }) => {
  const other = createUser({ org: "150207", roles: ["filler"] });
  const page = await signedIn(browser, other);
  expect((await page.request.get(`/api/stats/${YEAR}/${SHIGUAI}/slip`)).status()).toBe(403);
  expect((await page.request.get(`/api/stats/${YEAR}/${SHIGUAI}/attachments`)).status()).toBe(403);
  expect((await page.request.get(`/api/review/${YEAR}/notice`)).status()).toBe(403);
});

test("the publish deadline: overdue reports are flagged on the dashboard and in the unit's 签发与发布 panel", async ({ page }) => {
  // The demo's 2026 cycle on its 演示日期 2027-02-10: the 旗县 deadlines (报送 02-05, 发布 02-08)
  // have passed; no 旗县 has published.
  await login(page, "baotou-reviewer", "Nianbao#2018!");
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/review/2026");
  await expect(page.getByTestId("review-completeness")).toContainText("报告未发布 9 个（逾期发布或逾期未发布 9 个）");
  const guyang = page.getByRole("row").filter({ has: page.getByRole("link", { name: "固阳县" }) });
  await expect(guyang).toContainText(/未发布（已逾期 \d/);

  // Past the 旗县's publish deadline the draft 通报 lists them, named by the cycle's label once.
  const res = await page.request.get("/api/review/2026/notice");
  expect(res.headers()["content-disposition"]).toContain(encodeURIComponent("2026年度（演示数据）政府信息公开工作年度报告报送情况通报（草稿）.xlsx"));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await res.body()) as unknown as ArrayBuffer);
  const listed = wb.worksheets[0]!.getColumn(1).values.map(String);
  expect(listed).toContain("固阳县（150222）");

  // The unit's report page says so too, and still lets it publish (a late report is never refused).
  await page.goto("/reports/2026/150222");
  await expect(page.getByTestId("publish-deadline")).toContainText(/2027-02-08已逾期 .+，仍可发布/);
});
