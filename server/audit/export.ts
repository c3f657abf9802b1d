import { z } from "zod";
import { auditCsvHeaderLine, auditCsvLine, auditFilterSchema, CSV_BOM } from "@/lib/audit";
import { shanghaiDay } from "@/lib/time";
import { contentDisposition } from "@/lib/http/content-disposition";
import { iterateAudit } from "@/db/queries/audit";
import { CommandError } from "../kernel/errors";
import type { ReadContext } from "../kernel/read";

/** Rows are sent in chunks of about this many characters. */
const CHUNK = 64 * 1024;

/**
 * Streams the log matching the query's filter, oldest first, as the CLI's audit:export writes it;
 * only for holders of audit.export. The export itself is audited once the last row is out.
 */
export function auditExportResponse(ctx: ReadContext, request: Request): Response {
  ctx.require("audit.export", { kind: "global" }, "您没有「导出审计日志」的权限");
  const parsed = auditFilterSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) throw new CommandError(422, z.flattenError(parsed.error).formErrors[0] ?? parsed.error.issues[0]?.message ?? "筛选条件不正确");
  const filter = parsed.data;
  const rows = iterateAudit(ctx.db, filter);
  const encoder = new TextEncoder();
  let count = 0;
  let first = true;

  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      let chunk = first ? CSV_BOM + auditCsvHeaderLine() : "";
      first = false;
      while (chunk.length < CHUNK) {
        const next = rows.next();
        if (next.done) {
          controller.enqueue(encoder.encode(chunk));
          // Like audit:export, the export is recorded once every row has been written out.
          ctx.audit({ action: "audit.export", detail: { filter, rows: count } });
          controller.close();
          return;
        }
        chunk += auditCsvLine(next.value);
        count += 1;
      }
      controller.enqueue(encoder.encode(chunk));
    },
    cancel() {
      rows.return(undefined);
    },
  });

  const filename = `审计日志-${shanghaiDay(ctx.realNow)}.csv`;
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": contentDisposition(filename, "audit-log.csv"),
      "Cache-Control": "no-store",
    },
  });
}
