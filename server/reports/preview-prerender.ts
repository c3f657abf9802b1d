import { createHash } from "node:crypto";
import type { ReportDocument } from "@/lib/report";
import { startedReportRenderPool } from "../pdf/report-pool";

type Render = (doc: ReportDocument, key: string) => Promise<Buffer>;
type Entry = { hash: string; pdf: Promise<Buffer>; timer: ReturnType<typeof setTimeout> };

/** The preview's render key: one render per user and report at a time (a newer one supersedes). */
export const previewRenderKey = (year: number, orgCode: string, coverage: string, userId: number) => `${year}/${orgCode}/${coverage}/${userId}`;

export const documentHash = (doc: ReportDocument) => createHash("sha256").update(JSON.stringify(doc)).digest("hex");

/**
 * Renders a saved report ahead of the preview request that follows the save, so the render
 * overlaps the save's answer and the page's request (the live preview is to show within 1.5 s of
 * the last keystroke). The request takes the render only for the very document it built itself
 * (same hash, same user): anything else renders afresh, which supersedes the early one.
 */
export function prerenderCache(render: Render, ttlMs: number) {
  const entries = new Map<string, Entry>();
  const drop = (key: string) => {
    const e = entries.get(key);
    if (e) clearTimeout(e.timer);
    entries.delete(key);
  };
  return {
    start(key: string, doc: ReportDocument): void {
      drop(key);
      const pdf = render(doc, key);
      // Superseded or failed: the request renders afresh, or was itself superseded.
      pdf.catch(() => undefined);
      const timer = setTimeout(() => entries.delete(key), ttlMs);
      timer.unref?.();
      entries.set(key, { hash: documentHash(doc), pdf, timer });
    },
    take(key: string, doc: ReportDocument): Promise<Buffer> | null {
      const e = entries.get(key);
      if (!e) return null;
      drop(key);
      return e.hash === documentHash(doc) ? e.pdf : null;
    },
  };
}

const g = globalThis as typeof globalThis & { __nianbaoPrerender?: ReturnType<typeof prerenderCache> };

/** The process's cache: renders only where previews are rendered (the pool was started), so a CLI or a test never spins a worker for it. */
function cache() {
  g.__nianbaoPrerender ??= prerenderCache((doc, key) => {
    const pool = startedReportRenderPool();
    return pool ? pool.render(doc, { key }) : Promise.reject(new Error("no render pool"));
  }, 15_000);
  return g.__nianbaoPrerender;
}

export function prerenderPreview(key: string, doc: ReportDocument): void {
  if (startedReportRenderPool()) cache().start(key, doc);
}

export function takePrerenderedPreview(key: string, doc: ReportDocument): Promise<Buffer> | null {
  return g.__nianbaoPrerender?.take(key, doc) ?? null;
}
