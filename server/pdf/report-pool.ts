import path from "node:path";
import { PdfRenderPool } from "@/server/pdf/report/render-in-worker";

const g = globalThis as typeof globalThis & { __nianbaoPdfPool?: PdfRenderPool };

/**
 * The process-wide pool that renders report PDFs in a worker thread (one worker: renders are
 * CPU-bound). The worker entry is named from the working directory, not from this module's URL:
 * inside Next's server bundle `import.meta.url` points into the build output, where the
 * entry (plain .mjs that loads the TypeScript renderer through tsx) does not exist.
 */
export function reportRenderPool(): PdfRenderPool {
  g.__nianbaoPdfPool ??= new PdfRenderPool({
    workerFile: process.env.NIANBAO_PDF_WORKER ?? path.join(/* turbopackIgnore: true */ process.cwd(), "server/pdf/report/render-worker-entry.mjs"),
  });
  return g.__nianbaoPdfPool;
}

/** The pool if this process has started it (a server that renders previews), else null. */
export function startedReportRenderPool(): PdfRenderPool | null {
  return g.__nianbaoPdfPool ?? null;
}
