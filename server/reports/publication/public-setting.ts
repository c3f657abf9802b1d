import { setPublicListSchema } from "@/lib/validation/public-list";
import type { Db } from "@/db/client";
import { getSetting } from "@/db/queries/settings";
import { putSetting } from "@/db/mutations/settings";
import { auditChange } from "../../kernel/audit-change";
import { defineCommand } from "../../kernel/command";

/**
 * Reports are published in the government's 政府信息公开 column, not on a second site: this
 * app's own public list (and its public PDFs) are off unless the office turns them on, e.g. to
 * preview on an intranet.
 */
const KEY = "public_reports";

export function publicListEnabled(db: Db): boolean {
  const v = getSetting(db, KEY) as { enabled?: unknown } | null;
  return v?.enabled === true;
}

/** Turns the public list on or off (cycle.manage: the 系统管理员), audited with before and after. */
export const setPublicList = defineCommand({
  name: "report.public_list",
  schema: setPublicListSchema,
  permission: () => ({ action: "cycle.manage", target: { kind: "global" } }),
  run(input, ctx) {
    const before = { enabled: publicListEnabled(ctx.db) };
    putSetting(ctx.db, KEY, { enabled: input.enabled }, ctx.user.id, ctx.now);
    auditChange(ctx, { action: "report.public_list", targetType: "setting", targetId: KEY, before, after: { enabled: input.enabled } });
    return { enabled: input.enabled };
  },
});
