// GET /api/reports/{year}/{orgCode}/publications/{version}/package – the zip for the 政府信息公开 platform (report.read)
import { packageResponse } from "@/app/_server/reports/publication/downloads";
import { readablePublication } from "@/app/_server/reports/publication/read-guard";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(_request: Request, context: { params: Promise<{ year: string; orgCode: string; version: string }> }): Promise<Response> {
  const found = await readablePublication(await context.params);
  return found instanceof Response ? found : packageResponse(found);
}
