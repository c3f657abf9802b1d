import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Browser, type Page } from "./test";
import { cli, createUser } from "./cli";
import { login } from "./fixtures";

// 自治区统计局: a leaf unit no other spec uses.
const ORG = "150000-27";
const UNIT_NAME = "自治区统计局";
const REPORT_PATH = `/reports/2018/${ORG}`;
const API = `/api/reports/2018/${ORG}`;
const FIXTURE = path.resolve(__dirname, "../fixtures/imar-2018/submissions-2018.csv");

const sha256 = (b: Buffer) => createHash("sha256").update(b).digest("hex");

/** The unit's 2018 row of the demo data, with A1 moved by `delta`, as an import file. */
function unitCsv(delta: number): string {
  const [header, ...rows] = fs.readFileSync(FIXTURE, "utf8").trim().split("\n");
  const row = rows.find((r) => r.startsWith(`${ORG},`))!.split(",");
  const a1 = header!.split(",").indexOf("A1");
  row[a1] = String(Number(row[a1]) + delta);
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-publish-")), "unit.csv");
  fs.writeFileSync(file, `${header}\n${row.join(",")}\n`);
  return file;
}

function importRow(delta: number) {
  const r = cli(["submissions:import", "--year", "2018", "--status", "approved", unitCsv(delta)]);
  expect(r.code, r.stderr).toBe(0);
}

async function signedIn(browser: Browser, user: { username: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await login(page, user.username, user.password);
  await expect(page).toHaveURL(/\/$/);
  return page;
}

const panel = (page: Page) => page.getByRole("region", { name: "签发与发布" });
const statusTags = (page: Page) => panel(page).getByLabel("发布状态");

async function confirmIn(page: Page, dialogName: string | RegExp, button: string) {
  const dialog = page.getByRole("dialog", { name: dialogName });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: button }).click();
  await expect(dialog).toBeHidden({ timeout: 60_000 });
}

async function signAndConfirm(page: Page) {
  await panel(page).getByRole("button", { name: "签发报告" }).click();
  await confirmIn(page, "签发报告", "确认签发");
  await expect(statusTags(page)).toContainText("已签发");
  await panel(page).getByRole("button", { name: "确认保密审查" }).click();
  await confirmIn(page, "确认保密审查", "确认");
  await expect(statusTags(page)).toContainText("保密审查已确认");
}

test.describe.configure({ mode: "serial", timeout: 180_000 });

test.beforeAll(() => {
  // This app's own public list is off by default (reports go on the 政府信息公开 platform); the office opens it for a preview.
  const r = cli(["public:list", "on"]);
  expect(r.code, r.stderr).toBe(0);
});

test.afterAll(() => {
  // Put the unit's figures back as the demo has them (other specs read the region's totals).
  importRow(0);
  cli(["public:list", "off"]);
});

test("the 负责人 signs off, confirms 保密审查 and publishes; the public PDF stays byte-identical; a correction is version 2", async ({ browser }) => {
  const filler = createUser({ org: ORG, roles: ["filler"] });
  const signer = createUser({ org: ORG, roles: ["signer"] });

  // The 填报员 sees the panel but has no step to take, and the API refuses to publish for them.
  const fp = await signedIn(browser, filler);
  await fp.goto(REPORT_PATH);
  await expect(statusTags(fp)).toContainText("草稿");
  await expect(panel(fp).getByRole("button", { name: "发布报告" })).toHaveCount(0);
  await expect(panel(fp).getByRole("button", { name: "签发报告" })).toHaveCount(0);
  const refused = await fp.request.post(`${API}/publish`, { data: { draftVersion: 0 } });
  expect(refused.status()).toBe(403);
  // What the format requires written (一、概述 and 五), saved as the editor saves it.
  const para = (text: string) => [[{ text }]];
  const doc = { prose: { overview: para("本年度政府信息公开工作稳步推进。"), outlook_problems: para("公开内容的深度还需加强。"), outlook_plans: para("下一年度继续做好政策解读。") }, headings: {} };
  const saved = await fp.request.put(`${API}/draft`, { data: { version: 0, doc } });
  expect(saved.status(), await saved.text()).toBe(200);

  // The 负责人: publishing is blocked until 签发 and 保密审查 are recorded.
  const sp = await signedIn(browser, signer);
  await sp.goto(REPORT_PATH);
  await expect(panel(sp).getByRole("button", { name: "发布报告" })).toBeDisabled();
  await expect(panel(sp)).toContainText("尚未签发");
  await signAndConfirm(sp);

  // The 填报员 changes the phone number after 签发: on their page the panel shows at once (no
  // reload) both steps void; the 负责人 finds 发布 refused until they are given again.
  await fp.goto(REPORT_PATH);
  await expect(statusTags(fp)).toContainText("已签发");
  await fp.getByLabel("电话").fill("0471-6999999");
  await fp.getByRole("button", { name: "保存" }).click();
  await expect(fp.getByText("已保存，预览即将刷新")).toBeVisible();
  await expect(statusTags(fp)).toHaveText("草稿");
  await expect(panel(fp)).toContainText("负责人签发未签发");
  await sp.reload();
  await expect(panel(sp).getByRole("button", { name: "发布报告" })).toBeDisabled();
  await expect(panel(sp)).toContainText("保密审查确认后报告内容");
  await signAndConfirm(sp);
  await panel(sp).getByRole("button", { name: "发布报告" }).click();
  const publishDialog = sp.getByRole("dialog", { name: "发布报告" });
  await publishDialog.getByLabel("索引号").fill("11150000MB1234567X/2019-00027");
  await confirmIn(sp, "发布报告", "确认发布");
  await expect(statusTags(sp)).toContainText("已发布 第1版", { timeout: 60_000 });
  const shaV1 = (await panel(sp).getByLabel("PDF SHA-256").first().textContent())!.trim();
  expect(shaV1).toMatch(/^[0-9a-f]{64}$/);

  // An anonymous visitor finds it on the public page and downloads the frozen PDF.
  const anon = await browser.newContext();
  const ap = await anon.newPage();
  await ap.goto("/login");
  await ap.getByRole("link", { name: "查看已发布的年度报告（无需登录）" }).click();
  await expect(ap).toHaveURL(/\/public\/reports$/);
  await expect(ap.getByRole("heading", { name: "政府信息公开工作年度报告" })).toBeVisible();
  const row = ap.getByRole("row", { name: new RegExp(UNIT_NAME) });
  const v1Link = row.getByRole("link", { name: /第1版 PDF/ });
  const v1Href = (await v1Link.getAttribute("href"))!;
  expect(v1Href).toBe(`/public/reports/2018/${ORG}/v1.pdf`);
  const download = await anon.request.get(v1Href);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toBe("application/pdf");
  const pdfV1 = await download.body();
  expect(sha256(pdfV1)).toBe(shaV1);
  // Nothing else is open without login.
  const privatePdf = await anon.request.get(`${API}/pdf`);
  expect(privatePdf.status()).toBe(401);
  await ap.goto(REPORT_PATH);
  await expect(ap).toHaveURL(/\/login/);

  // The figures change afterwards: the published PDF does not; the report is flagged.
  importRow(1);
  expect(sha256(await (await anon.request.get(v1Href)).body())).toBe(shaV1);
  await sp.reload();
  await expect(panel(sp)).toContainText("所用数据已更正/已变化");
  await ap.goto("/public/reports");
  await expect(ap.getByRole("row", { name: new RegExp(UNIT_NAME) })).toContainText("所用数据已更正/已变化");

  // A correction needs a fresh 签发 and 保密审查, then makes version 2 with its 更正说明.
  await expect(panel(sp).getByRole("button", { name: "发布更正版本" })).toBeDisabled();
  await signAndConfirm(sp);
  await panel(sp).getByRole("button", { name: "发布更正版本" }).click();
  const correctDialog = sp.getByRole("dialog", { name: /发布更正版本/ });
  await correctDialog.getByLabel("更正说明").fill("主动公开政府信息数量更正为最新统计数");
  await confirmIn(sp, /发布更正版本/, "确认发布更正版本");
  await expect(statusTags(sp)).toContainText("已发布 第2版", { timeout: 60_000 });
  await expect(panel(sp).getByRole("table", { name: "已发布的版本" })).toContainText("主动公开政府信息数量更正为最新统计数");
  await expect(panel(sp)).not.toContainText("所用数据已更正/已变化");

  // Both versions are listed publicly; version 1 still serves the same bytes.
  await ap.goto("/public/reports");
  const row2 = ap.getByRole("row", { name: new RegExp(UNIT_NAME) });
  await expect(row2).toContainText("第2版");
  await expect(row2).toContainText("主动公开政府信息数量更正为最新统计数");
  await expect(row2.getByRole("link", { name: /第2版 PDF/ })).toHaveAttribute("href", `/public/reports/2018/${ORG}/v2.pdf`);
  expect(sha256(await (await anon.request.get(v1Href)).body())).toBe(shaV1);
  const v2 = await anon.request.get(`/public/reports/2018/${ORG}/v2.pdf`);
  expect(v2.status()).toBe(200);
  expect(sha256(await v2.body())).not.toBe(shaV1);

  // After posting on the platform, the unit records the official URL: the public list links there.
  await panel(sp).getByRole("button", { name: "登记第1版正式网址" }).click();
  const official = sp.getByRole("dialog", { name: "登记第1版的正式发布网址" });
  await official.getByLabel("正式发布网址").fill("ftp://example.gov.cn/report");
  await official.getByRole("button", { name: "保存" }).click();
  await expect(official).toContainText("网址须以 http:// 或 https:// 开头");
  await official.getByLabel("正式发布网址").fill("https://www.nmg.gov.cn/zwgk/zfxxgk/ndbg/2018-tjj.html");
  await confirmIn(sp, "登记第1版的正式发布网址", "保存");
  await ap.goto("/public/reports");
  await expect(ap.getByRole("row", { name: new RegExp(UNIT_NAME) }).getByRole("link", { name: /第1版（政府信息公开平台/ })).toHaveAttribute(
    "href",
    "https://www.nmg.gov.cn/zwgk/zfxxgk/ndbg/2018-tjj.html",
  );
  await anon.close();
});
