import { IMPORT_EXPLANATION, isLeaf, type CellValues } from "@/lib";
import type { ImportCommitResult } from "@/lib/contracts/import-preview";
import { replaceSubmissions, type ReplaceSubmissionItem } from "@/db/mutations/submissions";
import { previousLineReader } from "@/db/queries/previous-values";
import { defineCommand } from "../../kernel/command";
import { atomically } from "../../kernel/atomically";
import { CommandError, conflict } from "../../kernel/errors";
import { allOrgAttributes } from "../../orgs/attributes";
import { compiledItems } from "../import-submissions";
import { planImport } from "./plan";
import { commitTablesSchema } from "./schema";

/**
 * Saves the previewed tables, all or nothing in one transaction: checked again from the same
 * files, refused when anything refuses or when the content or a stored version differs from the
 * preview (the fingerprint). A draft upload goes the form's way (drafts only, over 草稿 or 已退回,
 * each unit's lock version checked); a submitted or approved import is the office's, with
 * warnings explained as “导入时未说明” and, when approved, the compiled results above approved
 * too (decision 011). Audited per unit as whoever uploaded (the reviewer, when a reviewer did).
 */
export const commitImport = defineCommand({
  name: "stats.import.commit",
  schema: commitTablesSchema,
  permission: "self",
  run(input, ctx): ImportCommitResult {
    const { db, user, now } = ctx;
    const plan = planImport(ctx, input);
    const { preview, units, loaded } = plan;
    if (!preview.ok) throw new CommandError(422, `发现 ${preview.hardCount} 处问题，未保存任何数据`);
    if (preview.fingerprint !== input.fingerprint) throw conflict("文件或单位的数据在预览之后已改变，未保存任何数据，请重新预览");
    const draft = input.status === "draft";
    const explanation = input.explanation || IMPORT_EXPLANATION;
    const items: ReplaceSubmissionItem[] = units.map((u) =>
      draft
        ? { orgId: u.node.orgId, status: "draft", values: u.values, expectedVersion: u.storedVersion, onlyFrom: ["draft", "returned"] }
        : { orgId: u.node.orgId, status: input.status, values: u.values, expectedVersion: u.storedVersion, explanations: u.warnings.map((w) => ({ ruleKey: w.key, text: explanation })) },
    );
    return atomically(db, () => {
      let compiled: ReturnType<typeof compiledItems> = [];
      if (input.status === "approved" && units.some((u) => !u.compiledHistory)) {
        const previousOf = previousLineReader(db, input.year, loaded.template.id);
        const previous = new Map<number, CellValues>();
        for (const n of loaded.tree.nodes.values()) {
          const v = isLeaf(loaded.tree, n.orgId) ? undefined : previousOf?.(n.code)?.values;
          if (v) previous.set(n.orgId, v);
        }
        const leafItems = items.filter((_, i) => !units[i]!.compiledHistory);
        compiled = compiledItems(db, loaded, leafItems, previous, explanation, allOrgAttributes(db));
      }
      const saved = replaceSubmissions(db, loaded.cycle.id, [...items, ...compiled.map((c) => c.item)], user.id, now);
      units.forEach((u, i) => {
        ctx.audit({
          action: draft ? "stats.import.file" : "stats.import.history",
          targetType: "submission",
          targetId: `${input.year}/${u.node.code}`,
          detail: {
            file: u.source,
            status: input.status,
            fromVersion: u.storedVersion,
            version: saved[i]!.version,
            cells: Object.keys(u.values).length,
            warnings: u.warnings.length,
            ...(u.asReviewer ? { asReviewer: true } : {}),
            ...(u.compiledHistory ? { compiledHistory: true } : {}),
            ...(compiled.length && i === 0 ? { compiled: compiled.map((c) => loaded.tree.nodes.get(c.item.orgId)!.code) } : {}),
          },
        });
      });
      const addressOf = new Map(preview.units.map((p) => [p.orgCode, p]));
      return {
        year: input.year,
        status: input.status,
        units: units.map((u, i) => ({ orgCode: u.node.code, orgName: u.node.name, version: saved[i]!.version })),
        warnings: units.flatMap((u) =>
          (addressOf.get(u.node.code)?.messages ?? []).filter((m) => m.severity === "warning").map((m) => ({ orgCode: u.node.code, cells: m.cells, addresses: m.addresses, message: m.message })),
        ),
        compiled: compiled.map((c) => ({ code: loaded.tree.nodes.get(c.item.orgId)!.code, name: loaded.tree.nodes.get(c.item.orgId)!.name })),
      };
    });
  },
});
