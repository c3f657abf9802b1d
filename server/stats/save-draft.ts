import { buildTree, computeSums, isLeaf, parseTableInput } from "@/lib";
import { getTemplate } from "@/lib/templates";
import { EDITABLE_STATUSES } from "@/lib/workflow";
import { saveDraftSchema } from "@/lib/validation/draft";
import { continuesEditingSession, type SaveDetail } from "@/lib/audit/editing-session";
import { lastAuditForTarget } from "@/db/queries/audit";
import { getCycleByYear, getRoster } from "@/db/queries/cycles";
import { getOrganisationByCode } from "@/db/queries/orgs";
import { replaceSubmissions } from "@/db/mutations/submissions";
import { defineCommand } from "../kernel/command";
import { invalid, notFound } from "../kernel/errors";

/**
 * Saves a unit's statistics as a draft: every cell parsed by the one parser, sums computed,
 * refused (nothing written) when someone saved since the form was loaded or when the
 * submission has already gone up.
 */
export const saveDraft = defineCommand({
  name: "stats.save",
  schema: saveDraftSchema,
  permission: (input, { db }) => ({ action: "stats.edit", target: { kind: "org", orgId: getOrganisationByCode(db, input.orgCode)?.id ?? -1 }, year: input.year }),
  run(input, { user, db, now, audit }) {
    const cycle = getCycleByYear(db, input.year);
    if (!cycle) throw notFound(`${input.year} 年度的填报周期`);
    const roster = buildTree(getRoster(db, cycle.id));
    const node = roster.byCode.get(input.orgCode);
    if (!node) throw notFound(`单位 ${input.orgCode}（${input.year} 年度名册中）`);
    if (!isLeaf(roster, node.orgId)) throw invalid("汇总单位的数据由下级单位汇总生成，不能直接填报");
    const template = getTemplate(cycle.templateId);
    const parsed = parseTableInput(template, input.values);
    if (Object.keys(parsed.errors).length) throw invalid("有单元格填写不正确", parsed.errors);
    const values = computeSums(template, parsed.values);
    const [saved] = replaceSubmissions(
      db,
      cycle.id,
      [{ orgId: node.orgId, status: "draft", values, expectedVersion: input.version, onlyFrom: [...EDITABLE_STATUSES] }],
      user.id,
      now,
    );
    const targetId = `${input.year}/${input.orgCode}`;
    if (!continuesEditingSession(lastAuditForTarget(db, "submission", targetId), user.id, user.sid)) {
      const detail: SaveDetail = { sid: user.sid, fromVersion: input.version, version: saved!.version, cells: Object.keys(values).length };
      audit({ action: "stats.save", targetType: "submission", targetId, detail });
    }
    return { version: saved!.version };
  },
});
