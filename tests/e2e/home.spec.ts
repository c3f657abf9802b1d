import { expect, test } from "./test";
import totals from "../fixtures/imar-2018/totals-2018.json";
import { getTemplate } from "@/lib/templates";
import { DEMO_USER, loginAsDemo } from "./fixtures";

type Expected = { code: string; caption: string; label: string; nth: number; unit: string; value: string };

/** What the home page must show for each cell of the seed's 附表, from the template (labels, units) and the totals. */
function expectedCells(): { cells: Expected[]; headings: { caption: string; label: string }[] } {
  const template = getTemplate("gov-disclosure-2018");
  const cells: Expected[] = [];
  const headings: { caption: string; label: string }[] = [];
  const wanted = new Map(Object.entries(totals).map(([code, value]) => [code, String(value)]));
  for (const section of template.sections) {
    for (const table of section.tables) {
      const caption = table.title || section.title;
      const seen = new Map<string, number>();
      for (const row of table.body) {
        const label = row.labels.at(-1)?.text ?? "";
        const nth = seen.get(label) ?? 0;
        seen.set(label, nth + 1);
        if (row.heading) headings.push({ caption, label });
        for (const code of row.cells) {
          const value = code ? wanted.get(code) : undefined;
          if (code && value !== undefined) cells.push({ code, caption, label, nth, unit: row.unit ?? "", value });
        }
      }
    }
  }
  return { cells, headings };
}

test("the home page shows the region's 2018 附表, every cell with its unit", async ({ page }) => {
  const { cells, headings } = expectedCells();
  expect(cells.map((c) => c.code).sort()).toEqual(Object.keys(totals).sort());
  expect(cells).toHaveLength(58);

  await loginAsDemo(page);
  await expect(
    page.getByRole("heading", { level: 1, name: `2018年度政府信息公开工作统计表（${DEMO_USER.orgName}）` }),
  ).toBeVisible();

  for (const cell of cells) {
    const table = page.getByRole("table", { name: cell.caption, exact: true });
    const row = table
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: cell.label, exact: true }) })
      .nth(cell.nth);
    await expect(row.getByRole("cell"), `${cell.code} ${cell.label}`).toHaveText([cell.unit, cell.value]);
  }

  for (const heading of headings) {
    const row = page
      .getByRole("table", { name: heading.caption, exact: true })
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: heading.label, exact: true }) })
      .first();
    await expect(row.getByRole("cell"), heading.label).toHaveText(["—", ""]);
  }
});

test("the home page shows the split between 自治区本级 and 盟市", async ({ page }) => {
  await loginAsDemo(page);
  const split = page.getByRole("table", { name: "本级与盟市构成" });
  const own = split.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "自治区本级" }) });
  const leagues = split.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "盟市" }) });
  await expect(own).toContainText("213.37");
  await expect(own).toContainText("51%");
  await expect(leagues).toContainText("208.95");
  await expect(leagues).toContainText("49%");
});
