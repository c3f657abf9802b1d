import { expect, test, type Page } from "./test";
import { cli, createUser } from "./cli";
import { login } from "./fixtures";
import { cell, pasteInto } from "./form";

/*
 * What a cell tells the person and what it takes (issue 13): its 填报说明 and the reviewer's
 * comment on focus, a cell that does not parse (kept off the server, its sums —), and pastes
 * that carry labels, text or a total. Year 2035 (shared with stats-form.spec.ts and
 * workflow.spec.ts): 150204 昆都仑区 belongs to this spec. The returned 2026 demo unit
 * 150000-08 自治区交通运输厅 (a comment on R1.np) is only read.
 */
const YEAR = "2035";
const ORG = "150204";

async function openForm(page: Page, user: { username: string; password: string }, path: string) {
  await login(page, user.username, user.password);
  await expect(page).toHaveURL(/\/$/);
  await page.goto(path);
  await expect(page.getByRole("heading", { name: /年度政府信息公开工作统计表/ })).toBeVisible();
}

/** The form's save state in words. */
const status = (page: Page) => page.locator("main").getByRole("status");

test.beforeAll(() => {
  cli(["cycle:create", "--year", YEAR, "--template", "gov-disclosure-2021"]);
});

test("填报说明 shows when a cell gets the focus by keyboard, and is the cell's description", async ({ page }) => {
  const user = createUser({ org: ORG, roles: ["filler"] });
  await openForm(page, user, `/stats/${YEAR}/${ORG}/edit`);
  const note = "填报说明：本年度本机关作出的行政许可处理决定数量（含准予许可和不予许可）。";
  await expect(page.getByRole("tooltip")).toHaveCount(0);
  await expect(cell(page, "P5.license")).toHaveAccessibleDescription(new RegExp(note.replace(/[（）]/g, ".")));
  // From the cell before it, by Tab (the keyboard's way in).
  await cell(page, "P1.norm.valid").focus();
  await page.keyboard.press("Tab");
  await expect(cell(page, "P5.license")).toBeFocused();
  await expect(page.getByRole("tooltip")).toHaveText(note);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("tooltip").filter({ hasText: "行政许可" })).toHaveCount(0);
});

test("a cell that does not parse is kept off the server (the server keeps its value) and its sums show —", async ({ page, browser }) => {
  const user = createUser({ org: ORG, roles: ["filler"] });
  await openForm(page, user, `/stats/${YEAR}/${ORG}/edit`);
  await cell(page, "R1.np").fill("10");
  await cell(page, "R1.biz").fill("2");
  await expect(cell(page, "R1.tot")).toHaveValue("12");
  await expect(status(page)).toHaveText(/^已保存/, { timeout: 10_000 });

  // Half-typed: the 自然人 cell holds a letter; the 商业企业 edit still goes up.
  await cell(page, "R1.np").fill("1o");
  await cell(page, "R1.biz").fill("3");
  await expect(cell(page, "R1.tot")).toHaveValue("—");
  await expect(cell(page, "R1.np")).toHaveAttribute("aria-invalid", "true");
  await expect(status(page)).toHaveText(/^其他单元格已保存 \d\d:\d\d:\d\d；1 个单元格填写有误，未保存（服务器保留原值）$/, { timeout: 10_000 });
  // No rule reads the bad cell as 0: no balance error of the 自然人 column.
  await expect(page.getByText(/自然人·本年新收、上年结转之和为/)).toHaveCount(0);

  // What the server holds, read by another browser: 10 kept (not blanked), 3 saved.
  const other = await browser.newContext();
  const op = await other.newPage();
  await openForm(op, user, `/stats/${YEAR}/${ORG}/edit`);
  await expect(cell(op, "R1.np")).toHaveValue("10");
  await expect(cell(op, "R1.biz")).toHaveValue("3");
  await expect(cell(op, "R1.tot")).toHaveValue("13");
  await other.close();

  // Fixed: the sum comes back and everything is saved.
  await cell(page, "R1.np").fill("11");
  await expect(cell(page, "R1.tot")).toHaveValue("14");
  await expect(status(page)).toHaveText(/^已保存/, { timeout: 10_000 });
});

test("a paste skips the labels copied with the numbers, and refuses text or a total with a message naming the cell", async ({ page }) => {
  const user = createUser({ org: ORG, roles: ["filler"] });
  await openForm(page, user, `/stats/${YEAR}/${ORG}/edit`);

  // Label + value, as copied from the official Excel: the label is skipped, the number lands.
  await pasteInto(page, "P6.penalty", "行政处罚\t4\r\n行政强制\t1\r\n");
  await expect(cell(page, "P6.penalty")).toHaveValue("4");
  await expect(cell(page, "P6.coercion")).toHaveValue("1");
  await expect(page.locator("main").getByRole("alert")).toContainText("2 个行标题、表头或单位已跳过");

  // Any other text: nothing pasted, the cell named.
  await cell(page, "R3.1.np").fill("5");
  await pasteInto(page, "R3.1.np", "6\n合计\n");
  const refused = page.locator("main").getByRole("alert").filter({ hasText: "未粘贴" });
  await expect(refused).toContainText("粘贴的“合计”不能填入自然人·部分公开");
  await expect(refused).toContainText("（R3.2.np）");
  await expect(cell(page, "R3.1.np")).toHaveValue("5");
  await expect(cell(page, "R3.2.np")).toHaveValue("");
  await refused.getByRole("button", { name: "转到该单元格" }).click();
  await expect(cell(page, "R3.2.np")).toBeFocused();

  // A full row with its 总计: refused at the 总计, not silently dropped.
  await pasteInto(page, "R2.np", "1\t2\t3\t4\t5\t6\t21");
  await expect(page.locator("main").getByRole("alert").filter({ hasText: "未粘贴" })).toContainText("不能粘贴到合计单元格总计·上年结转（R2.tot）");
  await expect(cell(page, "R2.np")).toHaveValue("");
  await expect(cell(page, "R2.tot")).toHaveValue("");
});

test("the reviewer's comment on a cell shows at the cell in the form, and the problems panel links to it", async ({ page }) => {
  const user = createUser({ org: "150000-08", roles: ["filler"] });
  await openForm(page, user, "/stats/2026/150000-08/edit");
  const comment = "审核意见：本年新收自然人申请数与本部门登记台账不一致，请核实后重新报送。";
  await expect(cell(page, "R1.np")).toHaveAccessibleDescription(new RegExp(comment));
  await expect(page.getByRole("tooltip")).toHaveCount(0);

  const list = page.getByRole("list", { name: "审核意见" });
  await expect(list).toContainText("整体意见：请核对依申请公开的办理结果合计。");
  await list.getByRole("link", { name: /（R1\.np）$/ }).click();
  await expect(cell(page, "R1.np")).toBeFocused();
  await expect(page.getByRole("tooltip").filter({ hasText: comment })).toBeVisible();
  await page.screenshot({ path: "test-results/stats-form-review-comment.png" });
});
