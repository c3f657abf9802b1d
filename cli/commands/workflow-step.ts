import { buildTree, isLeaf, type CellValues } from "@/lib";
import { getTemplate } from "@/lib/templates";
import { canSubmitCompiled, compiledValues, deadlineFor, lateness, readiness, statusLabel, transition, type WorkflowEvent } from "@/lib/workflow";
import { changeThreshold } from "@/lib/workflow/cycle-change";
import type { Db } from "../../db/client";
import { DbError } from "../../db/errors";
import { getCycleByYear, getRoster } from "../../db/queries/cycles";
import { previousApprovedValues } from "../../db/queries/previous-values";
import { getSubmission, listSubmissionStatuses, listSubmissionValues } from "../../db/queries/submissions";
import { getWorkflowState } from "../../db/queries/workflow-state";
import { replaceSubmissions } from "../../db/mutations/submissions";
import { resolveComments } from "../../db/mutations/submission-comments";
import { applyTransition } from "../../db/mutations/workflow-transition";
import { appendAudit } from "../../db/mutations/audit";
import { choice, parse, yearOption } from "../args";
import { RefusedError, say, UsageError } from "../io";

export const usage =
  "workflow:step --year Y --org CODE --step ready|signoff|return|approve [--signer 姓名] [--comment 文本]… [--cell-comment 单元格=文本]…\n" +
  "                                 以管理命令推进一个单位的报送流程（演示数据、历史补录）：与界面相同的\n" +
  "                                 状态规则与检查（待签发须数据完整、提示已说明；汇总单位须下级全部通过，\n" +
  "                                 标记待签发时保存汇总结果）；签发记录签发人与时间（逾期照常记录），退回须有意见";

const STEPS = ["ready", "signoff", "return", "approve"] as const;

function explanationMap(list: { ruleKey: string; text: string }[]): Record<string, string> {
  return Object.fromEntries(list.map((e) => [e.ruleKey, e.text]));
}

export function run(db: Db, argv: string[]): void {
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
  const cycle = getCycleByYear(db, year);
  if (!cycle) throw new RefusedError(`${year} 年度的填报周期不存在`);
  const template = getTemplate(cycle.templateId);
  const tree = buildTree(getRoster(db, cycle.id));
  const node = tree.byCode.get(values.org);
  if (!node) throw new RefusedError(`单位代码 ${values.org} 不在 ${year} 年度的单位名册中`);
  const state = getWorkflowState(db, cycle.id, node.orgId);
  const leaf = isLeaf(tree, node.orgId);
  const at = Date.now();
  const statuses = listSubmissionStatuses(db, cycle.id);
  const unapproved = leaf ? [] : canSubmitCompiled(tree, node.orgId, statuses).unapproved.map((n) => n.name);
  const previous = previousApprovedValues(db, year, template.id, node.code);
  const ctx = { correctionRequested: state?.openCorrection != null };
  const refuse = (reason: string): never => {
    throw new RefusedError(`${node.name}（${node.code}）：${reason}`);
  };
  const need = () => state ?? refuse("尚未填报");
  let detail: Record<string, unknown> = {};

  try {
    if (step === "ready") {
      let subject: CellValues;
      if (leaf) subject = getSubmission(db, cycle.id, node.orgId)?.values ?? refuse("尚未填报");
      else {
        const leafValues = new Map(listSubmissionValues(db, cycle.id, ["approved"]).map((s) => [s.orgId, s.values]));
        subject = compiledValues(tree, node.orgId, statuses, leafValues);
      }
      const stored = getSubmission(db, cycle.id, node.orgId);
      const r = readiness(template, subject, explanationMap(stored?.explanations ?? []), previous, changeThreshold(cycle));
      const event: WorkflowEvent = { type: "mark-ready", readiness: r, unapprovedChildren: unapproved };
      const next = transition(state?.status ?? (leaf ? null : "draft"), event, ctx);
      if (!next.ok) refuse(next.reason);
      if (leaf) {
        const s = need();
        applyTransition(db, { submissionId: s.submissionId, expectedVersion: s.version, expectedStatus: s.status, status: "ready", at, userId: null });
      } else {
        replaceSubmissions(db, cycle.id, [{ orgId: node.orgId, status: "ready", values: subject, expectedVersion: state?.version ?? 0, onlyFrom: ["draft", "returned"] }], null);
      }
      detail = { warnings: r.warnings.length, ...(leaf ? {} : { compiled: true }) };
    } else if (step === "signoff") {
      const s = need();
      const signerName = values.signer?.trim() ?? "";
      const next = transition(s.status, { type: "sign-off", signerName, unapprovedChildren: unapproved }, ctx);
      if (!next.ok) refuse(next.reason);
      const deadline = deadlineFor(cycle.deadlines, node.kind, "submit");
      const late = lateness(at, deadline);
      applyTransition(db, { submissionId: s.submissionId, expectedVersion: s.version, expectedStatus: s.status, status: "submitted", at, userId: null, signoff: { signerName, kind: "stats", deadline, late: late.late } });
      resolveComments(db, s.submissionId, at);
      detail = { signer: signerName, ...late };
    } else if (step === "return") {
      const s = need();
      const comments = [
        ...(values.comment ?? []).map((text) => ({ cellCode: null as string | null, text: text.trim() })),
        ...(values["cell-comment"] ?? []).map((pair) => {
          const i = pair.indexOf("=");
          const cellCode = i > 0 ? pair.slice(0, i).trim() : "";
          if (!template.cell(cellCode)) throw new UsageError(`--cell-comment 应为 单元格代码=意见，且单元格存在：${pair}`);
          return { cellCode: cellCode as string | null, text: pair.slice(i + 1).trim() };
        }),
      ].filter((c) => c.text);
      const next = transition(s.status, { type: "return", comments }, ctx);
      if (!next.ok) refuse(next.reason);
      applyTransition(db, { submissionId: s.submissionId, expectedVersion: s.version, expectedStatus: s.status, status: "returned", at, userId: null, comments });
      detail = { comments };
    } else {
      const s = need();
      const next = transition(s.status, { type: "approve" }, ctx);
      if (!next.ok) refuse(next.reason);
      applyTransition(db, { submissionId: s.submissionId, expectedVersion: s.version, expectedStatus: s.status, status: "approved", at, userId: null });
    }
  } catch (err) {
    if (err instanceof DbError) refuse(err.message);
    throw err;
  }
  const after = getWorkflowState(db, cycle.id, node.orgId)!;
  appendAudit(db, {
    action: `stats.${step === "ready" ? "ready" : step === "signoff" ? "signoff" : step}`,
    username: "cli",
    targetType: "submission",
    targetId: `${year}/${node.code}`,
    detail: { before: state?.status ?? null, after: after.status, version: after.version, ...detail },
  });
  say(`${node.name}（${node.code}）${year} 年度：${statusLabel(state?.status)} → ${statusLabel(after.status)}（第 ${after.version} 版）。`);
}
