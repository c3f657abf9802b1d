/**
 * npm run bench:pdf — the region's 2018 report (demo data loaded into a temporary database):
 * react-pdf cold and warm render time and size, in this thread and in the worker pool, then
 * the same document model printed to PDF by Chromium (Playwright, /usr/bin/chromium) as a ratio.
 * Targets: warm under 1 s, file under 2 MB.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDb } from "@/db/client";
import { loadReportData } from "@/server/reports/report-data";
import { buildReportDocument } from "@/lib/report";
import { SEED_FIELDS } from "../unit/report/seed-fields";

const ROOT = path.resolve(__dirname, "../..");
const WARM_RUNS = 5;
const TARGET_WARM_MS = 1000;
const TARGET_BYTES = 2 * 1024 * 1024;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const pages = (pdf: Buffer) => (pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

async function time<T>(f: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const r = await f();
  return [r, performance.now() - t0];
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "nianbao-bench-pdf-"));
  const dbFile = path.join(dir, "demo.db");
  console.log("bench:pdf — loading the demo data");
  const load = spawnSync("bash", [path.join(ROOT, "tests/scripts/load-demo.sh"), dbFile], { cwd: ROOT, encoding: "utf8" });
  if (load.status !== 0) throw new Error(`load-demo.sh failed:\n${load.stderr}`);

  const opened = openDb(dbFile);
  const loaded = loadReportData(opened.db, 2018, "150000");
  opened.close();
  if (!loaded.ok) throw new Error(loaded.message);
  const d = loaded.data;
  const doc = buildReportDocument({ template: d.template, year: 2018, orgCode: "150000", tree: d.tree, totals: d.totals, previous: d.previous, fields: SEED_FIELDS });

  // server/pdf/report is ESM (react-pdf ships ESM only); this file runs as CommonJS under tsx.
  const { renderReportPdf } = await import("../../server/pdf/report/render");
  const { PdfRenderPool } = await import("../../server/pdf/report/render-in-worker");
  const { resolveFontPlan, describeFontPlan } = await import("../../server/pdf/report/fonts");
  const { reportHtml, PRINT_FOOTER } = await import("../../server/pdf/report/to-html");
  const plan = resolveFontPlan();
  console.log(`  fonts: ${describeFontPlan(plan)}`);

  const [pdf, cold] = await time(() => renderReportPdf(doc, plan));
  const warm: number[] = [];
  for (let i = 0; i < WARM_RUNS; i++) warm.push((await time(() => renderReportPdf(doc, plan)))[1]);
  const warmMs = median(warm);
  fs.writeFileSync(path.join(dir, "react-pdf.pdf"), pdf);
  console.log(`  react-pdf (this thread): cold ${cold.toFixed(0)} ms, warm ${warmMs.toFixed(0)} ms (median of ${WARM_RUNS}), ${pdf.length} bytes (${kb(pdf.length)}), ${pages(pdf)} pages`);

  const pool = new PdfRenderPool();
  const [, workerCold] = await time(() => pool.render(doc));
  const workerWarm: number[] = [];
  for (let i = 0; i < WARM_RUNS; i++) workerWarm.push((await time(() => pool.render(doc)))[1]);
  await pool.close();
  console.log(`  react-pdf (worker thread): cold ${workerCold.toFixed(0)} ms (incl. worker start), warm ${median(workerWarm).toFixed(0)} ms`);

  const { chromium } = await import("@playwright/test");
  const htmlFile = path.join(dir, "report.html");
  fs.writeFileSync(htmlFile, reportHtml(doc, plan));
  const [browser, launchMs] = await time(() =>
    chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--allow-file-access-from-files"] }),
  );
  const print = async () => {
    const page = await browser.newPage();
    await page.goto(`file://${htmlFile}`);
    await page.evaluate(() => document.fonts.ready.then(() => true));
    const out = await page.pdf({ preferCSSPageSize: true, displayHeaderFooter: true, headerTemplate: "<span></span>", footerTemplate: PRINT_FOOTER });
    await page.close();
    return out;
  };
  const [chromePdf, chromeCold] = await time(print);
  const chromeWarm: number[] = [];
  for (let i = 0; i < 3; i++) chromeWarm.push((await time(print))[1]);
  await browser.close();
  const chromeBuf = Buffer.from(chromePdf);
  fs.writeFileSync(path.join(dir, "chromium.pdf"), chromeBuf);
  const chromeWarmMs = median(chromeWarm);
  console.log(
    `  chromium page.pdf: launch ${launchMs.toFixed(0)} ms, first print ${chromeCold.toFixed(0)} ms, warm ${chromeWarmMs.toFixed(0)} ms (median of 3), ${chromeBuf.length} bytes (${kb(chromeBuf.length)}), ${pages(chromeBuf)} pages`,
  );
  console.log(`  ratio chromium / react-pdf: warm time ${(chromeWarmMs / warmMs).toFixed(2)}x, size ${(chromeBuf.length / pdf.length).toFixed(2)}x`);
  console.log(`  files: ${dir}`);

  const ok = warmMs < TARGET_WARM_MS && pdf.length < TARGET_BYTES;
  console.log(`  targets (warm < ${TARGET_WARM_MS} ms, < 2 MB): ${ok ? "met" : "NOT met"}`);
  if (!ok) process.exitCode = 1;
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
