import { expect, takeViolations, test, type Page } from "./test";
import { cli, createUser } from "./cli";
import { login } from "./fixtures";
import { totpCode } from "./totp";

const alert = (page: Page) => page.locator("main").getByRole("alert");

async function loginOk(page: Page, username: string, password: string) {
  await login(page, username, password);
  await expect(page.getByRole("button", { name: "退出登录" })).toBeVisible();
}

test("five wrong passwords lock the account for 15 minutes; another account from the same address still logs in", async ({ page, browser }) => {
  const victim = createUser({ org: "150100", roles: ["filler"] });
  const other = createUser({ org: "150100", roles: ["signer"] });
  for (let i = 1; i <= 4; i++) {
    await login(page, victim.username, `Wrong#pass${i}`);
    await expect(alert(page)).toHaveText("用户名或密码错误");
  }
  await login(page, victim.username, "Wrong#pass5");
  await expect(alert(page)).toHaveText("账户已锁定，请在15分钟后重试");
  // The right password does not open a locked account.
  await login(page, victim.username, victim.password);
  await expect(alert(page)).toContainText("账户已锁定");

  const second = await browser.newContext();
  const page2 = await second.newPage();
  await loginOk(page2, other.username, other.password);
  await second.close();
});

test("a user whose password was set by an administrator must change it before anything else", async ({ page }) => {
  const u = createUser({ org: "150000-01", roles: ["filler"], mustChange: true });
  await login(page, u.username, u.password);
  await expect(page).toHaveURL(/\/account\/password$/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/account\/password$/);
  await page.getByLabel("当前密码").fill(u.password);
  await page.getByLabel("新密码", { exact: true }).fill(u.password);
  await page.getByLabel("再次输入新密码").fill(u.password);
  await page.getByRole("button", { name: "修改密码" }).click();
  await expect(alert(page)).toContainText("不能与");

  const fresh = "Xin#mima2025";
  await page.getByLabel("当前密码").fill(u.password);
  await page.getByLabel("新密码", { exact: true }).fill(fresh);
  await page.getByLabel("再次输入新密码").fill(fresh);
  await page.getByRole("button", { name: "修改密码" }).click();
  await expect(page).toHaveURL(/\/login\?changed=1/);
  await expect(alert(page)).toHaveText("密码已修改，请用新密码登录");
  await loginOk(page, u.username, fresh);
  await expect(page).toHaveURL(/\/$/);
});

test("an administrator binds a TOTP app at the first login and needs a code from then on", async ({ page, browser }) => {
  const admin = createUser({ org: "150000", roles: ["auditor"] });
  await login(page, admin.username, admin.password);
  await expect(page.getByRole("heading", { name: "绑定动态口令" })).toBeVisible();
  await expect(page.getByRole("img", { name: "动态口令二维码" })).toBeVisible();
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  await page.getByLabel("动态口令", { exact: true }).fill("000000");
  await page.getByRole("button", { name: "验证并登录" }).click();
  await expect(alert(page)).toContainText("动态口令不正确");
  await page.getByLabel("动态口令", { exact: true }).fill(totpCode(secret));
  await page.getByRole("button", { name: "验证并登录" }).click();
  await expect(page.getByRole("navigation", { name: "主菜单" }).getByRole("link", { name: "审计日志" })).toBeVisible();

  const later = await browser.newContext();
  const page2 = await later.newPage();
  await login(page2, admin.username, admin.password);
  await expect(page2.getByLabel("动态口令", { exact: true })).toBeVisible();
  await expect(page2.getByRole("heading", { name: "绑定动态口令" })).toHaveCount(0);
  // The code just used is refused (replay); the next step's code is accepted.
  await page2.getByLabel("动态口令", { exact: true }).fill(totpCode(secret, 1));
  await page2.getByRole("button", { name: "验证并登录" }).click();
  await expect(page2.getByRole("button", { name: "退出登录" })).toBeVisible();
  await later.close();
});

test("a 填报员 sees their own unit's statistics but gets 403 for another unit's, by URL or by API, and nothing changes", async ({ page, request }) => {
  await loginOk(page, "bgt-filler", "Nianbao#2018!");
  await page.goto("/stats/2018/150000-01");
  await expect(page.getByRole("heading", { name: "2018年度政府信息公开工作统计表（自治区人民政府办公厅）" })).toBeVisible();
  await expect(page.getByRole("row", { name: /主动公开政府信息数/ }).first()).toContainText("284088");

  const response = await page.goto("/stats/2018/150100");
  expect(response?.status()).toBe(403);
  await expect(page.getByText("您没有权限访问此页面")).toBeVisible();

  const before = cli(["totals", "--year", "2018", "--org", "150100", "--status", "submitted"]).stdout;
  const forged = await page.request.put("/api/stats/2018/150100", { data: { values: { A1: "1" }, version: 1 } });
  expect(forged.status()).toBe(403);
  expect((await forged.json()).error).toBe("您没有权限执行此操作");
  // Its own unit's data is approved: a save is refused with 409, also changing nothing.
  const own = await page.request.put("/api/stats/2018/150000-01", { data: { values: { A1: "1" }, version: 1 } });
  expect(own.status()).toBe(409);
  expect(cli(["totals", "--year", "2018", "--org", "150100", "--status", "submitted"]).stdout).toBe(before);
  expect(JSON.parse(cli(["totals", "--year", "2018", "--org", "150000-01", "--status", "submitted"]).stdout).A1).toBe(284088);

  // The `request` fixture carries no session cookie.
  const anonymous = await request.put("/api/stats/2018/150000-01", { data: { values: {}, version: 0 } });
  expect(anonymous.status()).toBe(401);
});

test("an idle session ends after 30 minutes without a request", async ({ page }) => {
  await loginOk(page, "hhht-signer", "Nianbao#2018!");
  try {
    const moved = await page.request.post("/api/test/clock", { data: { offsetMs: 29 * 60_000 } });
    expect(moved.ok()).toBe(true);
    await page.goto("/");
    await expect(page.getByRole("button", { name: "退出登录" })).toBeVisible();
    await page.request.post("/api/test/clock", { data: { offsetMs: 29 * 60_000 + 31 * 60_000 } });
    await page.goto("/");
    await expect(page).toHaveURL(/\/login\?expired=1/);
    await expect(alert(page)).toHaveText("会话已超时，请重新登录");
  } finally {
    await page.request.post("/api/test/clock", { data: { offsetMs: 0 } });
  }
});

test("the audit log records the connection's address, not the headers a client forges", async ({ browser }) => {
  const u = createUser({ org: "150100", roles: ["filler"] });
  const forged = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.9", "X-Nianbao-Client-Address": "198.51.100.7" } });
  const page = await forged.newPage();
  await login(page, u.username, "Wrong#pass1");
  await expect(alert(page)).toHaveText("用户名或密码错误");
  await forged.close();
  const exported = cli(["audit:export", "--user", u.username, "--action", "login.failure"]);
  expect(exported.code).toBe(0);
  const rows = exported.stdout.trim().split("\n").slice(1);
  expect(rows).toHaveLength(1);
  expect(rows[0]).toContain(",127.0.0.1,");
  expect(exported.stdout).not.toMatch(/203\.0\.113\.9|198\.51\.100\.7/);
});

test("every response carries the security headers, and the page's CSP stops an injected inline script", async ({ page }) => {
  const res = await page.goto("/login");
  const h = res!.headers();
  expect(h["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}' 'strict-dynamic'/);
  expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(h["content-security-policy"]).toContain("object-src 'none'");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["referrer-policy"]).toBe("same-origin");
  expect(h["permissions-policy"]).toContain("camera=()");
  expect(h["x-frame-options"]).toBe("SAMEORIGIN");
  // Plain HTTP here: no HSTS (it is sent only when the page was served over HTTPS).
  expect(h["strict-transport-security"]).toBeUndefined();
  // Each request gets its own nonce.
  const again = (await page.request.get("/login")).headers()["content-security-policy"];
  expect(again).not.toBe(h["content-security-policy"]);

  const api = await page.request.get("/api/stats/2018/150000/attachments");
  expect(api.status()).toBe(401);
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");
  expect(api.headers()["content-security-policy"]).toBe("frame-ancestors 'self'");

  // Stored markup that slipped into a page (here added on the wire, the server's CSP header kept):
  // its inline script has no nonce and must not run.
  await page.route("**/login", async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace("</body>", "<script>window.__injected = 1</script></body>");
    await route.fulfill({ response, body: html });
  });
  await page.goto("/login");
  await expect(page.getByRole("button", { name: "登录" })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __injected?: number }).__injected)).toBeUndefined();
  await expect.poll(() => takeViolations().some((v) => v.includes("script-src"))).toBe(true);
});
