import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "./test";
import { login, loginAsDemo } from "./fixtures";
import { cell } from "./form";

/*
 * The demo's open 2026 cycle (2021 table, 演示数据) as `npm run demo` loads it, seen on its
 * 演示日期 2027-02-10 (cli/commands/demo-load.ts, README "演示数据"). Read-only: other specs
 * (carry-over.spec.ts) may edit the drafts.
 */
const PASSWORD = "Nianbao#2018!";
const FIXTURE = path.resolve(__dirname, "../fixtures/demo-2021/submissions-2025.csv");

/** A unit's 2025 value of a cell (the 演示数据 file). */
function value2025(org: string, code: string): string {
  const [header, ...rows] = fs.readFileSync(FIXTURE, "utf8").trim().split("\n");
  const i = header!.split(",").indexOf(code);
  return rows.find((r) => r.startsWith(`${org},`))!.split(",")[i]!;
}

const row = (page: Page, name: string) => page.getByRole("row").filter({ has: page.getByRole("link", { name, exact: true }) });

test("the region's reviewer sees the 2026 cycle's spread of states on /review/2026", async ({ page }) => {
  await loginAsDemo(page);
  await expect(page.getByTestId("demo-date")).toHaveText("演示日期 2027-02-10");
  await page.goto("/review/2026");
  for (const [name, status] of [
    ["自治区人民政府办公厅", "草稿"],
    ["自治区人力资源和社会保障厅", "待签发"],
    ["自治区生态环境厅", "已报送"],
    ["自治区交通运输厅", "已退回"],
    ["自治区发展和改革委员会", "已通过"],
    ["乌海市", "已通过"],
    ["鄂尔多斯市", "已报送"],
    ["包头市", "未填报"],
    ["呼和浩特市", "未填报"],
  ] as const) {
    await expect(row(page, name), name).toContainText(status);
  }
  // 已报送 with its warning explained.
  await expect(row(page, "自治区生态环境厅")).toContainText("1 条（已说明 1）");
  // 上年结转 continuous from the approved 2025.
  await expect(row(page, "自治区生态环境厅")).toContainText("连续");

  // The returned one carries its comments, on the whole and on a cell.
  await page.goto("/stats/2026/150000-08");
  const comments = page.getByRole("list", { name: "退回意见" });
  await expect(comments).toContainText("请核对依申请公开的办理结果合计。");
  await expect(comments).toContainText("（R1.np）");
});

test("包头市: every 旗县区 approved, 固阳县 signed off after the 旗县 deadline; 达茂旗 compiles its 苏木镇", async ({ page }) => {
  await login(page, "baotou-reviewer", PASSWORD);
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/review/2026");
  await expect(page.getByTestId("review-completeness")).toContainText("已通过 9 / 9");
  await expect(row(page, "固阳县")).toContainText("逾期");
  // 达茂旗's compiled result went through 待签发 and 签发 and was approved by 包头市; its figures
  // come from its 旗直部门 and 苏木镇.
  await page.goto("/stats/2026/150223");
  await expect(page.getByTestId("workflow-status")).toContainText("已通过");
  await expect(page.getByTestId("workflow-signoff")).toContainText("达尔罕茂明安联合旗负责人");
  await page.goto("/stats/2026/150223/cells/R1.tot");
  await expect(page.getByRole("table").first()).toContainText("百灵庙镇");
  await expect(page.getByRole("table").first()).toContainText("达尔罕茂明安联合旗农牧和科技局");
});

test("a 填报员's home page shows the 2026 to-do and leads to the form; the draft's 上年结转 is 2025's 结转下年度", async ({ page }) => {
  await login(page, "bgt-filler", PASSWORD);
  await expect(page).toHaveURL(/\/$/);
  // The current season, not an old table: the unit's state, its deadline, one button to the form.
  const todo = page.getByRole("region", { name: "我的待办" });
  await expect(todo.getByRole("list", { name: "我的单位" })).toContainText("自治区人民政府办公厅草稿");
  await expect(todo.getByRole("list", { name: "期限" })).toContainText("本单位报送截止 2027-02-20");
  await expect(page.getByRole("heading", { name: /2025年度政府信息公开工作统计表/ })).toHaveCount(0);
  await todo.getByRole("link", { name: "填报", exact: true }).click();
  await expect(page).toHaveURL(/\/stats\/2026\/150000-01\/edit$/);
  for (const col of ["np", "biz", "tot"]) {
    await expect(cell(page, `R2.${col}`)).toHaveValue(Number(value2025("150000-01", `R4.${col}`)).toLocaleString("en-US"));
  }
});
