import fs from "node:fs";
import { getTemplate } from "@/lib/templates";
import { expect, test, type Page } from "./test";
import { cli, createUser } from "./cli";
import { login } from "./fixtures";
import { cell } from "./form";
import { fillTemplate } from "../integration/import/fill-template";

/*
 * Issue 15 (Done means): a 填报员 downloads the unit's Excel template from the form, fills it
 * offline (here: exceljs), uploads it, sees the preview with one warning at its cell (规章 at a
 * unit without 规章制定权, with its Excel address), confirms, and sees the values in the form.
 * Year 2040 and 150000-10 自治区农牧厅 belong to this spec.
 */
const YEAR = "2040";
const ORG = "150000-10";
const T = getTemplate("gov-disclosure-2021");

test.beforeAll(() => {
  const r = cli(["cycle:create", "--year", YEAR, "--template", T.id]);
  if (r.code !== 0 && !/已存在|exists/.test(r.stderr)) throw new Error(r.stderr);
});

const dialog = (page: Page) => page.getByRole("dialog", { name: "上传填好的 Excel 填报表" });

test("a 填报员 downloads the template, uploads it filled, sees the one warning at its cell, confirms, and the form holds the figures", async ({ page, browser }, testInfo) => {
  // A CLI call, a download, two previews and a save on a shared machine.
  test.setTimeout(180_000);
  const user = createUser({ org: ORG, roles: ["filler"] });
  await login(page, user.username, user.password);
  await expect(page).toHaveURL(/\/$/);
  await page.goto(`/stats/${YEAR}/${ORG}/edit`);
  await expect(page.getByRole("heading", { name: /年度政府信息公开工作统计表/ })).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "下载 Excel 填报模板" }).click()]);
  const blank = fs.readFileSync((await download.path())!);

  // Filled offline: every figure 0 but an application handled, and one 规章 (a warning here).
  const texts: Record<string, string> = Object.fromEntries(T.cells.filter((c) => !c.computed).map((c) => [c.code, "0"]));
  Object.assign(texts, { "R1.np": "7", "R3.1.np": "5", "R4.np": "2", "P1.reg.issued": "1", "P1.reg.valid": "1", "P5.license": "12" });
  const filled = await fillTemplate(blank, T, texts);

  await page.getByRole("button", { name: "上传 Excel" }).click();
  await dialog(page).locator('input[type="file"]').setInputFiles({ name: "农牧厅填报表.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: filled });
  await dialog(page).getByRole("button", { name: "预览" }).click();
  const preview = dialog(page).getByRole("region", { name: /自治区农牧厅（150000-10）的预览/ });
  // The first upload after the server starts loads the Excel reader: give it time on a busy machine.
  await expect(preview).toBeVisible({ timeout: 30_000 });
  await expect(dialog(page).getByText(/1 个单位的数据可以导入，有 1 条提示性问题/)).toBeVisible();
  const issues = preview.getByLabel("错误与提示").getByRole("listitem");
  await expect(issues).toHaveCount(1);
  await expect(issues.first()).toContainText("提示");
  await expect(issues.first()).toContainText(/填报表!\w+\d+/);
  await expect(issues.first()).toContainText("规章");
  fs.mkdirSync("test-results/excel-upload", { recursive: true });
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.screenshot({ path: "test-results/excel-upload/preview-1440.png" });

  // The same preview at a phone's width.
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
  await phone.context().addCookies(await page.context().cookies());
  await phone.goto(`/stats/${YEAR}/${ORG}/edit`);
  await phone.getByRole("button", { name: "上传 Excel" }).click();
  await dialog(phone).locator('input[type="file"]').setInputFiles({ name: "农牧厅填报表.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: filled });
  await dialog(phone).getByRole("button", { name: "预览" }).click();
  await expect(dialog(phone).getByRole("region", { name: /自治区农牧厅（150000-10）的预览/ })).toBeVisible({ timeout: 30_000 });
  await phone.screenshot({ path: "test-results/excel-upload/preview-390.png" });
  await dialog(phone).getByRole("button", { name: /^将要填入的数值（\d+ 项(，其中 \d+ 项为 0)?）$/ }).click();
  await expect(dialog(phone).getByRole("cell", { name: /填报表!B10/ })).toBeVisible();
  await expect(dialog(phone).getByRole("cell", { name: "空 → 1" }).first()).toBeVisible();
  await phone.screenshot({ path: "test-results/excel-upload/preview-390-changes.png" });
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await phone.close();

  await dialog(page).getByRole("button", { name: "确认导入" }).click();
  await expect(dialog(page).getByText("已保存 1 个单位的草稿。有 1 条提示性问题，请在填报页说明。")).toBeVisible();
  await dialog(page).getByRole("link", { name: "自治区农牧厅（150000-10）的填报页" }).click();
  await expect(cell(page, "R1.np")).toHaveValue("7");
  await expect(cell(page, "P5.license")).toHaveValue("12");
  await expect(cell(page, "P1.reg.issued")).toHaveValue("1");
  testInfo.annotations.push({ type: "screenshots", description: "test-results/excel-upload/preview-{1440,390}.png" });
});
