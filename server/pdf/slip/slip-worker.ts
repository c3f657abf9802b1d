/**
 * Worker thread entry for 报送单: the report pool's protocol ({ id, doc } in, { id, ok, pdf } out)
 * with a slip job as the document, so `PdfRenderPool` can drive it unchanged.
 */
import { parentPort } from "node:worker_threads";
import type { SlipModel } from "../../../lib/review/slip";
import { renderSlipPdf } from "./render";

export type SlipJob = { slip: SlipModel; signedAt: number };

parentPort?.on("message", async ({ id, doc }: { id: number; doc: SlipJob }) => {
  try {
    const pdf = new Uint8Array(await renderSlipPdf(doc.slip, doc.signedAt));
    parentPort!.postMessage({ id, ok: true, pdf }, [pdf.buffer as ArrayBuffer]);
  } catch (err) {
    parentPort!.postMessage({ id, ok: false, error: (err as Error).stack ?? String(err) });
  }
});
