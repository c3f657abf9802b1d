import { expect, test } from "./test";
import { login } from "./fixtures";

/*
 * The print view of the statistics form (issue 15 item 3): from the unit page's 打印填报表 to an
 * A4 page with the template's merged headers and the unit's draft, without the app's menu; the
 * blank form beside it; the toolbar gone when printed.
 */
test("a 填报员 opens 打印填报表: the official table's headers, the unit, the draft's figures, then the blank form", async ({ page }, testInfo) => {
  await login(page, "bgt-filler", "Nianbao#2018!");
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/stats/2026/150000-01");
  await page.getByRole("link", { name: "打印填报表" }).click();
  await expect(page).toHaveURL(/\/stats\/2026\/150000-01\/print$/);

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^政府信息公开工作年度报告统计表/);
  await expect(page.getByText("填报单位（盖章）：自治区人民政府办公厅")).toBeVisible();
  await expect(page.getByRole("navigation", { name: "主菜单" })).toHaveCount(0);
  const applicants = page.getByRole("table").filter({ has: page.getByRole("columnheader", { name: "申请人情况" }) });
  await expect(applicants.getByRole("columnheader", { name: "自然人" })).toBeVisible();
  await expect(applicants.getByRole("rowheader", { name: /本年新收政府信息公开申请数量/ })).toBeVisible();
  // The draft carries 上年结转 (R2) from 2025: a figure in the row.
  const carried = applicants.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /上年结转政府信息公开申请数量/ }) });
  await expect(carried.getByRole("cell").filter({ hasText: /^\d+$/ }).first()).toBeVisible();

  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "打印" })).toBeHidden();
  // As the browser prints it (the page's own @page: A4), kept with the test's results to look at.
  const pdf = await page.pdf({ path: testInfo.outputPath("filled.pdf"), preferCSSPageSize: true });
  expect(pdf.subarray(0, 4).toString("latin1")).toBe("%PDF");
  await page.emulateMedia({ media: "screen" });

  await page.getByRole("link", { name: "打印空白表" }).click();
  await expect(page).toHaveURL(/\/print\?blank=1$/);
  const blank = page.getByRole("table").filter({ has: page.getByRole("columnheader", { name: "申请人情况" }) });
  await expect(blank.getByRole("cell").filter({ hasText: /^\d+$/ })).toHaveCount(0);
  await expect(page.getByText("填报单位（盖章）：自治区人民政府办公厅")).toBeVisible();
});

test("the cycle's blank form at /print/{year}: the table without a unit", async ({ page }) => {
  await login(page, "bgt-filler", "Nianbao#2018!");
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/print/2026");
  await expect(page.getByRole("columnheader", { name: "申请人情况" })).toBeVisible();
  await expect(page.getByText(/填报单位（盖章）：＿/)).toBeVisible();
});
