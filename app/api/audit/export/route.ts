// GET /api/audit/export?from=YYYY-MM-DD&to=YYYY-MM-DD&user=U&org=CODE&action=A – the filtered audit log as CSV (UTF-8 with BOM)
import { z } from "zod";
import { auditCsvHeaderLine, auditCsvLine, auditFilterSchema, CSV_BOM } from "@/lib/audit";
import { shanghaiDay } from "@/lib/time";
import { getDb } from "@/db/client";
import { iterateAudit } from "@/db/queries/audit";
import { audit } from "@/app/_server/audit";
import { now } from "@/app/_server/clock";
import { lookupSession } from "@/app/_server/current-user";
import { can } from "@/app/_server/guards";
import { requestInfo } from "@/app/_server/request-info";

/** Rows are sent in chunks of about this many characters. */
const CHUNK = 64 * 1024;

const refuse = (status: number, error: string) => Response.json({ error }, { status });

/**
 * Streams the log matching the query's filter, oldest first, as the CLI's audit:export writes it;
 * only for holders of audit.export. The export itself is audited once the last row is out.
 */
export async function GET(request: Request): Promise<Response> {
  const { user } = await lookupSession();
  if (!user) return refuse(401, "登录已失效，请重新登录");
  if (user.mustChangePassword) return refuse(403, "请先修改初始密码");
  if (!can(user, "audit.export", { kind: "global" })) return refuse(403, "您没有「导出审计日志」的权限");
  const parsed = auditFilterSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return refuse(422, z.flattenError(parsed.error).formErrors[0] ?? parsed.error.issues[0]?.message ?? "筛选条件不正确");
  const filter = parsed.data;
  const { ip } = await requestInfo();
  const db = getDb();
  const rows = iterateAudit(db, filter);
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
          audit({ userId: user.id, username: user.username, ip, action: "audit.export", detail: { filter, rows: count } });
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

  const filename = `审计日志-${shanghaiDay(now())}.csv`;
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="audit-log.csv"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      "Cache-Control": "no-store",
    },
  });
}
