import { expect, type Page } from "@playwright/test";

/** The demo login that tests/scripts/load-demo.sh creates. */
export const DEMO_USER = { username: "demo", password: "Nianbao#2018!", name: "演示用户", orgName: "内蒙古自治区" };

export async function login(page: Page, username = DEMO_USER.username, password = DEMO_USER.password) {
  await page.goto("/login");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
}

export async function loginAsDemo(page: Page) {
  await login(page);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("button", { name: "退出登录" })).toBeVisible();
}
