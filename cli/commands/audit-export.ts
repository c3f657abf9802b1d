import fs from "node:fs";
import { auditCsvHeaderLine, auditCsvLine, auditFilterSchema, CSV_BOM } from "@/lib/audit";
import type { OpenedDb } from "../../db/client";
import { appendAudit } from "../../db/mutations/audit";
import { iterateAudit } from "../../db/queries/audit";
import { parse } from "../args";
import { RefusedError, resolveUserPath, say, UsageError } from "../io";

export const usage =
  "audit:export [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--user 用户名] [--org 单位代码] [--action 操作] [--out FILE]  导出审计日志为 CSV（UTF-8 带 BOM）";

/** Rows are written in chunks of about this many characters. */
const CHUNK = 64 * 1024;

export function run(opened: OpenedDb, argv: string[]): void {
  const { values } = parse(
    argv,
    {
      from: { type: "string" },
      to: { type: "string" },
      user: { type: "string" },
      org: { type: "string" },
      action: { type: "string" },
      out: { type: "string" },
    },
    0,
  );
  const parsed = auditFilterSchema.safeParse({ from: values.from, to: values.to, user: values.user, org: values.org, action: values.action });
  if (!parsed.success) throw new UsageError(parsed.error.issues.map((i) => `--${i.path.join(".")}：${i.message}`).join("；"));
  const filter = parsed.data;

  const dest = values.out === undefined ? null : resolveUserPath(values.out);
  let fd: number;
  if (dest) {
    try {
      fd = fs.openSync(dest, "wx", 0o600);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === "EEXIST") throw new RefusedError(`目标文件已存在，未覆盖：${dest}`);
      if (code === "ENOENT") throw new RefusedError(`目标文件夹不存在：${dest}`);
      throw err;
    }
  } else {
    fd = 1;
  }
  let rows = 0;
  try {
    let chunk = CSV_BOM + auditCsvHeaderLine();
    for (const item of iterateAudit(opened.db, filter)) {
      chunk += auditCsvLine(item);
      rows += 1;
      if (chunk.length >= CHUNK) {
        writeAll(fd, chunk);
        chunk = "";
      }
    }
    writeAll(fd, chunk);
  } finally {
    if (dest) fs.closeSync(fd);
  }
  appendAudit(opened.db, { action: "audit.export", username: "cli", detail: { filter, rows, out: dest } });
  say(`已导出 ${rows} 条审计记录${dest ? `到 ${dest}` : ""}。`);
}

/** fs.writeSync may write less than asked (a pipe); loop until all bytes are out. */
function writeAll(fd: number, text: string): void {
  const buf = Buffer.from(text, "utf8");
  let offset = 0;
  while (offset < buf.length) {
    try {
      offset += fs.writeSync(fd, buf, offset);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "EAGAIN") continue;
      throw err;
    }
  }
}
