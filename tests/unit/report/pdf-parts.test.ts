import path from "node:path";
import { describe, expect, test } from "vitest";
import { resolveFontPlan, FONT_ROLES } from "@/server/pdf/report/fonts";
import { barGeometry, niceStep, pieSlices } from "@/server/pdf/report/chart-geometry";
import { packTitle } from "@/server/pdf/report/title-lines";
import { BODY_SIZE, LINE_PITCH, PAGE, PAGE_NUMBER_TOP, TEXT_WIDTH, MM } from "@/server/pdf/report/layout";

const FANDOL = "/usr/share/texlive/texmf-dist/fonts/opentype/public/fandol";
const NOTO = "/usr/share/fonts/opentype/noto";
const NPM = "/app/node_modules/@expo-google-fonts";

/** A fake file system holding exactly these files. */
function fakeFs(files: Record<string, string>) {
  const exists = (f: string) => Object.hasOwn(files, f) || Object.keys(files).some((k) => k.startsWith(f + "/"));
  return {
    exists,
    readFile: (f: string) => files[f]!,
    readDir: (d: string) => Object.keys(files).filter((k) => path.dirname(k) === d).map((k) => path.basename(k)),
    roots: ["/app"],
  };
}
const npmFiles = {
  [`${NPM}/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf`]: "",
  [`${NPM}/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf`]: "",
  [`${NPM}/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf`]: "",
};
const system = {
  [`${FANDOL}/FandolSong-Bold.otf`]: "",
  [`${FANDOL}/FandolFang-Regular.otf`]: "",
  [`${FANDOL}/FandolHei-Regular.otf`]: "",
  [`${FANDOL}/FandolKai-Regular.otf`]: "",
  [`${NOTO}/NotoSerifCJK-Regular.ttc`]: "",
  [`${NOTO}/NotoSerifCJK-Bold.ttc`]: "",
  [`${NOTO}/NotoSansCJK-Regular.ttc`]: "",
};

describe("font resolution: office files, then Fandol and Noto CJK, then npm", () => {
  test("nothing installed: the npm Noto SC files for every role and fallback", () => {
    const plan = resolveFontPlan({ env: {}, ...fakeFs(npmFiles) });
    expect(FONT_ROLES.map((r) => plan[r].source)).toEqual(["npm", "npm", "npm", "npm", "npm"]);
    expect(plan.heading.src).toContain("NotoSansSC_400Regular.ttf");
    expect(plan.title.src).toContain("NotoSerifSC_700Bold.ttf");
    expect(plan.serifFallback.src).toContain("NotoSerifSC_400Regular.ttf");
  });

  test("Debian packages installed: Fandol faces, Noto CJK (.ttc with postscriptName) as fallbacks and for bold", () => {
    const plan = resolveFontPlan({ env: {}, ...fakeFs({ ...npmFiles, ...system }) });
    expect(path.basename(plan.title.src)).toBe("FandolSong-Bold.otf");
    expect(path.basename(plan.body.src)).toBe("FandolFang-Regular.otf");
    expect(path.basename(plan.heading.src)).toBe("FandolHei-Regular.otf");
    expect(path.basename(plan.subheading.src)).toBe("FandolKai-Regular.otf");
    expect(plan.bodyBold).toMatchObject({ postscriptName: "NotoSerifCJKsc-Bold", source: "noto-cjk" });
    expect(plan.serifFallback).toMatchObject({ postscriptName: "NotoSerifCJKsc-Regular", source: "noto-cjk" });
    expect(plan.sansFallback).toMatchObject({ postscriptName: "NotoSansCJKsc-Regular", source: "noto-cjk" });
  });

  test("NIANBAO_FONT_DIR with role-named files wins; missing roles fall through", () => {
    const plan = resolveFontPlan({ env: { NIANBAO_FONT_DIR: "/fonts" }, ...fakeFs({ ...npmFiles, ...system, "/fonts/body.ttf": "", "/fonts/title.OTF": "" }) });
    expect(plan.body).toEqual({ src: "/fonts/body.ttf", source: "office" });
    expect(plan.title).toEqual({ src: "/fonts/title.OTF", source: "office" });
    expect(plan.heading.source).toBe("fandol");
  });

  test("NIANBAO_FONT_DIR with fonts.json (a .ttc face by postscriptName)", () => {
    const json = JSON.stringify({ body: "仿宋_GB2312.ttf", title: { file: "fz.ttc", postscriptName: "FZXBSJW--GB1-0" } });
    const plan = resolveFontPlan({ env: { NIANBAO_FONT_DIR: "/fonts" }, ...fakeFs({ ...npmFiles, "/fonts/fonts.json": json, "/fonts/仿宋_GB2312.ttf": "", "/fonts/fz.ttc": "" }) });
    expect(plan.body).toEqual({ src: "/fonts/仿宋_GB2312.ttf", postscriptName: undefined, source: "office" });
    expect(plan.title).toEqual({ src: "/fonts/fz.ttc", postscriptName: "FZXBSJW--GB1-0", source: "office" });
  });

  test("fonts.json naming a missing file is refused", () => {
    const json = JSON.stringify({ body: "nope.ttf" });
    expect(() => resolveFontPlan({ env: { NIANBAO_FONT_DIR: "/fonts" }, ...fakeFs({ ...npmFiles, "/fonts/fonts.json": json }) })).toThrow("字体配置 /fonts/fonts.json 中的 body 文件不存在：/fonts/nope.ttf");
  });

  test("no npm fonts either: a message that says to install", () => {
    expect(() => resolveFontPlan({ env: {}, ...fakeFs({}) })).toThrow("找不到字体文件");
  });
});

describe("GB/T 9704 metrics", () => {
  test.each([
    { label: "A4 width", value: PAGE.width, pt: 595.28 },
    { label: "A4 height", value: PAGE.height, pt: 841.89 },
    { label: "text block width 156 mm", value: TEXT_WIDTH, pt: 156 * MM },
    { label: "28 characters of 3号 fill the line", value: 28 * BODY_SIZE, pt: 441 },
    { label: "22 lines on 225 mm", value: LINE_PITCH * 22, pt: 225 * MM },
    { label: "page number 7 mm under the 262 mm block edge", value: PAGE_NUMBER_TOP, pt: 269 * MM },
  ])("$label", ({ value, pt }) => {
    expect(value).toBeCloseTo(pt, 1);
  });
  test("the line holds 28 characters and no more", () => {
    expect(28 * BODY_SIZE).toBeLessThanOrEqual(TEXT_WIDTH);
    expect(29 * BODY_SIZE).toBeGreaterThan(TEXT_WIDTH);
  });
});

describe("charts", () => {
  test("pie slices go clockwise from 12 o'clock, labels inside", () => {
    const [a, b] = pieSlices([51, 49], 100);
    expect(a!.path).toBe("M 100 100 L 100 0 A 100 100 0 1 1 93.72 199.8 Z");
    expect(a!.labelX).toBeGreaterThan(100);
    expect(b!.labelX).toBeLessThan(100);
    expect(pieSlices([5], 100)[0]).toMatchObject({ full: true, labelX: 100, labelY: 100 });
  });
  test.each([
    { raw: 0.3, step: 0.5 },
    { raw: 158.75, step: 200 },
    { raw: 12, step: 20 },
    { raw: 2.2, step: 2.5 },
    { raw: 1000, step: 1000 },
  ])("nice step for $raw is $step", ({ raw, step }) => {
    expect(niceStep(raw)).toBeCloseTo(step, 9);
  });
  test("bars stand on the axis, the tallest under the top grid line", () => {
    const g = barGeometry([250, 22, 578, 635], 400, 220);
    expect(g.ticks.map((t) => t.label)).toEqual(["0", "200", "400", "600", "800"]);
    for (const b of g.bars) expect(b.y + b.height).toBeCloseTo(g.plot.bottom, 1);
    expect(Math.min(...g.bars.map((b) => b.y))).toBeGreaterThanOrEqual(g.plot.top);
  });
});

describe("title lines", () => {
  test.each([
    { label: "fits one line", segs: ["某局2021年", "政府信息公开工作年度报告"], lines: ["某局2021年政府信息公开工作年度报告"] },
    { label: "breaks between segments, never leaving one character", segs: ["内蒙古自治区2018年", "政府信息公开工作年度报告"], lines: ["内蒙古自治区2018年", "政府信息公开工作年度报告"] },
  ])("$label", ({ segs, lines }) => {
    expect(packTitle(segs, 20)).toEqual(lines);
  });
});
