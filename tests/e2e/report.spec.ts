import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type APIResponse } from "./test";
import { createUser } from "./cli";
import { login, loginAsDemo } from "./fixtures";

const PDF = "/api/reports/2018/150000/pdf";

/** The text of a PDF (poppler's pdftotext on the bytes written to a temp file). */
async function pdfText(response: APIResponse): Promise<string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-report-"));
  try {
    const file = path.join(dir, "report.pdf");
    fs.writeFileSync(file, await response.body());
    return execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test.describe.configure({ timeout: 90_000 });

test("the region's reviewer previews and downloads the compiled 2018 report", async ({ page }) => {
  await loginAsDemo(page);
  await page.goto("/reports/2018/150000");
  await expect(page.getByRole("heading", { name: "内蒙古自治区2018年政府信息公开工作年度报告" })).toBeVisible();
  // The page draws the PDF itself (pdf.js): the pages in view are drawn once the region names the PDF shown.
  const preview = page.getByRole("region", { name: "报告预览" });
  await expect(preview).toHaveAttribute("data-shown", PDF, { timeout: 30_000 });
  await expect(preview.getByRole("img", { name: /^第 1 页，共 \d+ 页$/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "下载 PDF" })).toHaveAttribute("href", PDF);
  // A reviewer reads the report but does not write it.
  await expect(page.getByRole("button", { name: "保存" })).toHaveCount(0);

  const response = await page.request.get(PDF, { timeout: 60_000 });
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
  expect(response.headers()["content-disposition"]).toMatch(/^inline; .*filename\*=UTF-8''/);
  expect(response.headers()["cache-control"]).toBe("no-store");
  const body = await response.body();
  expect(body.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(body.length).toBeGreaterThanOrEqual(100 * 1024);
});

test("another unit's filler gets 403, an anonymous request 401", async ({ page, request }) => {
  const anonymous = await request.get(PDF);
  expect(anonymous.status()).toBe(401);
  expect((await anonymous.json()).error).toBe("登录已失效，请重新登录");

  await login(page, "bgt-filler", "Nianbao#2018!");
  await expect(page.getByRole("button", { name: "退出登录" })).toBeVisible();
  const refused = await page.request.get(PDF);
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error).toBe("您没有查看该单位年度报告的权限");
});

test("the region's filler edits the phone number and the next PDF prints it", async ({ page }) => {
  const filler = createUser({ org: "150000", roles: ["filler"] });
  await login(page, filler.username, filler.password);
  await expect(page.getByRole("button", { name: "退出登录" })).toBeVisible();
  await page.goto("/reports/2018/150000");
  await expect(page.getByRole("region", { name: "报告预览" })).toHaveAttribute("data-shown", PDF, { timeout: 30_000 });

  const phone = `0471-${Date.now().toString().slice(-7)}`;
  await page.getByLabel("电话").fill(phone);
  await page.getByLabel("联系单位").fill("内蒙古自治区人民政府办公厅政务公开办公室");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("已保存，预览即将刷新")).toBeVisible();
  // The preview shows the saved version about a second after the save.
  await expect(page.getByRole("region", { name: "报告预览" })).toHaveAttribute("data-shown", /\/pdf\?v=1$/, { timeout: 15_000 });

  const response = await page.request.get(PDF, { timeout: 60_000 });
  expect(response.status()).toBe(200);
  const text = (await pdfText(response)).replace(/\s+/g, "");
  expect(text).toContain(phone);

  // A bad address is refused by the same schema in the form.
  await page.getByLabel("电子邮箱").fill("not-an-address");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("电子邮箱格式不正确")).toBeVisible();

  // What is typed and not saved is not lost to a reload: the browser asks first; staying keeps it.
  const asked: string[] = [];
  page.on("dialog", (d) => {
    asked.push(d.type());
    void d.dismiss();
  });
  await page.evaluate(() => setTimeout(() => location.reload(), 0));
  await expect.poll(() => asked).toEqual(["beforeunload"]);
  await expect(page.getByLabel("电子邮箱")).toHaveValue("not-an-address");
  // Saved, nothing is left to ask about.
  await page.getByLabel("电子邮箱").fill("gongkai@nmg.gov.cn");
  await page.getByRole("button", { name: "保存" }).click();
  await expect(page.getByText("已保存，预览即将刷新")).toBeVisible();
  await Promise.all([page.waitForEvent("load"), page.evaluate(() => setTimeout(() => location.reload(), 0))]);
  await expect(page.getByLabel("电子邮箱")).toHaveValue("gongkai@nmg.gov.cn");
  expect(asked).toEqual(["beforeunload"]);
});
