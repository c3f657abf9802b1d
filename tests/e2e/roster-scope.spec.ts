import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "./test";
import { cli, createUser } from "./cli";
import { login } from "./fixtures";
import { totpCode } from "./totp";

/*
 * 报告范围与汇总: the 系统管理员 opens a cycle's dialog, sets 呼和浩特市's 2025 report to its 本级
 * (the 市政府办公室 and 市直部门), and the report says 市政府及部门; set back to 全域, it says 全市.
 * Set to both, the city's writer finds two reports on its report page.
 */
test.describe.configure({ timeout: 90_000 });

async function loginSysadmin(page: Page) {
  const admin = createUser({ org: "150000", roles: ["sysadmin"] });
  await login(page, admin.username, admin.password);
  await expect(page.getByRole("heading", { name: "绑定动态口令" })).toBeVisible();
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  await page.getByLabel("动态口令", { exact: true }).fill(totpCode(secret));
  await page.getByRole("button", { name: "验证并登录" }).click();
  await expect(page.getByRole("button", { name: "退出登录" })).toBeVisible();
}

/** The 2025 report of 呼和浩特市 as text, through the CLI (the web route's function), spaces and breaks removed. */
function reportText(): string {
  const out = path.resolve(`test-results/hhht-2025-${Date.now()}.pdf`);
  const r = cli(["report", "--year", "2025", "--org", "150100", "--out", out]);
  expect(r.code, r.stderr).toBe(0);
  return execFileSync("pdftotext", [out, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
}

/** Back to 全域 whatever a failed run left: choosing the value a select already shows saves nothing. */
const resetCoverage = () => expect(cli(["roster:scope", "--year", "2025", "--org", "150100", "--coverage", "area"]).code).toBe(0);

async function setCoverage(page: Page, label: string) {
  const dialog = page.getByRole("dialog", { name: "2025 年度：报告范围与汇总" });
  const select = dialog.getByLabel("呼和浩特市的报告范围");
  const row = dialog.getByRole("row", { name: /^呼和浩特市（150100）/ });
  // antd lists the options outside the dialog (its a11y options carry the values, not the labels).
  const option = page.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option", { hasText: label });
  // A click while the list is still opening can leave it open with nothing chosen (CI, loaded):
  // open and choose again until the select shows the choice. It is controlled, so it shows the
  // new choice only once the save has succeeded; the save and the page's revalidation can take seconds.
  await expect(async () => {
    if ((await select.getAttribute("aria-expanded")) !== "true") await select.click({ timeout: 5_000 });
    await option.click({ timeout: 5_000 });
    await expect(row).toContainText(label, { timeout: 10_000 });
  }).toPass({ timeout: 45_000 });
}

test("the 系统管理员 sets a 市's report to its 本级 and back", async ({ page }) => {
  resetCoverage();
  await page.setViewportSize({ width: 1440, height: 900 });
  await loginSysadmin(page);
  await page.goto("/admin/cycles");
  await page.getByRole("button", { name: "2025 年度的报告范围与汇总" }).click();
  const dialog = page.getByRole("dialog", { name: "2025 年度：报告范围与汇总" });
  await expect(dialog.getByRole("cell", { name: "呼和浩特市（150100）" })).toBeVisible();
  await expect(dialog.getByRole("cell", { name: /达尔罕茂明安联合旗/ })).toBeVisible();
  await page.screenshot({ path: "test-results/roster-scope-1440.png" });

  await setCoverage(page, "本级（本级政府及其部门）");
  const own = reportText();
  expect(own).toContain("2025年，市政府及部门共收办政府信息公开申请");
  expect(own).not.toContain("旗县区新收申请数");
  await setCoverage(page, "全域（含全部下级单位）");
  const area = reportText();
  expect(area).toContain("2025年，全市共收办政府信息公开申请");
  expect(area).toContain("旗县区新收申请数居前3位");
});

test("both: 呼和浩特市 writes a 全域报告 and a 本级报告, each with its own page and preview", async ({ page, browser }) => {
  resetCoverage();
  await page.setViewportSize({ width: 1440, height: 900 });
  await loginSysadmin(page);
  await page.goto("/admin/cycles");
  await page.getByRole("button", { name: "2025 年度的报告范围与汇总" }).click();
  await setCoverage(page, "全域和本级（两份报告）");

  const writer = createUser({ org: "150100", roles: ["filler"] });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const w = await context.newPage();
  try {
    await login(w, writer.username, writer.password);
    // The session cookie is set only once the login has answered: going on before it lands on the login page.
    await expect(w).toHaveURL(/\/$/);
    await w.goto("/reports/2025/150100");
    const tabs = w.getByRole("navigation", { name: "本单位的年度报告" });
    await expect(tabs.getByRole("link", { name: "全域报告" })).toHaveAttribute("aria-current", "page");
    await expect(w.getByRole("heading", { name: "呼和浩特市2025年政府信息公开工作年度报告" })).toBeVisible();
    await tabs.getByRole("link", { name: "本级报告" }).click();
    await expect(w).toHaveURL(/\/reports\/2025\/150100\?coverage=own$/);
    await expect(w.getByRole("heading", { name: "呼和浩特市本级2025年政府信息公开工作年度报告" })).toBeVisible();
    await expect(tabs.getByRole("link", { name: "本级报告" })).toHaveAttribute("aria-current", "page");
    await w.screenshot({ path: "test-results/two-reports-own-1440.png" });

    // The preview the page shows is the 本级 report; without the choice, the 全域 one.
    const text = async (url: string) => {
      const res = await w.request.get(url);
      expect(res.status()).toBe(200);
      const file = path.resolve(`test-results/two-reports-${Date.now()}.pdf`);
      fs.writeFileSync(file, await res.body());
      return execFileSync("pdftotext", [file, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
    };
    expect(await text("/api/reports/2025/150100/pdf?coverage=own")).toContain("2025年，市政府及部门共收办政府信息公开申请");
    expect(await text("/api/reports/2025/150100/pdf")).toContain("2025年，全市共收办政府信息公开申请");
  } finally {
    await context.close();
    resetCoverage();
  }
});
