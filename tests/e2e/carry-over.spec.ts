import { expect, test, type Browser, type Page } from "./test";
import { buildFormGrid } from "@/lib/form/grid";
import { formatForForm } from "@/lib/form/format";
import { getTemplate } from "@/lib/templates";
import { cli, createUser } from "./cli";
import { login } from "./fixtures";
import { cell, pasteInto, savedStatus } from "./form";

/**
 * 上年结转 in the form, on the demo (2025 approved, 2026 open, 演示日期 2027-02-10): a 区直部门 that
 * has not started its 2026 table finds 上年结转 prefilled from its approved 2025 结转下年度, changes
 * one column, sees the warning with the exact difference, explains it and marks 待签发; its
 * 负责人 reads the warning and the explanation before 签发.
 *
 * 150000-07 自治区公安厅: a leaf of the region with nothing saved for 2026 in the demo (the demo
 * logins' own units all have 2026 data saved already, so nothing would be prefilled there); the
 * test makes its own 填报员 and 负责人 there.
 */
const YEAR = 2026;
const ORG = "150000-07";
const EDIT = `/stats/${YEAR}/${ORG}/edit`;
const UNIT = `/stats/${YEAR}/${ORG}`;
const TEMPLATE = getTemplate("gov-disclosure-2021");
const GRID = buildFormGrid(TEMPLATE);
const COLS = ["np", "biz", "res", "ngo", "law", "oth"] as const;

/** The unit's approved 2025 values through the CLI (counts as numbers, amounts as text). */
function lastYear(): Record<string, number | string | null> {
  const r = cli(["totals", "--year", String(YEAR - 1), "--org", ORG, "--format", "json"]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as Record<string, number | string | null>;
}

const n = (v: number | string | null | undefined) => BigInt(v ?? 0);
const shown = (v: bigint) => formatForForm(v, 0);

/**
 * Rows `from` … `to` (exclusive) of a table, as Excel copies them from its first editable cell
 * there on: tab-separated, each position's value (blank without a cell). Returns that cell and the text.
 */
function block(tableId: string, value: (code: string) => string, from = 0, to?: number): { at: string; text: string } {
  const rows = GRID.tables.find((t) => t.tableId === tableId)!.rows.slice(from, to);
  const r0 = rows.findIndex((row) => row.some((s) => s?.editable));
  const c0 = rows[r0]!.findIndex((s) => s?.editable);
  // Sums stay blank: the form computes them and refuses a paste onto one.
  const text = rows.slice(r0).map((row) => row.slice(c0).map((slot) => (slot?.editable ? value(slot.code) : "")).join("\t")).join("\r\n") + "\r\n";
  return { at: rows[r0]![c0]!.code, text };
}

async function signedIn(browser: Browser, user: { username: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await login(page, user.username, user.password);
  await expect(page).toHaveURL(/\/$/);
  return page;
}

const panel = (page: Page) => page.getByLabel("报送流程");
const status = (page: Page) => page.getByTestId("workflow-status");

test("上年结转 is prefilled from last year's 结转下年度; a change is a warning the unit explains before 待签发", async ({ browser }) => {
  test.setTimeout(120_000);
  const last = lastYear();
  const filler = createUser({ org: ORG, roles: ["filler"] });
  const signer = createUser({ org: ORG, roles: ["signer"] });

  const fp = await signedIn(browser, filler);
  await fp.goto(UNIT);
  await expect(fp.getByRole("heading", { name: /政府信息公开工作统计表（自治区公安厅）/ })).toBeVisible();
  await expect(status(fp)).toContainText("未填报");

  // The form opens with 上年结转 (R2) = last year's 结转下年度 (R4), column by column, noted as such.
  await fp.goto(EDIT);
  await expect(fp.getByRole("heading", { name: `${YEAR}年度政府信息公开工作统计表（自治区公安厅）` })).toBeVisible();
  for (const c of COLS) await expect(cell(fp, `R2.${c}`)).toHaveValue(shown(n(last[`R4.${c}`])));
  await expect(cell(fp, "R2.tot")).toHaveValue(shown(n(last["R4.tot"])));
  await expect(fp.getByText("已按上年结转下年度数预填")).toBeVisible();
  await expect(cell(fp, "R2.np")).toHaveAccessibleDescription(/已按上年结转下年度数预填/);
  // Nothing else is filled in.
  await expect(cell(fp, "R1.np")).toHaveValue("");

  // One column differs from last year (one more application carried in than was carried out): still editable.
  const carried = n(last["R4.np"]) + 1n;
  await cell(fp, "R2.np").click();
  await fp.keyboard.press("ControlOrMeta+a");
  await fp.keyboard.type(carried.toString());
  await expect(cell(fp, "R2.tot")).toHaveValue(shown(n(last["R4.tot"]) + 1n));
  await expect(cell(fp, "R2.np")).not.toHaveAccessibleDescription(/已按上年结转下年度数预填/);

  // The rest of the table: last year's figures, 现行有效 carried with nothing issued or repealed,
  // 本年新收 = last year's 办理结果总计 so the balance holds, the extra application 予以公开.
  const p1 = (code: string) => (/\.(issued|repealed)$/.test(code) ? "0" : String(last[code] ?? 0));
  const value = (code: string) => {
    if (code.startsWith("P1.")) return p1(code);
    if (code.startsWith("R1.")) return String(last[code.replace(/^R1\./, "R3.7.")] ?? 0);
    if (code === "R3.1.np") return (n(last[code]) + 1n).toString();
    return String(last[code] ?? 0);
  };
  const rowOf = (code: string) => GRID.at.get(code)!.r;
  for (const table of GRID.tables) {
    // 三: the R1 row, then R3.1 … R4; R2 stays as it is.
    const parts = table.tableId === "apply" ? [block("apply", value, rowOf("R1.np"), rowOf("R1.np") + 1), block("apply", value, rowOf("R2.np") + 1)] : [block(table.tableId, value)];
    // A single value is typed (a synthetic paste event inserts nothing where the browser would).
    for (const b of parts) {
      if (/[\t\n]/.test(b.text.trimEnd())) await pasteInto(fp, b.at, b.text);
      else await cell(fp, b.at).fill(b.text.trim());
    }
  }
  await expect(cell(fp, "R4.np")).toHaveValue(shown(n(last["R4.np"])));
  await expect(cell(fp, "R2.np")).toHaveValue(shown(carried));
  await expect(fp.getByText(/错误 0 项/)).toBeVisible();
  await expect(savedStatus(fp)).toBeVisible({ timeout: 10_000 });

  // The warning names both figures and the difference, for the column and the total.
  const npWarning = `自然人·上年结转（R2.np）为${shown(carried)}，上年自然人·结转下年度（R4.np）为${shown(n(last["R4.np"]))}，相差1。如因机构改革、上年数据有误等原因不一致，请说明。`;
  const totWarning = `总计·上年结转（R2.tot）为${shown(n(last["R4.tot"]) + 1n)}，上年总计·结转下年度（R4.tot）为${shown(n(last["R4.tot"]))}，相差1。如因机构改革、上年数据有误等原因不一致，请说明。`;
  await expect(fp.getByText(npWarning)).toBeVisible();
  await expect(fp.getByText(totWarning)).toBeVisible();

  // Explained (any other warning of this year's figures too), stored on the server.
  const explanation = "机构改革：上年一件申请随职能划转由本厅继续办理。";
  await fp.getByRole("textbox", { name: npWarning }).fill(explanation);
  await fp.getByRole("textbox", { name: totWarning }).fill("同上。");
  const problems = fp.getByRole("region", { name: "问题清单" });
  const boxes = problems.getByRole("textbox");
  for (let i = 0; i < (await boxes.count()); i++) {
    if (!(await boxes.nth(i).inputValue()).trim()) await boxes.nth(i).fill("已核实，数据无误。");
  }
  await expect(problems).toContainText("（0 项待说明）");
  await fp.waitForTimeout(2500);

  await fp.goto(UNIT);
  await expect(status(fp)).toContainText("草稿");
  await panel(fp).getByRole("button", { name: "标记为待签发" }).click();
  await expect(status(fp)).toContainText("待签发");

  // Once saved, 上年结转 is the unit's own: the form shows it without the note.
  await fp.goto(EDIT);
  await expect(cell(fp, "R2.np")).toHaveValue(shown(carried));
  await expect(fp.getByText("已按上年结转下年度数预填")).toHaveCount(0);

  // The 负责人 reads the warning and the explanation before 签发.
  const sp = await signedIn(browser, signer);
  await sp.goto(UNIT);
  await expect(panel(sp).getByRole("button", { name: "签发并报送" })).toBeVisible();
  const notes = sp.getByRole("region", { name: "提示及单位说明" });
  await expect(notes).toContainText(npWarning);
  await expect(notes).toContainText(`单位说明：${explanation}`);
  await expect(notes).toContainText(totWarning);
});
