import { expect, test } from "./test";
import totals from "../fixtures/demo-2021/totals-2025.json";
import { getTemplate } from "@/lib/templates";
import { DEMO_USER, loginAsDemo } from "./fixtures";

/*
 * The home page: 我的待办 of the season's cycle (2026) first, then the compiling unit's figures of
 * the latest complete year: the demo's 2025 (演示数据, 2021 table), not the open 2026 cycle.
 */
const TEMPLATE = getTemplate("gov-disclosure-2021");
const DRILL = "/stats/2025/150000/cells/";

test("the home page shows the region's 2025 table, every official cell with the generated total", async ({ page }) => {
  const wanted = new Map(Object.entries(totals).map(([code, value]) => [code, String(value)]));
  const official = TEMPLATE.cells.filter((c) => c.official);
  expect(official).toHaveLength(200);

  await loginAsDemo(page);
  await expect(page.getByRole("heading", { level: 2, name: `2025年度政府信息公开工作统计表（${DEMO_USER.orgName}）` })).toBeVisible();
  // The region compiles: each value opens its drill-down, so the link names the cell.
  for (const cell of official) {
    const link = page.locator(`a[href="${DRILL}${encodeURIComponent(cell.code)}"]`);
    await expect(link, `${cell.code} ${cell.name}`).toHaveText(wanted.get(cell.code)!);
  }
});

test("the home page shows the split between the region's own level and the 盟市, and the 2026 to-do", async ({ page }) => {
  await loginAsDemo(page);
  // 收办申请 (R1 + R2) of 2025: 2,987 at the 区直部门, 12,528 in the 盟市 (tests/fixtures/demo-2021).
  const split = page.getByRole("table", { name: "本级与盟市构成" });
  const own = split.getByRole("row").filter({ hasText: "2987" });
  const leagues = split.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "盟市" }) });
  await expect(own).toContainText("19%");
  await expect(leagues).toContainText("1.25万");
  await expect(leagues).toContainText("81%");

  // The reviewer's to-do is this season's cycle, on the 演示日期: the children's deadlines with
  // days left, and one button to the units waiting for 审核.
  const todo = page.getByRole("region", { name: "我的待办" });
  await expect(todo.getByRole("heading", { name: "2026年度（演示数据）" })).toBeVisible();
  await expect(todo.getByRole("list", { name: "期限" })).toContainText("下级盟市报送截止 2027-03-10");
  await expect(todo.getByRole("list", { name: "期限" })).toContainText("还剩 28 天");
  await expect(todo.getByRole("link", { name: /^审核 \d+ 个单位$/ })).toHaveAttribute("href", "/review/2026");
  await expect(page.getByTestId("demo-date")).toHaveText("演示日期 2027-02-10");
});
