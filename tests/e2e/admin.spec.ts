import fs from "node:fs";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { expect, test, type APIResponse, type Page } from "./test";
import { createUser } from "./cli";
import { login } from "./fixtures";
import { totpCode } from "./totp";

/*
 * The three administrators (三员分立) at work: the 系统管理员 adds a unit and an account, the
 * 安全管理员 grants that account 填报员, and the 安全审计员 finds both in the log and exports it.
 * Each administrator is a fresh account (made with the CLI, like the demo's sysadmin, secadmin
 * and auditor), so the test binds a TOTP app at the first login whatever ran before it.
 */

test.use({ viewport: { width: 1366, height: 768 } });
// The unit page lists the whole tree (83 units from the demo's 2024 on) and re-renders it after
// each change: on a busy 2-core machine a journey takes close to the default 30 s.
test.describe.configure({ timeout: 60_000 });

const stamp = Date.now().toString(36);
const UNIT = { code: `E2E-${stamp}`, name: `自治区测试局${stamp}` };
const FILLER = { username: `filler-${stamp}`, name: "测试填报员", password: "Tianbao#2019ok" };

/** Logs an administrator in, binding the TOTP app (the secret shown at enrolment) on the way. */
async function loginAdmin(page: Page, role: "sysadmin" | "secadmin" | "auditor") {
  const admin = createUser({ org: "150000", roles: [role] });
  await login(page, admin.username, admin.password);
  await expect(page.getByRole("heading", { name: "绑定动态口令" })).toBeVisible();
  const secret = (await page.getByTestId("totp-secret").textContent())!.trim();
  await page.getByLabel("动态口令", { exact: true }).fill(totpCode(secret));
  await page.getByRole("button", { name: "验证并登录" }).click();
  await expect(page.getByRole("button", { name: "退出登录" })).toBeVisible();
  return admin;
}

/**
 * Picks an option of a searchable antd Select by typing its text and pressing Enter (the first
 * match is the active option). A pointer click while the list is still filtering can miss.
 */
async function choose(page: Page, label: string, text: string) {
  const box = page.getByLabel(label, { exact: true });
  await box.click();
  await box.fill(text);
  await expect(page.locator(".ant-select-item-option-active", { hasText: text })).toBeVisible();
  await box.press("Enter");
  await expect(box.locator("xpath=ancestor::*[contains(concat(' ', @class, ' '), ' ant-select ')][1]")).toContainText(text);
}

const dialog = (page: Page) => page.getByRole("dialog");

test.describe.serial("三员分立: one unit, one account, one grant, all in the log", () => {
  test("the 系统管理员 adds a unit and an account", async ({ page }) => {
    await loginAdmin(page, "sysadmin");
    await page.getByRole("navigation", { name: "主菜单" }).getByRole("link", { name: "单位管理" }).click();
    await expect(page.getByRole("heading", { name: "单位管理" })).toBeVisible();
    await expect(page.getByText("不会改变已建立周期的名册")).toBeVisible();

    await page.getByRole("button", { name: "新增单位" }).click();
    await choose(page, "上级单位", "内蒙古自治区（150000）");
    // A taken code comes back from the server next to its field.
    await page.getByLabel("单位代码").fill("150000-01");
    await page.getByLabel("单位名称").fill(UNIT.name);
    await dialog(page).getByRole("button", { name: "保存" }).click();
    const codeError = dialog(page).getByText("单位代码 150000-01 已被「自治区人民政府办公厅」使用");
    await expect(codeError).toBeVisible();
    await expect(page.getByLabel("单位代码")).toHaveAttribute("aria-describedby", "org-create-code-error");

    await page.getByLabel("单位代码").fill(UNIT.code);
    await dialog(page).getByRole("button", { name: "保存" }).click();
    await expect(page.getByText(`已新增单位「${UNIT.name}」`)).toBeVisible();
    await expect(dialog(page)).toHaveCount(0);
    const row = page.getByRole("row", { name: new RegExp(UNIT.name) });
    await expect(row).toContainText(UNIT.code);
    await expect(row).toContainText("区直部门");
    await expect(row).toContainText("在用");

    await page.getByRole("navigation", { name: "主菜单" }).getByRole("link", { name: "用户管理" }).click();
    await page.getByRole("button", { name: "新建用户" }).click();
    await page.getByLabel("用户名").fill(FILLER.username);
    await page.getByLabel("姓名").fill(FILLER.name);
    await choose(page, "所属单位", UNIT.name);
    // The password policy is checked in the form with the server's schema.
    await page.getByLabel("初始密码").fill("short");
    await dialog(page).getByRole("button", { name: "保存" }).click();
    await expect(dialog(page).getByText("密码长度至少为 10 个字符")).toBeVisible();
    await expect(page.getByLabel("初始密码")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByRole("checkbox", { name: "首次登录时必须修改密码" })).toBeChecked();

    await page.getByLabel("初始密码").fill(FILLER.password);
    await dialog(page).getByRole("button", { name: "保存" }).click();
    await expect(page.getByText(`已新建用户 ${FILLER.username}`)).toBeVisible();
    await page.getByRole("searchbox", { name: "查找用户" }).fill(FILLER.username);
    await page.getByRole("searchbox", { name: "查找用户" }).press("Enter");
    const userRow = page.getByRole("row", { name: new RegExp(FILLER.username) });
    await expect(userRow).toContainText(UNIT.name);
    await expect(userRow).toContainText("未授权");
    await expect(userRow).toContainText("须改密码");

    await page.getByRole("button", { name: "退出登录" }).click();
    await expect(page).toHaveURL(/\/login/);
  });

  test("the 安全管理员 grants the new account 填报员", async ({ page }) => {
    await loginAdmin(page, "secadmin");
    await page.getByRole("navigation", { name: "主菜单" }).getByRole("link", { name: "角色授权" }).click();
    await expect(page.getByRole("heading", { name: "角色授权" })).toBeVisible();

    await choose(page, "用户", FILLER.username);
    await page.getByLabel("角色", { exact: true }).click();
    // Only what checkGrant allows is offered: business roles on the user's own unit, or one admin role; not 审核员 on a unit without children.
    const roles = page.locator(".ant-select-dropdown:visible .ant-select-item-option");
    await expect(roles).toHaveText(["填报员", "负责人", "系统管理员", "安全管理员", "安全审计员"]);
    await roles.filter({ hasText: /^填报员$/ }).click();
    // The unit follows from the role: a business role goes on the user's own unit.
    await expect(page.getByRole("form", { name: "授予角色" })).toContainText(UNIT.name);
    await expect(page.getByLabel("单位", { exact: true })).toBeDisabled();
    await page.getByRole("button", { name: "授予", exact: true }).click();
    await expect(page.getByText(`已授予 ${FILLER.name}（${FILLER.username}，${UNIT.name}） 填报员`)).toBeVisible();
    await page.getByRole("searchbox", { name: "查找授权" }).fill(FILLER.username);
    await page.getByRole("searchbox", { name: "查找授权" }).press("Enter");
    const grantRow = page.getByRole("row", { name: new RegExp(FILLER.username) });
    await expect(grantRow).toContainText("填报员");
    await expect(grantRow).toContainText(UNIT.name);

    await page.getByRole("button", { name: "退出登录" }).click();
    await expect(page).toHaveURL(/\/login/);
  });

  test("the 安全审计员 finds both in the log, exports it as CSV, and may not open the user page", async ({ page }) => {
    await loginAdmin(page, "auditor");
    await page.getByRole("navigation", { name: "主菜单" }).getByRole("link", { name: "审计日志" }).click();
    await expect(page.getByRole("heading", { name: "审计日志" })).toBeVisible();

    await page.getByLabel("操作", { exact: true }).click();
    await page.getByLabel("操作", { exact: true }).fill("org.create");
    await page.locator(".ant-select-item-option", { hasText: "新增单位（org.create）" }).click();
    await page.getByRole("button", { name: "查询" }).click();
    await expect(page).toHaveURL(/action=org\.create/);
    const unitRow = page.getByRole("row", { name: new RegExp(UNIT.code) });
    await expect(unitRow).toContainText("新增单位");
    // In words: the unit by name, its fields by their Chinese names.
    await expect(unitRow).toContainText(`单位 ${UNIT.name}`);
    await expect(unitRow).toContainText("单位名称：");

    await page.getByRole("button", { name: "重置" }).click();
    await expect(page).toHaveURL(/\/audit$/);
    await page.getByLabel("操作", { exact: true }).click();
    await page.getByLabel("操作", { exact: true }).fill("grant.add");
    await page.locator(".ant-select-item-option", { hasText: "授予角色（grant.add）" }).click();
    await page.getByRole("button", { name: "查询" }).click();
    const grantRow = page.getByRole("row", { name: new RegExp(FILLER.username) }).first();
    await expect(grantRow).toContainText("授予角色");
    await expect(grantRow).toContainText("角色：填报员");

    await page.getByRole("button", { name: "重置" }).click();
    await expect(page).toHaveURL(/\/audit$/);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "导出 CSV" }).click()]);
    expect(download.suggestedFilename()).toMatch(/^审计日志-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = fs.readFileSync((await download.path())!, "utf8");
    expect(csv.startsWith("\uFEFF编号,时间,用户,单位,地址,操作,对象类型,对象,详情")).toBe(true);
    expect(csv).toContain("org.create");
    expect(csv).toContain(UNIT.code);
    expect(csv).toContain("user.create");
    expect(csv).toContain("grant.add");

    const response = await page.goto("/admin/users");
    expect(response?.status()).toBe(403);
    await expect(page.getByText("您没有权限访问此页面")).toBeVisible();
  });
});

test("an import is previewed row by row (XLSX, GB18030 CSV) and committed all or nothing", async ({ page }) => {
  await loginAdmin(page, "sysadmin");
  await page.goto("/admin/orgs");
  const code = `IMP-${stamp}`;
  const name = `导入测试厅${stamp}`;
  // A unit of this test's own to be renamed by the import (the demo's units stay as they are).
  const old = { code: `IMP-OLD-${stamp}`, name: `待改名局${stamp}` };
  expect((await page.request.post("/api/admin/orgs", { data: { ...old, kind: "department", parentCode: "150000" } })).status()).toBe(200);

  // GB18030 (as Excel/WPS save CSV on Chinese Windows), with a row that cannot be imported.
  const csv = iconv.encode(`code,name,parent_code,kind\n${code},${name},150000,department\n${code}-X,坏行,NOPE,department\n`, "gb18030");
  await page.getByRole("button", { name: "导入", exact: true }).click();
  await page.getByLabel("选择文件").setInputFiles({ name: "orgs.csv", mimeType: "text/csv", buffer: csv });
  await page.getByRole("button", { name: "预览" }).click();
  await expect(dialog(page).getByText("新增 1")).toBeVisible();
  await expect(dialog(page).getByText("拒绝 1")).toBeVisible();
  await expect(dialog(page).getByRole("row", { name: new RegExp(name) })).toContainText("新增");
  await expect(dialog(page).getByRole("row", { name: /坏行/ })).toContainText("上级单位代码 NOPE 既不在现有单位中，也不在导入文件中");
  await expect(dialog(page).getByRole("button", { name: "确认导入" })).toBeDisabled();

  // XLSX: a new unit and a renamed existing one.
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("单位");
  sheet.addRows([
    ["code", "name", "parent_code", "kind"],
    [code, name, 150000, "department"],
    [old.code, `改名后局${stamp}`, "150000", "department"],
  ]);
  const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
  await page.getByLabel("选择文件").setInputFiles({ name: "orgs.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: xlsx });
  await page.getByRole("button", { name: "预览" }).click();
  await expect(dialog(page).getByText("新增 1")).toBeVisible();
  await expect(dialog(page).getByText("变更 1")).toBeVisible();
  await expect(dialog(page).getByRole("row", { name: new RegExp(old.code) })).toContainText(`名称：${old.name} → 改名后局${stamp}`);
  await dialog(page).getByRole("button", { name: "确认导入" }).click();
  await page.getByRole("tooltip").getByRole("button", { name: "导入" }).click();
  await expect(page.getByText("导入完成：新增 1 个单位，变更 1 个单位")).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(name) })).toContainText(code);
  await expect(page.getByRole("row", { name: new RegExp(`改名后局${stamp}`) })).toContainText(old.code);
});

test("the JSON API runs the same commands and answers in Chinese: 401, 403, 409, 415, 422", async ({ page, playwright }) => {
  const anonymous = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const anon = await anonymous.post("/api/admin/orgs", { data: {} });
  expect(anon.status()).toBe(401);
  expect(await anon.json()).toEqual({ error: "登录已失效，请重新登录" });
  await anonymous.dispose();

  await loginAdmin(page, "sysadmin");
  const api = page.request;
  const parent = `API-${stamp}`;
  expect((await api.post("/api/admin/orgs", { data: { code: parent, name: "接口测试市", kind: "league_city", parentCode: "150000" } })).status()).toBe(200);
  expect((await api.post("/api/admin/orgs", { data: { code: `${parent}-1`, name: "接口测试旗", kind: "county", parentCode: parent } })).status()).toBe(200);

  const cases: { label: string; res: Promise<APIResponse>; status: number; error: string | RegExp }[] = [
    { label: "not JSON", res: api.post("/api/admin/orgs", { headers: { "content-type": "text/plain" }, data: "code=x" }), status: 415, error: "请求内容须为 JSON 格式" },
    {
      label: "move under its own descendant",
      res: api.post(`/api/admin/orgs/${parent}/move`, { data: { parentCode: `${parent}-1` } }),
      status: 422,
      error: `「接口测试旗（${parent}-1）」是「接口测试市（${parent}）」的下级单位，不能把单位移到自己的下级单位下面`,
    },
    { label: "deactivate with an active child", res: api.post(`/api/admin/orgs/${parent}/deactivate`, { data: {} }), status: 422, error: `「接口测试市（${parent}）」还有在用的下级单位（接口测试旗），请先移动或停用` },
    { label: "delete a unit with submissions", res: api.delete("/api/admin/orgs/150000-03"), status: 409, error: /^该单位有 5 份填报记录，不能删除，只能停用；该单位在 \d+ 个填报周期的单位名册中/ },
    { label: "a grant by a 系统管理员", res: api.post("/api/security/grants", { data: { userId: 1, role: "filler", orgId: 1 } }), status: 403, error: "您没有权限执行此操作" },
    { label: "the audit export by a 系统管理员", res: api.get("/api/audit/export"), status: 403, error: "您没有「导出审计日志」的权限" },
  ];
  for (const c of cases) {
    const res = await c.res;
    expect(res.status(), c.label).toBe(c.status);
    expect((await res.json()).error, c.label).toMatch(c.error);
  }
});
