import { expect, test, type Page } from "./test";
import { cli, createUser } from "./cli";
import { login } from "./fixtures";

/*
 * The form on a phone (390×844) and at 1366×768 (issue 5 item 1): in the wide 2021 申请 table a
 * cell far to the right can be filled, and the label of its row stays visible (sticky) beside it,
 * as does the header. Year 2033 and unit 150207 belong to this spec.
 */
const YEAR = "2033";
const ORG = "150207";
const CELL = "R3.3.1.oth"; // 不予公开·属于国家秘密, 其他组织: the right part of the table
const ROW_LABEL = "1.属于国家秘密";

test.beforeAll(() => {
  const r = cli(["cycle:create", "--year", YEAR, "--template", "gov-disclosure-2021"]);
  expect(r.code === 0 || /已存在|exists/.test(r.stderr), r.stderr).toBe(true);
});

/** Whether the element is inside the viewport and its scroll container, and not covered at its centre. */
async function shown(page: Page, selector: string) {
  return page.locator(selector).evaluate((el) => {
    const r = el.getBoundingClientRect();
    let box = { left: 0, right: window.innerWidth, top: 0, bottom: window.innerHeight };
    for (let p = el.parentElement; p; p = p.parentElement) {
      if (p.scrollWidth > p.clientWidth && getComputedStyle(p).overflowX !== "visible") {
        const b = p.getBoundingClientRect();
        box = { left: Math.max(box.left, b.left), right: Math.min(box.right, b.right), top: Math.max(box.top, b.top), bottom: Math.min(box.bottom, b.bottom) };
        break;
      }
    }
    const x = r.left + Math.min(r.width / 2, 20);
    const y = r.top + r.height / 2;
    const top = document.elementFromPoint(x, y);
    return { inside: r.left >= box.left - 1 && x <= box.right && y >= box.top && y <= box.bottom, uncovered: !!top && (top === el || el.contains(top)) };
  });
}

for (const size of [
  { name: "a phone (390×844)", width: 390, height: 844 },
  { name: "1366×768", width: 1366, height: 768 },
]) {
  test(`on ${size.name} a far-right cell can be filled and its row label stays visible`, async ({ browser }) => {
    const user = createUser({ org: ORG, roles: ["filler"] });
    const page = await (await browser.newContext({ viewport: { width: size.width, height: size.height } })).newPage();
    await login(page, user.username, user.password);
    await expect(page).toHaveURL(/\/$/);
    await page.goto(`/stats/${YEAR}/${ORG}/edit`);
    // The page itself does not scroll sideways: only the wide tables do.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);

    const input = page.locator(`[id="cell-${CELL}"]`);
    await input.click();
    await input.fill("3");
    await expect(input).toHaveValue("3");
    await expect(input).toBeFocused();
    expect(await shown(page, `[id="cell-${CELL}"]`)).toEqual({ inside: true, uncovered: true });

    // The label of the focused row: the row header of the input's row.
    const label = page.locator("tr", { has: input }).getByRole("rowheader", { name: ROW_LABEL });
    await expect(label).toBeVisible();
    const labelBox = await label.boundingBox();
    const inputBox = await input.boundingBox();
    expect(labelBox!.x + labelBox!.width).toBeLessThanOrEqual(inputBox!.x + 1);
    expect(labelBox!.x).toBeGreaterThanOrEqual(0);
    const sel = await label.evaluate((el) => {
      el.setAttribute("data-e2e-label", "1");
      return "[data-e2e-label]";
    });
    expect(await shown(page, sel)).toEqual({ inside: true, uncovered: true });

    // The value is saved on the server (autosave), not only kept in the browser.
    await page.waitForTimeout(2500);
    await page.evaluate(() => window.localStorage.clear());
    await page.reload();
    await expect(page.locator(`[id="cell-${CELL}"]`)).toHaveValue("3");
  });
}
