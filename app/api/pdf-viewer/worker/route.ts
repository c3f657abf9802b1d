// GET /api/pdf-viewer/worker?v={pdfjs version} – the pdf.js worker the report preview draws with
import { readRoute } from "@/server/next/read";
import { pdfViewerWorkerResponse } from "@/server/pdf/viewer-worker";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Library code, no data: any signed-in user (the preview is only shown behind the login). */
export const GET = readRoute(() => pdfViewerWorkerResponse());
