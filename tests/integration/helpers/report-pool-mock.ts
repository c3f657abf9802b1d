import { vi } from "vitest";
import type { ReportDocument } from "@/lib/report";

/**
 * The report-pool module for integration tests: renders in the test's own thread (no worker
 * threads). `started` is null by default, as in a process that renders no previews (a CLI, most
 * tests): saves then start no early render. A test of that render passes `started: true`.
 * Use: vi.mock("@/server/pdf/report-pool", () => reportPoolMock()).
 */
export async function reportPoolMock(opts: { started?: boolean } = {}) {
  const { renderReportPdf } = await import("@/server/pdf/report/render");
  const pool = { render: vi.fn((doc: ReportDocument) => renderReportPdf(doc)) };
  return { reportRenderPool: () => pool, startedReportRenderPool: () => (opts.started ? pool : null) };
}
