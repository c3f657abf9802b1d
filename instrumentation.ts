/**
 * Runs once when the server starts: the report PDF worker is started and has rendered a document
 * with every table five times before the first user asks for a preview (its first render
 * otherwise spends seconds starting the worker and loading the CJK fonts, what made a report
 * page's first preview slow; its next few run slower until the layout code is optimised).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NIANBAO_PDF_WARM === "0") return;
  const [{ reportRenderPool }, { WARM_DOC }] = await Promise.all([import("@/server/pdf/report-pool"), import("@/server/pdf/report/warm-doc")]);
  // Not awaited: the server answers requests while the worker warms up.
  reportRenderPool()
    .warm(WARM_DOC, 5)
    .catch((err: unknown) => console.error("PDF 渲染预热失败：", err));
}
