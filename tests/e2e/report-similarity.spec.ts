import { expect, test, type Browser, type Page } from "./test";
import { createUser } from "./cli";
import { login } from "./fixtures";

/*
 * Issue 6 item 4: a report whose written text is 80% or more like another unit's of the cycle
 * shows a warning with the diff to its 负责人 and the reviewer above, not to the 填报员 who
 * writes it. 2018 reports of 自治区市场监督管理局 (150000-11) and 自治区教育厅 (150000-12) belong to
 * this spec.
 */
const A = "150000-11";
const B = "150000-12";
const COPIED =
  "本单位高度重视政府信息公开工作，成立了以主要负责同志为组长的领导小组，明确办公室为政府信息公开工作机构，" +
  "配备专职工作人员，建立健全主动公开、依申请公开、保密审查等制度，定期开展业务培训和督查考核，确保各项工作落到实处。";
const EDITED = COPIED.replace("定期开展业务培训", "每季度开展业务培训");

async function signedIn(browser: Browser, org: string, role: string): Promise<Page> {
  const user = createUser({ org, roles: [role] });
  const page = await (await browser.newContext()).newPage();
  await login(page, user.username, user.password);
  await expect(page).toHaveURL(/\/$/);
  return page;
}

async function writeOverview(page: Page, org: string, text: string) {
  const res = await page.request.put(`/api/reports/2018/${org}/draft`, { data: { version: 0, doc: { prose: { overview: [[{ text }]] }, headings: {} } } });
  expect(res.status(), await res.text()).toBe(200);
}

const warning = (page: Page) => page.getByRole("alert").filter({ hasText: "相似度达到 80% 以上" });

test("a report copied from another unit's warns its 负责人 and the reviewer, with the diff; its 填报员 is not shown it", async ({ browser }) => {
  test.setTimeout(90_000);
  await writeOverview(await signedIn(browser, A, "filler"), A, COPIED);
  const filler = await signedIn(browser, B, "filler");
  await writeOverview(filler, B, EDITED);

  const signer = await signedIn(browser, B, "signer");
  await signer.goto(`/reports/2018/${B}`);
  await expect(warning(signer)).toBeVisible({ timeout: 15_000 });
  await expect(warning(signer)).toContainText(/自治区市场监督管理局2018年度报告：相似度 9\d\.\d%/);
  await warning(signer).getByRole("button", { name: "查看差异" }).click();
  const diff = signer.getByRole("dialog", { name: "与自治区市场监督管理局2018年度报告的差异" });
  await expect(diff.locator("ins")).toHaveText(["每季度"]);
  await expect(diff.locator("del")).toHaveText(["定期"]);

  // The region's reviewer sees it on the unit's page too.
  const reviewer = await signedIn(browser, "150000", "reviewer");
  await reviewer.goto(`/reports/2018/${B}`);
  await expect(warning(reviewer)).toBeVisible({ timeout: 15_000 });

  // The 填报员 who wrote it does not.
  await filler.goto(`/reports/2018/${B}`);
  await expect(filler.getByRole("heading", { name: /自治区教育厅2018年政府信息公开工作年度报告/ })).toBeVisible();
  await expect(filler.getByText("相似度达到 80% 以上")).toHaveCount(0);
});
