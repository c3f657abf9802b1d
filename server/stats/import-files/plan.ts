import { createHash } from "node:crypto";
import { formatScaled, isLeaf, leavesUnder, type CellValues, type Issue, type Template } from "@/lib";
import { checkParsedTable, type ImportMessage } from "@/lib/import/check-parsed";
import type { ParsedUnitTable } from "@/lib/import";
import { statusLabel } from "@/lib/workflow";
import { changeThreshold } from "@/lib/workflow/cycle-change";
import type { ImportPreview, ImportPreviewChange, ImportPreviewUnit } from "@/lib/contracts/import-preview";
import type { OrgTree, RosterNode } from "@/lib/org-tree";
import { previousLineReader } from "@/db/queries/previous-values";
import { getSubmission, listSubmissionStatuses } from "@/db/queries/submissions";
import type { CommandContext } from "../../kernel/command";
import { canOn } from "../../kernel/can";
import { CommandError, notFound } from "../../kernel/errors";
import { treeAccessFor } from "../../orgs/tree";
import { allOrgAttributes } from "../../orgs/attributes";
import { loadCycleTotals, type CycleTotals } from "../cycle-totals";
import type { ImportTables } from "./schema";

/** A unit's table once checked: what the commit writes. */
export type PlannedUnit = {
  node: RosterNode;
  source: string;
  asReviewer: boolean;
  storedVersion: number;
  values: CellValues;
  warnings: Issue[];
  messages: ImportMessage[];
  /** A compiling unit's own published table (history for year-on-year only, decision 017). */
  compiledHistory: boolean;
};

export type ImportPlan = { loaded: CycleTotals; preview: ImportPreview; units: PlannedUnit[] };

/** Statuses a draft upload may not replace: signed (待签发, 已报送) or approved data. */
const LOCKED_FOR_DRAFT = new Set(["ready", "submitted", "approved"]);

const hard = (message: string, addresses: string[] = []): ImportMessage => ({ severity: "hard", cells: [], addresses, message });

function changesOf(template: Template, stored: CellValues, next: CellValues, table: ParsedUnitTable): ImportPreviewChange[] {
  const out: ImportPreviewChange[] = [];
  for (const c of template.cells) {
    const a = stored[c.code];
    const b = next[c.code];
    if (a === b) continue;
    out.push({
      cell: c.code,
      name: c.name,
      address: table.addresses[c.code] ?? null,
      from: a === undefined ? null : formatScaled(a, c.scale),
      to: b === undefined ? null : formatScaled(b, c.scale),
    });
  }
  return out;
}

/** The table's unit: the code in the file, or the one the user gave; a file naming another unit is refused. */
function unitOf(table: ParsedUnitTable, org: string | undefined, tree: OrgTree, year: number): { node: RosterNode } | { refusal: string } {
  if (table.orgCode && org && table.orgCode !== org) {
    return { refusal: `文件中的单位代码是 ${table.orgCode}，与指定的单位 ${org} 不一致` };
  }
  const code = table.orgCode ?? org;
  if (!code) return { refusal: "文件中没有单位代码，请指定要导入的单位" };
  const node = tree.byCode.get(code);
  return node ? { node } : { refusal: `单位代码 ${code} 不在 ${year} 年度的单位名册中` };
}

/**
 * Checks every uploaded table against the cycle (year, template, unit), the caller's right to
 * each unit, the unit's state and every rule, writing nothing. The same plan serves the preview
 * and the commit: the commit writes only a plan whose fingerprint the user saw.
 */
export function planImport(ctx: CommandContext, input: ImportTables): ImportPlan {
  const { db, user } = ctx;
  const loaded = loadCycleTotals(db, input.year);
  if (!loaded) throw notFound(`${input.year} 年度的填报周期`);
  const { cycle, template, tree } = loaded;
  const access = treeAccessFor(db, input.year);
  const statuses = listSubmissionStatuses(db, cycle.id);
  const previousOf = previousLineReader(db, input.year, template.id);
  const attributes = allOrgAttributes(db);
  const draft = input.status === "draft";
  // History and submitted data are the office's import (as submissions:import), never a unit's.
  if (!draft && !canOn(access, user, "cycle.manage", { kind: "global" })) throw new CommandError(403, "只有系统管理员可以导入历史数据或已报送的数据");
  const seen = new Map<number, string>();
  const units: PlannedUnit[] = [];
  const previewUnits: ImportPreviewUnit[] = [];

  for (const table of input.tables) {
    const refusals: ImportMessage[] = [];
    if (table.year !== null && table.year !== input.year) refusals.push(hard(`文件是 ${table.year} 年度的，不是 ${input.year} 年度的`));
    if (table.templateId !== template.id) {
      refusals.push(hard(`文件的表式（${table.templateId}）与 ${input.year} 年度使用的表式（${template.name}）不同`));
    }
    const unit = unitOf(table, input.org, tree, input.year);
    if ("refusal" in unit) {
      previewUnits.push({ source: table.source, orgCode: table.orgCode ?? input.org ?? null, orgName: null, statusLabel: "", asReviewer: false, changes: [], messages: [...refusals, hard(unit.refusal)] });
      continue;
    }
    const { node } = unit;
    const name = `${node.name}（${node.code}）`;
    const status = statuses.get(node.orgId) ?? null;
    const own = !user.system && user.orgId === node.orgId;
    const asReviewer = draft && !user.system && !own;
    if (draft) {
      const action = own ? "stats.edit" : "stats.import";
      // Refused outright, never previewed: the preview shows the unit's stored values.
      if (!canOn(access, user, action, { kind: "org", orgId: node.orgId })) {
        throw new CommandError(403, own ? `您没有填报${name}统计数据的权限` : `您没有上传${name}填报表的权限（只有本单位的填报员或直属上级单位的审核员可以上传）`);
      }
      if (status && LOCKED_FOR_DRAFT.has(status)) refusals.push(hard(`${name}的数据${statusLabel(status)}，不能上传覆盖；如需修改，请先退回或申请更正`));
    } else if (status === "approved" && input.status !== "approved") {
      refusals.push(hard(`${name}的数据已审核通过，不能覆盖（导入历史数据请使用 approved 状态）`));
    }
    const leaf = isLeaf(tree, node.orgId);
    let compiledHistory = false;
    if (!leaf) {
      if (input.status !== "approved") refusals.push(hard(`${name}是汇总单位，其数据由下级单位汇总生成，不能上传`));
      else if (leavesUnder(tree, node.orgId).some((l) => statuses.get(l.orgId) === "approved")) {
        refusals.push(hard(`${name}的下级单位已有审核通过的数据，其汇总结果由系统汇总得出，不能再导入已发布的汇总表`));
      } else compiledHistory = true;
    }
    if (seen.has(node.orgId)) refusals.push(hard(`${name}的统计表在「${seen.get(node.orgId)}」中已出现`));
    seen.set(node.orgId, table.source);

    const stored = getSubmission(db, cycle.id, node.orgId);
    const checked =
      table.templateId === template.id
        ? checkParsedTable(template, table, {
            requireComplete: !draft,
            previous: previousOf?.(node.code)?.values ?? null,
            change: changeThreshold(cycle),
            org: attributes.get(node.orgId) ?? null,
          })
        : { values: {}, messages: [], warnings: [] };
    const messages = [...refusals, ...checked.messages];
    previewUnits.push({
      source: table.source,
      orgCode: node.code,
      orgName: node.name,
      statusLabel: statusLabel(status),
      asReviewer,
      changes: changesOf(template, stored?.values ?? {}, checked.values, table),
      messages,
    });
    units.push({ node, source: table.source, asReviewer, storedVersion: stored?.version ?? 0, values: checked.values, warnings: checked.warnings, messages, compiledHistory });
  }

  const all = previewUnits.flatMap((u) => u.messages);
  const hardCount = all.filter((m) => m.severity === "hard").length;
  const preview: ImportPreview = {
    year: input.year,
    status: input.status,
    ok: hardCount === 0,
    hardCount,
    warningCount: all.length - hardCount,
    units: previewUnits,
    fingerprint: fingerprintOf(input, units),
  };
  return { loaded, preview, units };
}

/** Over what would be written and the versions it would replace: the same files on the same data give the same print. */
function fingerprintOf(input: ImportTables, units: PlannedUnit[]): string {
  const canonical = units.map((u) => [u.node.code, u.storedVersion, Object.entries(u.values).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, v.toString()])]);
  return createHash("sha256").update(JSON.stringify([input.year, input.status, input.org ?? null, canonical])).digest("hex");
}
