import fs from "node:fs";
import { expect, test } from "./test";
import { createUser } from "./cli";
import { login, loginAsDemo } from "./fixtures";
import { readTemplateWorkbook } from "../../server/imports/xlsx/read-template-workbook";

/*
 * Issue 15 item 1: the unit's Excel template from its form and its page (a 填报员 of the demo's
 * 自治区发展和改革委员会, 2026), and the region's reviewer's workbook of its direct children.
 */
const YEAR = "2026";
const ORG = "150000-03";

test("a 填报员 downloads the unit's Excel template from the form and from the unit page; it reads back as the unit's figures", async ({ page }) => {
  test.setTimeout(120_000);
  const user = createUser({ org: ORG, roles: ["filler"] });
  await login(page, user.username, user.password);
  await expect(page).toHaveURL(/\/$/);
  for (const path of [`/stats/${YEAR}/${ORG}/edit`, `/stats/${YEAR}/${ORG}`]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { name: /政府信息公开工作统计表（自治区发展和改革委员会）/ })).toBeVisible();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "下载 Excel 填报模板" }).click()]);
    expect(download.suggestedFilename()).toBe(`${YEAR}年度自治区发展和改革委员会统计表填报模板.xlsx`);
    const [table] = await readTemplateWorkbook(new Uint8Array(fs.readFileSync((await download.path())!)), download.suggestedFilename());
    expect(table).toMatchObject({ year: Number(YEAR), orgCode: ORG, templateId: "gov-disclosure-2021", problems: [] });
    expect(Object.keys(table!.values).length).toBe(203);
  }
});

test("the region's reviewer downloads one workbook with a sheet per leaf child", async ({ page }) => {
  test.setTimeout(120_000);
  await loginAsDemo(page);
  await page.goto(`/stats/${YEAR}/150000`);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "下载下级单位 Excel 填报模板" }).click()]);
  const tables = await readTemplateWorkbook(new Uint8Array(fs.readFileSync((await download.path())!)), download.suggestedFilename());
  expect(tables.length).toBeGreaterThan(10);
  expect(tables.map((t) => t.orgCode)).toContain(ORG);
  expect(tables.filter((t) => t.problems.length > 0)).toEqual([]);
  // Compiling children (包头市 …) have nothing to fill in.
  expect(tables.map((t) => t.orgCode)).not.toContain("150200");
});
