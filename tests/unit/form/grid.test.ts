import { describe, expect, test } from "vitest";
import { getTemplate } from "@/lib/templates";
import { buildFormGrid, editableMatrix, moveFrom, type Direction } from "@/lib/form";

const g2018 = buildFormGrid(getTemplate("gov-disclosure-2018"));
const g2021 = buildFormGrid(getTemplate("gov-disclosure-2021"));

describe("the editable matrix", () => {
  test("2021 四 is one row of 12 editable cells: the three totals are computed", () => {
    const [row, ...rest] = editableMatrix(g2021, "review");
    expect(rest).toEqual([]);
    expect(row!.filter(Boolean)).toHaveLength(12);
    expect([row![4], row![9], row![14]]).toEqual([null, null, null]);
  });

  test("2021 三 leaves out the computed 总计 row (R3.7) and the 总计 column", () => {
    const m = editableMatrix(g2021, "apply");
    expect(m).toHaveLength(24);
    expect(m.flat().filter(Boolean)).toHaveLength(24 * 6);
    expect(m.flat()).not.toContain("R3.7.np");
    expect(m.every((row) => row[6] === null)).toBe(true);
  });

  test("2018 counts 51 editable cells: 58 minus the 7 sums", () => {
    expect(g2018.order).toHaveLength(51);
    expect(g2018.order).not.toContain("C1");
  });
});

describe("moving between cells", () => {
  test.each<{ label: string; grid: typeof g2018; from: string; dir: Direction; to: string | null }>([
    { label: "2021 Tab goes right", grid: g2021, from: "R1.np", dir: "right", to: "R1.biz" },
    { label: "2021 Tab skips the 总计 column and wraps to the next row", grid: g2021, from: "R1.oth", dir: "right", to: "R2.np" },
    { label: "2021 Shift+Tab wraps back to the previous row's last editable cell", grid: g2021, from: "R2.np", dir: "left", to: "R1.oth" },
    { label: "2021 Enter goes down the column", grid: g2021, from: "R1.np", dir: "down", to: "R2.np" },
    { label: "2021 Enter skips the computed R3.7 row", grid: g2021, from: "R3.6.3.np", dir: "down", to: "R4.np" },
    { label: "2021 up skips R3.7 too", grid: g2021, from: "R4.biz", dir: "up", to: "R3.6.3.biz" },
    { label: "2021 Enter below the last row goes on to the next table", grid: g2021, from: "R4.np", dir: "down", to: "AR.upheld" },
    { label: "2021 Tab skips 行政复议·总计", grid: g2021, from: "AR.pending", dir: "right", to: "LD.upheld" },
    { label: "2021 Tab at the end of 三 goes to 四", grid: g2021, from: "R4.oth", dir: "right", to: "AR.upheld" },
    { label: "2021 the last cell of the form has nowhere to go", grid: g2021, from: "F3", dir: "right", to: null },
    { label: "2021 up at the top of the form stays", grid: g2021, from: "P1.reg.issued", dir: "up", to: null },
    { label: "2018 Enter skips the computed C1", grid: g2018, from: "B2.5", dir: "down", to: "C1.1" },
    { label: "2018 Tab from C1.4 skips C2 (computed)", grid: g2018, from: "C1.4", dir: "right", to: "C2.1" },
    { label: "2018 up from C1.1 skips C1 and the heading row", grid: g2018, from: "C1.1", dir: "up", to: "B2.5" },
    { label: "2018 up from D1 skips D (computed) and C3.8 follows", grid: g2018, from: "D1", dir: "up", to: "C3.8" },
    { label: "2018 Tab from a computed cell goes to the next editable one", grid: g2018, from: "C1", dir: "right", to: "C1.1" },
  ])("$label", ({ grid, from, dir, to }) => {
    expect(moveFrom(grid, from, dir)).toBe(to);
  });
});
