import { expect, test, type Page } from "./test";
import { createUser } from "./cli";
import { login } from "./fixtures";

/**
 * The live preview in the browsers offices have: the 360 and 信创 browsers run cores a year or
 * more behind, without this year's JavaScript; where pdf.js cannot run at all, the browser's own
 * PDF viewer shows the report in a frame.
 */
const UNIT = "150000-07";
const PAGE = `/reports/2018/${UNIT}`;

test.describe.configure({ timeout: 120_000 });

async function openAsWriter(page: Page) {
  const filler = createUser({ org: UNIT, roles: ["filler"] });
  await login(page, filler.username, filler.password);
  await expect(page.getByRole("button", { name: "退出登录" })).toBeVisible();
  await page.goto(PAGE);
}

const preview = (page: Page) => page.getByRole("region", { name: "报告预览" });

test("on a browser core without this year's JavaScript the preview is still drawn in the page", async ({ page }) => {
  // What Chromium shipped in 2024–2026 and pdf.js's modern build calls without a fallback.
  await page.addInitScript(() => {
    const remove = (owner: object, name: string) => Reflect.deleteProperty(owner, name);
    remove(Map.prototype, "getOrInsertComputed");
    remove(WeakMap.prototype, "getOrInsertComputed");
    remove(Math, "sumPrecise");
    remove(Promise, "try");
    remove(Uint8Array, "fromBase64");
    remove(Uint8Array.prototype, "toHex");
  });
  // The pages run without them (on the report page pdf.js's legacy build brings its own).
  await page.goto("/login");
  expect(await page.evaluate(() => typeof (Math as unknown as Record<string, unknown>).sumPrecise)).toBe("undefined");
  await openAsWriter(page);
  await expect(preview(page)).toHaveAttribute("data-shown", /\/pdf$/, { timeout: 30_000 });
  // Drawn by pdf.js on canvases, not by the frame the preview falls back to.
  await expect(preview(page).getByRole("img", { name: /^第 1 页，共 \d+ 页$/ })).toBeVisible();
  await expect(preview(page).locator("iframe")).toHaveCount(0);
  await expect(page.getByText("预览显示失败")).toHaveCount(0);
});

test("where pdf.js cannot run, the browser's own viewer shows the report and follows the edits", async ({ page }) => {
  // pdf.js cannot start: its worker script does not load, in a worker or on the page.
  await page.route("**/api/pdf-viewer/worker**", (route) => route.abort());
  await openAsWriter(page);
  const frame = preview(page).locator("iframe");
  await expect(frame).toHaveAttribute("title", "报告预览（PDF）", { timeout: 30_000 });
  await expect(frame).toHaveAttribute("src", /^blob:/);
  await expect(preview(page)).toHaveAttribute("data-shown", /\/pdf$/);
  await expect(page.getByText(/^预览已更新（\d\d:\d\d:\d\d）$/)).toBeVisible();
  await expect(page.getByText("预览显示失败")).toHaveCount(0);

  const editor = page.getByRole("textbox", { name: /正文$/ }).last();
  await editor.click();
  await page.keyboard.press("End");
  await page.keyboard.type(`（${Date.now().toString(36)}）`);
  await expect(preview(page)).toHaveAttribute("data-shown", /\/pdf\?v=\d+$/, { timeout: 30_000 });
  await expect(frame).toHaveAttribute("src", /^blob:/);
});
