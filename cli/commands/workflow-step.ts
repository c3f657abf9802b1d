import { statusLabel } from "@/lib/workflow";
import type { Db } from "../../db/client";
import { approve } from "../../server/workflow/approve";
import { markReady } from "../../server/workflow/mark-ready";
import { returnSubmission } from "../../server/workflow/return-submission";
import { signOff } from "../../server/workflow/sign-off";
import { loadUnitStatus } from "../../server/workflow/unit-status";
import { choice, parse, yearOption } from "../args";
import { runAsConsole } from "../console";
import { RefusedError, say, UsageError } from "../io";

export const usage =
  "workflow:step --year Y --org CODE --step ready|signoff|return|approve [--signer 姓名] [--comment 文本]… [--cell-comment 单元格=文本]…\n" +
  "                                 以管理命令推进一个单位的报送流程（演示数据、历史补录）：与界面相同的\n" +
  "                                 状态规则与检查（待签发须数据完整、提示已说明；汇总单位须下级全部通过，\n" +
  "                                 标记待签发时保存汇总结果）；签发记录签发人与时间（逾期照常记录），退回须有意见";

const STEPS = ["ready", "signoff", "return", "approve"] as const;

/**
 * Moves one unit one step with the web's commands (server/workflow/): the same rules, refusals
 * and audit entries, acting on the unit's current version. The console signs in the name of
 * `--signer` (it has no account of its own).
 */
export async function run(db: Db, argv: string[]): Promise<void> {
  const { values } = parse(
    argv,
    {
      year: { type: "string" },
      org: { type: "string" },
      step: { type: "string" },
      signer: { type: "string" },
      comment: { type: "string", multiple: true },
      "cell-comment": { type: "string", multiple: true },
    },
    0,
  );
  const year = yearOption(values.year);
  if (!values.org) throw new UsageError("缺少 --org");
  if (!values.step) throw new UsageError(`缺少 --step（${STEPS.join("|")}）`);
  const step = choice("step", values.step, STEPS, "ready");
  say(await workflowStep(db, { year, org: values.org, step, signer: values.signer, comments: values.comment, cellComments: values["cell-comment"] }));
}

export type StepOptions = {
  year: number;
  org: string;
  step: (typeof STEPS)[number];
  signer?: string;
  comments?: string[];
  /** "CELL=text" */
  cellComments?: string[];
};

/** Moves the unit one step as the console; answers the line to print. Also `demo:load`'s. */
export async function workflowStep(db: Db, { year, org, step, signer, comments: wholeComments, cellComments }: StepOptions): Promise<string> {
  const found = loadUnitStatus(db, year, org);
  if (!found.ok) throw new RefusedError(found.message);
  const before = found.unit;
  const unit = { year, orgCode: before.code, version: before.version };
  const prefix = `${before.name}（${before.code}）：`;

  let kept: number;
  if (step === "ready") kept = (await runAsConsole(db, markReady, unit, { prefix })).keptVersion;
  else if (step === "signoff") kept = (await runAsConsole(db, signOff, { ...unit, signerName: signer }, { prefix })).keptVersion!;
  else if (step === "approve") kept = (await runAsConsole(db, approve, unit, { prefix })).keptVersion!;
  else {
    const comments = [
      ...(wholeComments ?? []).map((text) => ({ text: text.trim() })),
      ...(cellComments ?? []).map((pair) => {
        const i = pair.indexOf("=");
        const cell = i > 0 ? pair.slice(0, i).trim() : "";
        if (!before.template.cell(cell)) throw new UsageError(`--cell-comment 应为 单元格代码=意见，且单元格存在：${pair}`);
        return { cell, text: pair.slice(i + 1).trim() };
      }),
    ].filter((c) => c.text);
    kept = (await runAsConsole(db, returnSubmission, { ...unit, comments }, { prefix })).keptVersion!;
  }

  const after = loadUnitStatus(db, year, before.code);
  if (!after.ok) throw new RefusedError(after.message);
  // 第 n 版: the kept version the step made; 版本号: the lock version (the API's version).
  return `${before.name}（${before.code}）${year} 年度：${statusLabel(before.status)} → ${statusLabel(after.unit.status)}（保留为第 ${kept} 版，版本号 ${after.unit.version}）。`;
}
