// GET /api/audit/export?from=YYYY-MM-DD&to=YYYY-MM-DD&user=U&org=CODE&action=A – the filtered audit log as CSV (UTF-8 with BOM)
import { auditExportResponse } from "@/server/audit/export";
import { readRoute } from "@/server/next/read";

export const GET = readRoute((ctx, _params, request) => auditExportResponse(ctx, request));
