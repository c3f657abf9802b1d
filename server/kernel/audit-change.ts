import type { CommandContext } from "./command";

/** Records a command's change in the audit log: who, from where, what, and before/after. */
export function auditChange(
  ctx: CommandContext,
  entry: { action: string; targetType: string; targetId: string | number; before?: unknown; after?: unknown; extra?: Record<string, unknown> },
): void {
  ctx.audit({
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    detail: { before: entry.before ?? null, after: entry.after ?? null, ...entry.extra },
  });
}
