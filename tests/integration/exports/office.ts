import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** LibreOffice headless, when installed (Debian's libreoffice-calc-nogui / -writer-nogui). */
export const SOFFICE = ["soffice", "libreoffice"].find((cmd) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0) ?? null;
const PDFTOTEXT = spawnSync("sh", ["-c", "command -v pdftotext"]).status === 0;
export const SKIP_OFFICE = !SOFFICE || !PDFTOTEXT;
if (SKIP_OFFICE) console.warn("[exports] LibreOffice or pdftotext missing: the office rendering checks are skipped");

/**
 * Opens a file in LibreOffice as an office would (a fresh profile per run), prints it to PDF and
 * returns the PDF's text (pdftotext -layout), its page count and page size (pdfinfo).
 */
export function renderedText(bytes: Uint8Array, name: string): { text: string; pages: number; size: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-office-"));
  try {
    fs.writeFileSync(path.join(dir, name), bytes);
    const profile = path.join(dir, "profile");
    const r = spawnSync(SOFFICE!, [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, path.join(dir, name)], { encoding: "utf8", timeout: 180_000 });
    const pdf = path.join(dir, name.replace(/\.[^.]+$/, ".pdf"));
    if (!fs.existsSync(pdf)) throw new Error(`LibreOffice did not convert ${name}: ${r.stderr}`);
    const text = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).stdout;
    const info = spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout;
    return { text, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0), size: /Page size:\s+(.*)/.exec(info)?.[1] ?? "" };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
