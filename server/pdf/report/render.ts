import { createElement } from "react";
import { renderToBuffer, type DocumentProps } from "@react-pdf/renderer";
import type { ReactElement } from "react";
import type { ReportDocument } from "../../../lib/report/document";
import type { FontPlan } from "./fonts";
import { registerReportFonts } from "./register-fonts";
import { ReportPdf } from "./report-pdf";

/** Renders a report document to PDF bytes in this thread (fonts registered on first use). */
export async function renderReportPdf(doc: ReportDocument, plan?: FontPlan): Promise<Buffer> {
  registerReportFonts(plan);
  return renderToBuffer(createElement(ReportPdf, { doc }) as unknown as ReactElement<DocumentProps>);
}
