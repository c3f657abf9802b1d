import { expect, test } from "./test";
import { DEMO_USER, login, loginAsDemo } from "./fixtures";

test("an anonymous visit to the home page lands on the login page", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/login/);
  await expect(page.getByRole("heading", { name: "年报编制系统" })).toBeVisible();
  await expect(page.getByLabel("用户名")).toBeVisible();
  await expect(page.getByLabel("密码")).toBeVisible();
  await expect(page).toHaveTitle(/年报编制系统/);
});

test("a wrong password shows an error and keeps the username", async ({ page }) => {
  await login(page, DEMO_USER.username, "not-the-password");
  const alert = page.locator("main").getByRole("alert");
  await expect(alert).toHaveText("用户名或密码错误");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByLabel("用户名")).toHaveValue(DEMO_USER.username);
  await expect(page.getByLabel("密码")).toHaveValue("");
});

test("an unknown username gets the same error as a wrong password", async ({ page }) => {
  await login(page, "nobody-here", "whatever-password");
  await expect(page.locator("main").getByRole("alert")).toHaveText("用户名或密码错误");
  await expect(page.getByLabel("用户名")).toHaveValue("nobody-here");
});

test("empty fields are refused with messages next to them", async ({ page }) => {
  await page.goto("/login");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByText("请输入用户名")).toBeVisible();
  await expect(page.getByText("请输入密码")).toBeVisible();
  await expect(page.getByLabel("用户名")).toHaveAttribute("aria-invalid", "true");
});

test("logging in shows the user's name and unit; logging out ends the session", async ({ page }) => {
  await loginAsDemo(page);
  const banner = page.getByRole("banner");
  await expect(banner).toContainText(DEMO_USER.name);
  await expect(banner).toContainText(DEMO_USER.orgName);

  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("button", { name: "登录" })).toBeVisible();

  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
});

test("an unknown page shows the Chinese 404 page", async ({ page }) => {
  await loginAsDemo(page);
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByText("您访问的页面不存在")).toBeVisible();
});
