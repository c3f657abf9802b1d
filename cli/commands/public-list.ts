import type { Db } from "../../db/client";
import { setPublicList } from "../../server/reports/publication/public-setting";
import { runAsConsole } from "../console";
import { say, UsageError } from "../io";

export const usage =
  "public:list on|off                开放或关闭本系统的公开报告列表 /public/reports（默认关闭：报告在各单位的\n" +
  "                                 政府信息公开专栏发布；开放仅供内网预览）";

export async function run(db: Db, argv: string[]): Promise<void> {
  const [choice, ...rest] = argv;
  if ((choice !== "on" && choice !== "off") || rest.length) throw new UsageError("用法：public:list on|off");
  const r = await runAsConsole(db, setPublicList, { enabled: choice === "on" });
  say(r.enabled ? "已开放公开报告列表：/public/reports（无需登录）。" : "已关闭公开报告列表。");
}
