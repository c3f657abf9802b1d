import fs from "node:fs";
import type { OpenedDb } from "../../db/client";
import { parse } from "../args";
import { resolveUserPath, RefusedError, say } from "../io";

export const usage = "db:backup FILE                  在线备份数据库到 FILE（运行中的系统也可备份）";

export async function run(opened: OpenedDb, argv: string[]): Promise<void> {
  const { positionals } = parse(argv, {}, 1);
  const dest = resolveUserPath(positionals[0]!);
  if (fs.existsSync(dest)) throw new RefusedError(`目标文件已存在，未覆盖：${dest}`);
  await opened.sqlite.backup(dest);
  say(`已备份到 ${dest}（${fs.statSync(dest).size} 字节）。`);
}
