import { renderAsync } from "@resvg/resvg-js";
import type { Chart } from "@/lib/report";
import { chartScene } from "../pdf/report/chart-scene";
import { sceneSvg } from "../pdf/report/chart-svg";
import { resolveFontPlan, type FontFile, type FontPlan } from "../pdf/report/fonts";
import { fontFamilyName } from "./font-names";

/** Pixels per point of the PNG: 3 (216 dpi), sharp on paper at the size Word places it. */
export const PNG_ZOOM = 3;

type Faces = { files: string[]; family: string };
/** Family names by file (and face): read once per process, a .ttc is tens of megabytes. */
const familyNames = new Map<string, string | null>();

function familyOf(f: FontFile): string | null {
  const key = `${f.src}#${f.postscriptName ?? ""}`;
  if (!familyNames.has(key)) familyNames.set(key, fontFamilyName(f.src, f.postscriptName));
  return familyNames.get(key)!;
}

/** The report's body face then its full-coverage serif fallback, by their real family names. */
function facesOf(plan: FontPlan): Faces {
  const list: FontFile[] = [plan.body, plan.serifFallback];
  const names = list.map(familyOf).filter((n): n is string => !!n);
  return { files: [...new Set(list.map((f) => f.src))], family: [...names.map((n) => `'${n}'`), "serif"].join(", ") };
}

export type ChartImage = { png: Buffer; svg: string; width: number; height: number };

/**
 * A report chart as the SVG every rendering draws (server/pdf/report/chart-scene.ts) and as a PNG
 * of it rasterised by resvg with the PDF's own font files (the body face, then Noto for what it
 * lacks): Word and WPS show the same picture whatever fonts the reader has. Width and height in points.
 */
export async function chartImage(chart: Chart, width: number, plan: FontPlan = resolveFontPlan()): Promise<ChartImage> {
  const faces = facesOf(plan);
  const scene = chartScene(chart, width);
  const svg = sceneSvg(scene, faces.family, { background: "#ffffff" });
  // On libuv's thread pool: a server answering other requests is not held up while fonts load.
  const rendered = await renderAsync(svg, {
    font: { fontFiles: faces.files, loadSystemFonts: false, defaultFontFamily: faces.family.split(",")[0]!.replace(/'/g, "").trim() },
    fitTo: { mode: "zoom", value: PNG_ZOOM },
    logLevel: "off",
  });
  return { png: rendered.asPng(), svg, width: scene.width, height: scene.height };
}
