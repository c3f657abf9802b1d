import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** LibreOffice headless, when installed (Debian's libreoffice-calc-nogui / -writer-nogui). */
export const SOFFICE = ["soffice", "libreoffice"].find((cmd) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0) ?? null;
const PDFTOTEXT = spawnSync("sh", ["-c", "command -v pdftotext"]).status === 0;
const missing = !SOFFICE || !PDFTOTEXT;
// Under CI a missing LibreOffice fails the run (tests/scripts/lib.sh installs it as root); elsewhere
// the office checks are skipped with a warning.
if (missing && process.env.CI === "true") throw new Error("CI：缺少 LibreOffice（soffice）或 pdftotext，无法检查导出的 Office 文件；请安装 libreoffice-calc-nogui、libreoffice-writer-nogui 和 poppler-utils");
export const SKIP_OFFICE = missing;
if (SKIP_OFFICE) console.warn("[exports] LibreOffice or pdftotext missing: the office rendering checks are skipped");

/**
 * The fresh profile's settings: recalculate every formula when an xlsx (OOXML) or ods is loaded
 * (/org.openoffice.Office.Calc/Formula/Load, 0 = always; LibreOffice's default 1 = never trusts the
 * cached results), so a test sees what the formulas compute, not what the writer cached.
 */
const RECALC_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** A new LibreOffice profile in `dir` (one per run: runs never share state), recalculating on load. */
export function freshOfficeProfile(dir: string): string {
  const profile = path.join(dir, "profile");
  fs.mkdirSync(path.join(profile, "user"), { recursive: true });
  fs.writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), RECALC_ON_LOAD);
  return `-env:UserInstallation=file://${profile}`;
}

/**
 * Converts a file with LibreOffice headless (fresh profile, formulas recalculated on load) into
 * `dir` and returns the converted file's path. `to` is a LibreOffice filter spec, e.g. "pdf".
 */
export function officeConvert(bytes: Uint8Array, name: string, dir: string, to = "pdf"): string {
  fs.writeFileSync(path.join(dir, name), bytes);
  const r = spawnSync(SOFFICE!, [freshOfficeProfile(dir), "--headless", "--convert-to", to, "--outdir", dir, path.join(dir, name)], { encoding: "utf8", timeout: 180_000 });
  const out = path.join(dir, name.replace(/\.[^.]+$/, `.${to.split(":")[0]}`));
  if (!fs.existsSync(out)) throw new Error(`LibreOffice did not convert ${name}: ${r.stderr}`);
  return out;
}

/**
 * Opens a file in LibreOffice as an office would (a fresh profile per run), prints it to PDF and
 * returns the PDF's text (pdftotext -layout), its page count and page size (pdfinfo).
 */
export function renderedText(bytes: Uint8Array, name: string): { text: string; pages: number; size: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-office-"));
  try {
    const pdf = officeConvert(bytes, name, dir);
    const text = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).stdout;
    const info = spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout;
    return { text, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0), size: /Page size:\s+(.*)/.exec(info)?.[1] ?? "" };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The file's pages as PNGs (LibreOffice → PDF → pdftoppm -png -r `dpi`) written to `outDir` as
 * `<prefix>-1.png`, `<prefix>-2.png`, … (to look at; test-results/ keeps them). Returns their paths.
 */
export function renderedPngs(bytes: Uint8Array, name: string, outDir: string, prefix: string, dpi = 60): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-office-"));
  try {
    const pdf = officeConvert(bytes, name, dir);
    fs.mkdirSync(outDir, { recursive: true });
    spawnSync("pdftoppm", ["-png", "-r", String(dpi), pdf, path.join(outDir, prefix)], { encoding: "utf8" });
    return fs
      .readdirSync(outDir)
      .filter((f) => f.startsWith(`${prefix}-`) && f.endsWith(".png"))
      .sort()
      .map((f) => path.join(outDir, f));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
