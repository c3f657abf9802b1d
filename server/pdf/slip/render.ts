import { createElement, type ReactElement } from "react";
import { renderToBuffer, type DocumentProps } from "@react-pdf/renderer";
import type { SlipModel } from "../../../lib/review/slip";
import { registerReportFonts } from "../report/register-fonts";
import { SlipPdf } from "./slip-pdf";

/**
 * Renders a 报送单 in this thread (fonts shared with the report PDF). The document's dates are the
 * 签发 time, so the same signoff renders the same content.
 */
export async function renderSlipPdf(slip: SlipModel, signedAt: number): Promise<Buffer> {
  registerReportFonts();
  return renderToBuffer(createElement(SlipPdf, { slip, createdAt: new Date(signedAt) }) as unknown as ReactElement<DocumentProps>);
}
