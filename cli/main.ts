/**
 * The admin CLI: `npm run -s cli -- COMMAND …`. Data on stdout, messages on stderr;
 * exit 0 ok, 1 refused or failed, 2 usage error.
 */
import { openDb, resolveDbFile, type OpenedDb } from "../db/client";
import { RefusedError, say, UsageError } from "./io";
import * as orgsImport from "./commands/orgs-import";
import * as cycleCreate from "./commands/cycle-create";
import * as submissionsImport from "./commands/submissions-import";
import * as totals from "./commands/totals";
import * as dbBackup from "./commands/db-backup";
import * as userCreate from "./commands/user-create";
import * as report from "./commands/report";
import * as auditVerify from "./commands/audit-verify";
import * as auditExport from "./commands/audit-export";
import * as roleGrant from "./commands/role-grant";
import * as workflowStep from "./commands/workflow-step";
import * as templates from "./commands/templates";
import * as cycles from "./commands/cycles";
import * as demoLoad from "./commands/demo-load";
import * as rosterScope from "./commands/roster-scope";
import * as publicList from "./commands/public-list";
import * as exportFile from "./commands/export";
import * as templateXlsx from "./commands/template-xlsx";

type Command = { usage: string; run: (opened: OpenedDb, argv: string[]) => void | Promise<void> };

const commands: Record<string, Command> = {
  "orgs:import": { usage: orgsImport.usage, run: (o, a) => orgsImport.run(o.db, a) },
  "cycle:create": { usage: cycleCreate.usage, run: (o, a) => cycleCreate.run(o.db, a) },
  "submissions:import": { usage: submissionsImport.usage, run: (o, a) => submissionsImport.run(o.db, a) },
  totals: { usage: totals.usage, run: (o, a) => totals.run(o.db, a) },
  "db:backup": { usage: dbBackup.usage, run: (o, a) => dbBackup.run(o, a) },
  "db:migrate": { usage: "db:migrate                      建立或升级数据库（其他命令也会自动执行）", run: () => say("数据库已是最新结构。") },
  "user:create": { usage: userCreate.usage, run: (o, a) => userCreate.run(o.db, a) },
  report: { usage: report.usage, run: (o, a) => report.run(o.db, a) },
  "audit:verify": { usage: auditVerify.usage, run: (o, a) => auditVerify.run(o, a) },
  "audit:export": { usage: auditExport.usage, run: (o, a) => auditExport.run(o, a) },
  "role:grant": { usage: roleGrant.usage, run: (o, a) => roleGrant.run(o.db, a) },
  "workflow:step": { usage: workflowStep.usage, run: (o, a) => workflowStep.run(o.db, a) },
  templates: { usage: templates.usage, run: (_o, a) => templates.run(a) },
  cycles: { usage: cycles.usage, run: (o, a) => cycles.run(o.db, a) },
  "demo:load": { usage: demoLoad.usage, run: (o, a) => demoLoad.run(o.db, a) },
  "roster:scope": { usage: rosterScope.usage, run: (o, a) => rosterScope.run(o.db, a) },
  "public:list": { usage: publicList.usage, run: (o, a) => publicList.run(o.db, a) },
  export: { usage: exportFile.usage, run: (o, a) => exportFile.run(o.db, a) },
  "template:xlsx": { usage: templateXlsx.usage, run: (o, a) => templateXlsx.run(o.db, a) },
};

function help(): string {
  return [
    "年报编制系统 管理命令",
    "用法：npm run -s cli -- <命令> [选项]",
    "",
    ...Object.values(commands).map((c) => "  " + c.usage),
    "",
    "数据库文件：环境变量 NIANBAO_DB（默认 ./data/nianbao.db）。文件路径相对于运行命令时的目录。",
    "CSV 文件可为 UTF-8（可带 BOM）或 GB18030。退出码：0 成功，1 拒绝或失败，2 用法错误。",
  ].join("\n");
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(help() + "\n");
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    say(`未知命令：${name}\n\n${help()}`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    process.stdout.write(command.usage + "\n");
    return 0;
  }
  let opened: OpenedDb | undefined;
  try {
    opened = openDb(resolveDbFile());
    await command.run(opened, rest);
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      say(`用法错误：${err.message}\n  ${command.usage}`);
      return 2;
    }
    if (err instanceof RefusedError) {
      say(err.message);
      for (const d of err.details) say("  - " + d);
      return 1;
    }
    say(`失败：${(err as Error).stack ?? String(err)}`);
    return 1;
  } finally {
    opened?.close();
  }
}

main(process.argv.slice(2)).then((code) => process.exit(code));
