import fs from "node:fs";
import path from "node:path";

/**
 * The pdf.js worker script (pdfjs-dist's legacy build, as the page's; the version in package.json) for the report preview: the
 * page draws the preview's PDF itself (decision 024), so the script is served from this site and
 * the CSP's worker-src 'self' covers it. Read from node_modules once; the URL carries the version,
 * so a browser may keep it.
 */
const FILE = path.join(process.cwd(), "node_modules", "pdfjs-dist", "legacy", "build", "pdf.worker.min.mjs");

let cached: Buffer | null = null;

export function pdfViewerWorkerResponse(): Response {
  cached ??= fs.readFileSync(FILE);
  return new Response(new Uint8Array(cached), {
    headers: {
      "Content-Type": "text/javascript; charset=utf-8",
      "Content-Length": String(cached.length),
      "Cache-Control": "private, max-age=31536000, immutable",
    },
  });
}
