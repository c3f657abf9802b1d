import { expect, test, type Page } from "./test";
import { createUser } from "./cli";
import { totpCode } from "./totp";
import { getTemplate } from "@/lib/templates";

/*
 * Every role's day from the home page (issue 13): log in at `/`, find 我的待办, press the one
 * primary button (or, on a phone, the 菜单) and land on the work — no URL typed. Each journey
 * runs at 1440x900 and at 390x844 and leaves screenshots of its key screens under
 * test-results/journeys/. The demo is seen on its 演示日期 2027-02-10 (season: 2026).
 */
const PASSWORD = "Nianbao#2018!";
const WIDTHS = [
  { name: "1440", viewport: { width: 1440, height: 900 } },
  { name: "390", viewport: { width: 390, height: 844 } },
] as const;

const shot = (page: Page, file: string) => page.screenshot({ path: `test-results/journeys/${file}.png`, fullPage: false });

/** The page as a whole never scrolls sideways (wide tables scroll in their own box); names the widest culprits. */
async function noSidewaysScroll(page: Page) {
  const { scroll, width, culprits } = await page.evaluate(() => {
    const w = window.innerWidth;
    const out: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll("*"))) {
      const r = el.getBoundingClientRect();
      if (r.right > w + 1 && out.length < 5) out.push(`${el.tagName.toLowerCase()}.${String(el.className).slice(0, 60)} right=${Math.round(r.right)}`);
    }
    return { scroll: document.documentElement.scrollWidth, width: w, culprits: out };
  });
  expect(scroll, `page is ${scroll}px wide in a ${width}px window: ${culprits.join("; ")}`).toBeLessThanOrEqual(width);
}

/** Log in where a user starts: the home page sends them to the login page and back. */
async function loginFromHome(page: Page, username: string, password: string) {
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
}

/** An administrator binds the authenticator app at the first login (TOTP is required for the three). */
async function loginAdminFromHome(page: Page, role: "sysadmin" | "secadmin" | "auditor") {
  const admin = createUser({ org: "150000", roles: [role] });
  await loginFromHome(page, admin.username, admin.password);
  await expect(page.getByRole("heading", { name: "绑定动态口令" })).toBeVisible();
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  await page.getByLabel("动态口令", { exact: true }).fill(totpCode(secret));
  await page.getByRole("button", { name: "验证并登录" }).click();
}

const todo = (page: Page) => page.getByRole("region", { name: "我的待办" });

/** 我的待办 is there, with the season's cycle; the page fits the window. */
async function atHome(page: Page, file: string) {
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("heading", { level: 1, name: "我的待办" })).toBeVisible();
  await expect(todo(page).getByRole("heading", { name: "2026年度（演示数据）" })).toBeVisible();
  await noSidewaysScroll(page);
  await shot(page, file);
}

/** On a phone the inline menu gives way to the 菜单 drawer, which navigates. */
async function viaPhoneMenu(page: Page, entry: string) {
  await expect(page.getByRole("navigation", { name: "主菜单" })).toBeHidden();
  await page.getByRole("button", { name: "打开菜单" }).click();
  const drawer = page.getByRole("navigation", { name: "手机菜单" });
  await expect(drawer.getByRole("link", { name: "首页" })).toBeVisible();
  await drawer.getByRole("link", { name: entry }).click();
}

for (const w of WIDTHS) {
  test.describe(`at ${w.name} px`, () => {
    test.use({ viewport: w.viewport });

    test("填报员 (a 区直部门 with a draft): 我的待办 → 填报 → the 2026 form", async ({ page }) => {
      await loginFromHome(page, "bgt-filler", PASSWORD);
      await atHome(page, `filler-home-${w.name}`);
      const box = todo(page);
      await expect(box.getByRole("list", { name: "我的单位" })).toContainText("自治区人民政府办公厅草稿");
      await expect(box.getByRole("list", { name: "期限" })).toContainText("本单位报送截止 2027-02-20还剩 10 天");
      await expect(box.getByRole("list", { name: "期限" })).toContainText("本单位发布截止 2027-02-28还剩 18 天");
      // No old table on a leaf unit's home: its work is this season's form.
      await expect(page.getByRole("region", { name: "最新汇总数据" })).toHaveCount(0);
      await box.getByRole("link", { name: "填报", exact: true }).click();
      await expect(page).toHaveURL(/\/stats\/2026\/150000-01\/edit$/);
      await expect(page.getByRole("heading", { level: 1, name: "2026年度政府信息公开工作统计表（自治区人民政府办公厅）" })).toBeVisible();
      await noSidewaysScroll(page);
      await shot(page, `filler-form-${w.name}`);
      if (w.name === "390") {
        await viaPhoneMenu(page, "我的账户");
        await expect(page).toHaveURL(/\/account$/);
      }
    });

    test("填报员 of the region (a compiling unit): 本级汇总, no form to fill → 撰写报告", async ({ page }) => {
      await loginFromHome(page, "region-filler", PASSWORD);
      await atHome(page, `region-filler-home-${w.name}`);
      const box = todo(page);
      await expect(box.getByRole("list", { name: "我的单位" })).toContainText("本级汇总（无需报送）");
      await expect(box.getByRole("list", { name: "我的单位" })).not.toContainText("未填报");
      await expect(box.getByRole("list", { name: "期限" })).toContainText("本单位发布截止 2027-03-31");
      await box.getByRole("link", { name: "撰写报告", exact: true }).click();
      await expect(page).toHaveURL(/\/reports\/2026\/150000$/);
      await expect(page.getByRole("heading", { level: 1, name: "内蒙古自治区2026年政府信息公开工作年度报告" })).toBeVisible();
      await noSidewaysScroll(page);
      await shot(page, `region-filler-report-${w.name}`);
    });

    test("负责人 with data waiting: 我的待办 → 签发 → reads the figures and warnings → 签发并报送", async ({ page }) => {
      // Two units the demo leaves 待签发, one per width (a 签发 cannot be taken back).
      const unit = w.name === "1440" ? { code: "150000-04", name: "自治区人力资源和社会保障厅" } : { code: "150100-01", name: "呼和浩特市人民政府办公室" };
      const signer = createUser({ org: unit.code, roles: ["signer"] });
      await loginFromHome(page, signer.username, signer.password);
      await atHome(page, `signer-home-${w.name}`);
      await expect(todo(page).getByRole("list", { name: "我的单位" })).toContainText(`${unit.name}待签发`);
      await todo(page).getByRole("link", { name: "签发", exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/stats/2026/${unit.code}$`));
      await expect(page.getByRole("heading", { level: 1, name: `2026年度（演示数据）政府信息公开工作统计表（${unit.name}）` })).toBeVisible();
      await noSidewaysScroll(page);
      await shot(page, `signer-unit-${w.name}`);
      const panel = page.getByLabel("报送流程");
      await panel.getByRole("button", { name: "签发并报送" }).click();
      const dialog = page.getByRole("dialog", { name: "签发并报送" });
      await expect(dialog).toContainText(unit.name);
      await shot(page, `signer-confirm-${w.name}`);
      await dialog.getByRole("button", { name: "签发并报送" }).click();
      await expect(page.getByText("已签发并报送上级审核")).toBeVisible();
      await expect(panel.getByTestId("workflow-status")).toHaveText("已报送");
      await noSidewaysScroll(page);
    });

    test("审核员 of the region: 我的待办 → 审核 n 个单位 → the dashboard, whole and with its header in view", async ({ page }) => {
      await loginFromHome(page, "demo", PASSWORD);
      await atHome(page, `region-reviewer-home-${w.name}`);
      const box = todo(page);
      await expect(box.getByLabel("下级单位状态")).toContainText("已报送");
      await box.getByRole("link", { name: /^审核 \d+ 个单位$/ }).click();
      await expect(page).toHaveURL(/\/review\/2026$/);
      await expect(page.getByRole("heading", { level: 1, name: /统计数据审核（内蒙古自治区的下级单位）/ })).toBeVisible();
      const header = page.getByRole("columnheader", { name: "报告发布" });
      await expect(header).toBeVisible();
      await expect(page.getByRole("row").filter({ hasText: "自治区生态环境厅" }).getByTitle(getTemplate("gov-disclosure-2021").name)).toHaveText("2021年修订版");
      if (w.name === "1440") {
        // The last column is inside the window, not clipped behind a scroll bar.
        const box1 = (await header.boundingBox())!;
        expect(box1.x + box1.width).toBeLessThanOrEqual(1440);
      }
      await noSidewaysScroll(page);
      await shot(page, `region-reviewer-dashboard-${w.name}`);
      // 48 rows: scrolled down, the column headers stay in view.
      await page.getByRole("row").filter({ hasText: "鄂尔多斯市" }).scrollIntoViewIfNeeded();
      await page.mouse.wheel(0, 3000);
      const unitHeader = page.getByRole("columnheader", { name: "单位" }).first();
      await expect(async () => {
        const b = (await unitHeader.boundingBox())!;
        expect(b.y).toBeGreaterThanOrEqual(0);
        expect(b.y).toBeLessThan(w.viewport.height);
      }).toPass();
      await shot(page, `region-reviewer-dashboard-scrolled-${w.name}`);
    });

    test("审核员 of a 盟市: 我的待办 → 审核 n 个单位 → the unit → the 退回 dialog fits", async ({ page }) => {
      await loginFromHome(page, "hhht-reviewer", PASSWORD);
      await atHome(page, `league-reviewer-home-${w.name}`);
      // 回民区, and 呼和浩特市人民政府办公室 once its 负责人 signed above.
      await todo(page).getByRole("link", { name: /^审核 \d+ 个单位$/ }).click();
      await expect(page).toHaveURL(/\/review\/2026$/);
      await noSidewaysScroll(page);
      await shot(page, `league-reviewer-dashboard-${w.name}`);
      await page.getByRole("link", { name: "回民区", exact: true }).click();
      await expect(page).toHaveURL(/\/stats\/2026\/150103$/);
      const panel = page.getByLabel("报送流程");
      await expect(panel.getByRole("button", { name: "审核通过" })).toBeVisible();
      await panel.getByRole("button", { name: "退回" }).click();
      const dialog = page.getByRole("dialog", { name: "退回" });
      await dialog.getByRole("button", { name: "添加单元格意见" }).click();
      // The cell-comment row stays inside the dialog.
      const edge = (await dialog.boundingBox())!;
      for (const part of [dialog.getByLabel("单元格意见 1"), dialog.getByRole("button", { name: "删除" })]) {
        const b = (await part.boundingBox())!;
        expect(b.x + b.width).toBeLessThanOrEqual(edge.x + edge.width);
      }
      await shot(page, `league-reviewer-return-${w.name}`);
      await dialog.getByRole("button", { name: "取消" }).click();
      await noSidewaysScroll(page);
    });

    test("系统管理员: 我的待办 → 管理填报周期; past cycles read 已结束", async ({ page }) => {
      await loginAdminFromHome(page, "sysadmin");
      await atHome(page, `sysadmin-home-${w.name}`);
      await todo(page).getByRole("link", { name: "管理填报周期" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "填报周期" })).toBeVisible();
      const row = (year: string) => page.getByRole("row").filter({ has: page.getByRole("cell", { name: year, exact: true }) });
      await expect(row("2017")).toContainText("已结束");
      await expect(row("2018")).toContainText("已结束");
      await expect(row("2026")).toContainText("进行中");
      await shot(page, `sysadmin-cycles-${w.name}`);
      if (w.name === "390") {
        await viaPhoneMenu(page, "用户管理");
        await expect(page.getByRole("heading", { level: 1, name: "用户管理" })).toBeVisible();
      }
    });

    test("安全管理员: 我的待办 → 角色授权", async ({ page }) => {
      await loginAdminFromHome(page, "secadmin");
      await atHome(page, `secadmin-home-${w.name}`);
      await todo(page).getByRole("link", { name: "角色授权" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "角色授权" })).toBeVisible();
      await shot(page, `secadmin-grants-${w.name}`);
    });

    test("安全审计员: 我的待办 → 查看审计日志", async ({ page }) => {
      await loginAdminFromHome(page, "auditor");
      await atHome(page, `auditor-home-${w.name}`);
      await todo(page).getByRole("link", { name: "查看审计日志" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "审计日志" })).toBeVisible();
      await shot(page, `auditor-audit-${w.name}`);
    });
  });
}

test("the 403 page tells the 系统管理员 whom to ask, not themselves", async ({ page }) => {
  await loginAdminFromHome(page, "sysadmin");
  await expect(page.getByRole("heading", { level: 1, name: "我的待办" })).toBeVisible();
  // A page outside the role: the audit log.
  await page.goto("/audit");
  await expect(page.getByText(/请联系安全管理员/)).toBeVisible();
  await expect(page.getByText(/联系系统管理员/)).toHaveCount(0);
});
