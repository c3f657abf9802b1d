import { z } from "zod";
import "./zod-config";
import { ORG_KIND_LABELS, ORG_KINDS, orgRowSchema } from "../import/validate-orgs";

/**
 * The organisation forms and their commands (add, rename, move, merge, deactivate, import).
 * Codes and names follow the import's row rules (lib/import), so a unit added by hand could
 * also have come from a file.
 */
export const ORG_CODE_MAX_LENGTH = 32;
export const ORG_NAME_MAX_LENGTH = 100;
/** Rows of one import (a region with all its 旗县 and departments is a few thousand). */
export const ORG_IMPORT_MAX_ROWS = 20_000;

const code = orgRowSchema.shape.code;
const name = orgRowSchema.shape.name;
const otherCode = (message: string) => z.string({ error: message }).trim().min(1, message).max(ORG_CODE_MAX_LENGTH, message);

/** One of ORG_KINDS (lib/import/validate-orgs). */
export const orgKindSchema = z.enum(ORG_KINDS, { error: `请选择单位类型（${ORG_KINDS.map((k) => ORG_KIND_LABELS[k]).join("、")} 之一）` });

/** 新增单位: code, name, kind and the parent's code. */
export const createOrganisationSchema = z.object({
  code,
  name,
  kind: orgKindSchema,
  /** Empty or null only for the first unit (the root). */
  parentCode: z
    .string()
    .trim()
    .max(ORG_CODE_MAX_LENGTH, "上级单位代码过长")
    .nullish()
    .transform((v) => v || null),
});

/** 重命名: the unit (route) and its new name. */
export const renameOrganisationSchema = z.object({ code: otherCode("请指定单位"), name });

/** 移动: the unit (route) and the code of its new parent. */
export const moveOrganisationSchema = z.object({ code: otherCode("请指定单位"), parentCode: otherCode("请选择新的上级单位") });

/** 合并: the unit merged away (route) and the code of the unit it goes into. */
export const mergeOrganisationSchema = z.object({ code: otherCode("请指定单位"), successorCode: otherCode("请选择合并后的单位") });

/** 规章制定权: the unit (route) and whether it has it. */
export const setRuleMakingSchema = z.object({ code: otherCode("请指定单位"), ruleMaking: z.boolean({ error: "请选择是否有规章制定权" }) });

/** Deactivate, reactivate, delete: the unit's code (from the route). */
export const orgCodeSchema = z.object({ code: otherCode("请指定单位") });

const importCell = z.union([z.string(), z.number()]).transform(String);

/**
 * The rows of an import (a parsed CSV/XLSX or a JSON body). Each row is checked by the import
 * plan, which refuses bad rows one by one rather than the whole request.
 */
export const orgImportSchema = z.object({
  rows: z
    .array(
      z.object({
        code: importCell,
        name: importCell,
        parentCode: importCell.nullish().transform((v) => v ?? null),
        kind: importCell,
        /** rule_making: 1/0, blank or absent: unchanged. */
        ruleMaking: importCell.nullish(),
      }),
      { error: "导入内容应为单位列表" },
    )
    .min(1, "导入文件中没有单位")
    .max(ORG_IMPORT_MAX_ROWS, `一次最多导入 ${ORG_IMPORT_MAX_ROWS} 个单位`),
});

export type CreateOrganisationInput = z.input<typeof createOrganisationSchema>;
export type RenameOrganisationInput = z.input<typeof renameOrganisationSchema>;
export type SetRuleMakingInput = z.input<typeof setRuleMakingSchema>;
export type MoveOrganisationInput = z.input<typeof moveOrganisationSchema>;
export type MergeOrganisationInput = z.input<typeof mergeOrganisationSchema>;
export type OrgImportInput = z.input<typeof orgImportSchema>;
