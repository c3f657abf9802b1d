/**
 * Worker thread entry: renders report documents to PDF bytes, one message at a time.
 * Fonts are registered once per worker (the first render pays for parsing them).
 */
import { parentPort } from "node:worker_threads";
import type { ReportDocument } from "../../../lib/report/document";
import { renderReportPdf } from "./render";

export type RenderRequest = { id: number; doc: ReportDocument };
export type RenderReply = { id: number; ok: true; pdf: Uint8Array } | { id: number; ok: false; error: string };

parentPort?.on("message", async ({ id, doc }: RenderRequest) => {
  try {
    const buf = await renderReportPdf(doc);
    // A copy that owns its memory, so it can be transferred (a Buffer may sit in a shared pool).
    const pdf = new Uint8Array(buf);
    parentPort!.postMessage({ id, ok: true, pdf } satisfies RenderReply, [pdf.buffer as ArrayBuffer]);
  } catch (err) {
    parentPort!.postMessage({ id, ok: false, error: (err as Error).stack ?? String(err) } satisfies RenderReply);
  }
});
