import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type APIResponse } from "./test";
import { createUser } from "./cli";
import { login } from "./fixtures";

// A department no other spec touches: its approved 2018 data stay as the demo loads them.
const UNIT = "150000-07";
const PAGE = `/reports/2018/${UNIT}`;
const PDF = `/api/reports/2018/${UNIT}/pdf`;

async function pdfText(response: APIResponse): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-editor-"));
  try {
    const file = path.join(dir, "report.pdf");
    fs.writeFileSync(file, await response.body());
    return execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test.describe.configure({ timeout: 120_000 });

test("a filler writes the narrative with a bound figure, sees it in the preview, and finds it after a reload", async ({ page }) => {
  const filler = createUser({ org: UNIT, roles: ["filler"] });
  await login(page, filler.username, filler.password);
  await expect(page.getByRole("button", { name: "退出登录" })).toBeVisible();
  await page.goto(PAGE);

  const editor = page.getByRole("textbox", { name: /^一、概述/ });
  await expect(editor).toBeVisible();
  // The standard sentences are shown between the editors, read-only.
  await expect(page.getByText(/2018年，我厅主动公开政府信息/)).toBeVisible();

  const sentence = `公安厅坚持以公开为常态，编号${Date.now().toString(36)}，全年主动公开政府信息`;
  // Start from an empty part (a rerun on the same database finds the last run's text).
  await editor.click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.press("Delete");
  await page.keyboard.type(sentence);

  await page.getByRole("button", { name: /^插入数据（一、概述/ }).click();
  const picker = page.getByRole("dialog", { name: "插入数据" });
  await expect(picker).toBeVisible();
  await picker.getByLabel("数据项").fill("主动公开政府信息数·数值");
  await page.keyboard.press("Enter");
  const preview = picker.getByText(/^将显示为：/);
  await expect(preview).toBeVisible();
  const value = ((await picker.locator("strong").textContent()) ?? "").trim();
  expect(value).toMatch(/^\d+(\.\d+)?万?条$/);
  await picker.getByRole("button", { name: "插入" }).click();
  await expect(picker).toBeHidden();

  // The chip shows the value it prints now.
  await expect(editor.getByRole("img", { name: `绑定数据：${value}` })).toBeVisible();
  await page.keyboard.type("。");
  await expect(page.getByRole("status").filter({ hasText: /^已保存 \d\d:\d\d:\d\d$/ })).toBeVisible({ timeout: 10_000 });
  // The preview shows the saved version (drawn in the page).
  await expect(page.getByRole("region", { name: "报告预览" })).toHaveAttribute("data-shown", /\/pdf\?v=\d+$/, { timeout: 15_000 });

  // The same user's newer preview cancels an older render (409): ask again until one completes.
  let text = "";
  await expect(async () => {
    const response = await page.request.get(PDF, { timeout: 60_000 });
    expect(response.status()).toBe(200);
    text = (await pdfText(response)).replace(/\s+/g, "");
  }).toPass({ timeout: 60_000 });
  expect(text).toContain(`${sentence}${value}。`);

  await page.reload();
  const again = page.getByRole("textbox", { name: /^一、概述/ });
  await expect(again).toContainText(sentence);
  await expect(again.getByRole("img", { name: `绑定数据：${value}` })).toBeVisible();
});

test("a hand-typed figure gets a warning and becomes a bound token", async ({ page }) => {
  const filler = createUser({ org: UNIT, roles: ["filler"] });
  await login(page, filler.username, filler.password);
  await expect(page.getByRole("button", { name: "退出登录" })).toBeVisible();
  await page.goto(PAGE);
  // What the first test bound, typed by hand here: the same value, as digits.
  const editor = page.getByRole("textbox", { name: /^二、主动公开政府信息情况/ });
  await expect(editor).toBeVisible();
  const standard = (await page.getByText(/2018年，我厅主动公开政府信息/).textContent()) ?? "";
  const typed = /主动公开政府信息(\d+(?:\.\d+)?万?)条/.exec(standard)?.[1];
  expect(typed).toBeTruthy();
  await editor.click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.press("Delete");
  await page.keyboard.type(`重点领域公开信息${typed}条。`);
  // The typed unit goes with the number: the bound figure prints 条 itself, so it is never doubled.
  const warning = page.getByText(`“${typed}条”是手工输入的数字`);
  await expect(warning).toBeVisible();
  await page.getByRole("button", { name: "替换为绑定数据" }).first().click();
  await expect(warning).toBeHidden();
  await expect(editor.getByRole("img", { name: `绑定数据：${typed}条` })).toBeVisible();
  await expect(editor).not.toContainText("条条");
});

test("an input method's pinyin is neither saved nor previewed: the characters chosen are", async ({ page }) => {
  const filler = createUser({ org: UNIT, roles: ["filler"] });
  await login(page, filler.username, filler.password);
  await expect(page.getByRole("button", { name: "退出登录" })).toBeVisible();
  await page.goto(PAGE);
  const editor = page.getByRole("textbox", { name: /正文$/ }).last();
  await expect(editor).toBeVisible();
  const marker = `第${Date.now().toString(36)}稿`;
  await editor.click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.press("Delete");
  await page.keyboard.type(marker);
  await expect(page.getByRole("status").filter({ hasText: /^已保存 \d\d:\d\d:\d\d$/ })).toBeVisible({ timeout: 10_000 });

  // What goes to the server: the autosave is a server action posting the narrative.
  const sent: string[] = [];
  page.on("request", (r) => {
    if (r.method() === "POST" && new URL(r.url()).pathname === PAGE) sent.push(r.postData() ?? "");
  });
  // An input method composing 政府: the pinyin stands in the text until the characters are chosen.
  const ime = await page.context().newCDPSession(page);
  await ime.send("Input.imeSetComposition", { text: "zheng", selectionStart: 5, selectionEnd: 5 });
  await ime.send("Input.imeSetComposition", { text: "zhengfu", selectionStart: 7, selectionEnd: 7 });
  await expect(editor).toContainText(`${marker}zhengfu`);
  // Longer than the autosave's pause: a save would have gone by now.
  await page.waitForTimeout(1_500);
  expect(sent.filter((body) => body.includes("zhengfu"))).toEqual([]);

  await ime.send("Input.insertText", { text: "政府" });
  await expect(editor).toContainText(`${marker}政府`);
  await expect.poll(() => sent.some((body) => body.includes(`${marker}政府`)), { timeout: 10_000 }).toBe(true);
  await expect(page.getByRole("region", { name: "报告预览" })).toHaveAttribute("data-shown", /\/pdf\?v=\d+$/, { timeout: 15_000 });
  expect(sent.filter((body) => body.includes("zhengfu"))).toEqual([]);
});
