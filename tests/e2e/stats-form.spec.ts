import { expect, test, type Page } from "./test";
import { cli, createUser } from "./cli";
import { login } from "./fixtures";
import { cell, pasteInto, savedStatus } from "./form";

/* Year 2035 (shared with workflow.spec.ts): a 2021 cycle with no year before it, so no 上年结转. */
const YEAR = "2035";
/** The first test's unit: 150202 东河区, or on a retry (its first attempt's draft stays) 150207 九原区. */
const editPath = (org: string) => `/stats/${YEAR}/${org}/edit`;

async function openForm(page: Page, user: { username: string; password: string }, org: string) {
  await login(page, user.username, user.password);
  await expect(page).toHaveURL(/\/$/);
  await page.goto(editPath(org));
  await expect(page.getByRole("heading", { name: new RegExp(`${YEAR}年度政府信息公开工作统计表`) })).toBeVisible();
}

test.beforeAll(() => {
  // Another spec may have created the cycle already: that is fine.
  cli(["cycle:create", "--year", YEAR, "--template", "gov-disclosure-2021"]);
});

test("a unit fills the 2021 form by keyboard and paste, sees sums and errors live, and loses nothing", async ({ page, browser }, testInfo) => {
  // Two logins, three reloads and five autosaves: about 30 s on CI's two cores.
  test.setTimeout(90_000);
  const org = testInfo.retry > 0 ? "150207" : "150202";
  await page.setViewportSize({ width: 1366, height: 768 });
  const user = createUser({ org, roles: ["filler"] });
  await openForm(page, user, org);

  // Typing, moving with Tab (right) and Enter (down).
  await cell(page, "R1.np").click();
  await page.keyboard.type("10");
  await page.keyboard.press("Tab");
  await expect(cell(page, "R1.biz")).toBeFocused();
  await page.keyboard.type("2");
  await page.keyboard.press("Enter");
  await expect(cell(page, "R2.biz")).toBeFocused();
  await page.keyboard.type("1");
  await page.keyboard.press("Shift+Tab");
  await expect(cell(page, "R2.np")).toBeFocused();
  await page.keyboard.type("0");
  await expect(cell(page, "R1.tot")).toHaveValue("12");

  // A 2 x 2 block from Excel, pasted at R3.1.np.
  await pasteInto(page, "R3.1.np", "5\t1\r\n3\t0\r\n");
  await expect(cell(page, "R3.1.biz")).toHaveValue("1");
  await expect(cell(page, "R3.2.np")).toHaveValue("3");
  await expect(cell(page, "R3.7.np")).toHaveValue("8");

  // R1 + R2 ≠ R3.7 + R4 in the 自然人 column: a hard error at the cells and in the panel.
  await cell(page, "R4.np").fill("0");
  const message = "自然人·本年新收、上年结转之和为10，但自然人·办理结果总计、结转下年度之和为8，相差2。";
  await expect(page.getByText(message)).toBeVisible();
  await expect(cell(page, "R1.np")).toHaveAttribute("aria-invalid", "true");
  await page.screenshot({ path: "test-results/stats-form-2021-1366.png" });

  await cell(page, "R4.np").fill("2");
  await expect(page.getByText(message)).toHaveCount(0);
  await expect(cell(page, "R1.np")).not.toHaveAttribute("aria-invalid", "true");
  await expect(savedStatus(page)).toBeVisible({ timeout: 10_000 });

  // Reload right after typing (before the debounced save): nothing is lost.
  await cell(page, "P5.license").fill("77");
  await page.reload();
  await expect(cell(page, "P5.license")).toHaveValue("77");
  await expect(cell(page, "R4.np")).toHaveValue("2");
  await expect(cell(page, "R3.2.np")).toHaveValue("3");
  await expect(savedStatus(page)).toBeVisible({ timeout: 10_000 });

  // Every autosave so far belongs to one editing session: one audit entry.
  expect(saveEntries(user.username, org)).toBe(1);

  // Someone else saves in between: our save is refused with 409, our values stay.
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await openForm(otherPage, user, org);
  await cell(otherPage, "P6.penalty").fill("9");
  await expect(savedStatus(otherPage)).toBeVisible({ timeout: 10_000 });
  await other.close();

  await cell(page, "P6.coercion").fill("4");
  await expect(page.getByText("数据已被他人修改")).toBeVisible({ timeout: 10_000 });
  await expect(cell(page, "P6.coercion")).toHaveValue("4");
  await expect(cell(page, "P6.penalty")).toHaveAccessibleDescription(/他人保存的值：9/);

  // Overwrite: saved over the newer version.
  await page.getByRole("button", { name: "用我的数据覆盖" }).click();
  await expect(savedStatus(page)).toBeVisible({ timeout: 10_000 });
  await page.reload();
  await expect(cell(page, "P6.coercion")).toHaveValue("4");
  await expect(cell(page, "P6.penalty")).toHaveValue("");
  // The other login session's save, then ours again after it: two more entries.
  expect(saveEntries(user.username, org)).toBe(3);
});

/** Audit entries of draft saves by this user (the CLI export, one CSV line each). */
function saveEntries(username: string, org: string): number {
  const r = cli(["audit:export", "--action", "stats.save", "--user", username]);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout.split("\n").filter((line) => line.includes(`${YEAR}/${org}`)).length;
}

test("last year's approved value of the same unit shows under each cell", async ({ page }) => {
  await login(page, "bgt-filler", "Nianbao#2018!");
  await expect(page.getByRole("button", { name: "退出登录" })).toBeVisible();
  await page.goto("/stats/2018/150000-01/edit");
  // 2017's A1 of 自治区人民政府办公厅 (tests/fixtures/imar-2018/submissions-2017.csv).
  const a1 = cell(page, "A1");
  await expect(a1).toHaveValue("284,088");
  await expect(page.locator("td").filter({ has: a1 })).toContainText("上年 212017");
});

test("values typed after the session expired stay in the browser and are saved after logging in again", async ({ page }) => {
  // 150203 青山区 in the spec's year belongs to this test.
  const user = createUser({ org: "150203", roles: ["filler"] });
  await login(page, user.username, user.password);
  await expect(page).toHaveURL(/\/$/);
  await page.goto(`/stats/${YEAR}/150203/edit`);
  await cell(page, "P5.license").fill("11");
  await expect(savedStatus(page)).toBeVisible({ timeout: 10_000 });
  try {
    // 31 minutes without a request: the session has ended when the next value is typed.
    expect((await page.request.post("/api/test/clock", { data: { offsetMs: 31 * 60_000 } })).ok()).toBe(true);
    await cell(page, "P6.penalty").fill("5");
    await expect(page.getByText("登录已失效，输入的数据已保存在本机浏览器中")).toBeVisible({ timeout: 10_000 });
    await expect(cell(page, "P6.penalty")).toHaveValue("5");

    // 重新登录 from the notice; back on the form, the kept value is restored and saved.
    await page.getByRole("link", { name: "重新登录" }).click();
    await page.getByLabel("用户名").fill(user.username);
    await page.getByLabel("密码").fill(user.password);
    await page.getByRole("button", { name: "登录" }).click();
    await expect(page.getByRole("button", { name: "退出登录" })).toBeVisible();
    if (!page.url().endsWith("/stats/2025/150203/edit")) await page.goto(`/stats/${YEAR}/150203/edit`);
    await expect(cell(page, "P6.penalty")).toHaveValue("5");
    await expect(savedStatus(page)).toBeVisible({ timeout: 10_000 });

    // On the server: with the browser's copy gone, the reloaded form still has both values.
    await page.evaluate(() => window.localStorage.clear());
    await page.reload();
    await expect(cell(page, "P6.penalty")).toHaveValue("5");
    await expect(cell(page, "P5.license")).toHaveValue("11");
  } finally {
    await page.request.post("/api/test/clock", { data: { offsetMs: 0 } });
  }
});
