import type { ImportPreview } from "@/lib/contracts/import-preview";
import { defineCommand } from "../../kernel/command";
import { planImport } from "./plan";
import { importTablesSchema } from "./schema";

/**
 * What an upload of filled tables would change, unit by unit, with every error and warning at
 * its cells and file addresses; writes nothing. Each table's unit is authorised on its own
 * (the unit's 填报员, or the parent's 审核员 through stats.import; history needs cycle.manage),
 * in planImport, before any stored value is shown.
 */
export const previewImport = defineCommand({
  name: "stats.import.preview",
  schema: importTablesSchema,
  permission: "self",
  run(input, ctx): ImportPreview {
    return planImport(ctx, input).preview;
  },
});
