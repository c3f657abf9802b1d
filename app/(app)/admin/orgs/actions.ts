"use server";

import { createOrganisation } from "@/server/orgs/create";
import { deactivateOrganisation } from "@/server/orgs/deactivate";
import { deleteOrganisation } from "@/server/orgs/delete";
import { importOrganisations } from "@/server/orgs/import";
import { mergeOrganisation } from "@/server/orgs/merge";
import { moveOrganisation } from "@/server/orgs/move";
import { previewOrganisationImport } from "@/server/orgs/preview-import";
import { reactivateOrganisation } from "@/server/orgs/reactivate";
import { renameOrganisation } from "@/server/orgs/rename";
import { setOrganisationRuleMaking } from "@/server/orgs/set-rule-making";
import { pageAction } from "@/server/next/page-action";
import { execute, refusalBeforeUpload } from "@/server/next/execute";
import { readOrgImportFile } from "@/server/orgs/import-file";

const PATH = "/admin/orgs";

/** The page's 新增单位 (org.create). */
export async function createOrganisationAction(input: unknown) {
  return pageAction(createOrganisation, input, PATH);
}

/** The page's 重命名 (org.rename). */
export async function renameOrganisationAction(input: unknown) {
  return pageAction(renameOrganisation, input, PATH);
}

/** The page's 规章制定权 switch (org.rule_making). */
export async function setRuleMakingAction(input: unknown) {
  return pageAction(setOrganisationRuleMaking, input, PATH);
}

/** The page's 移动 (org.move). */
export async function moveOrganisationAction(input: unknown) {
  return pageAction(moveOrganisation, input, PATH);
}

/** The page's 合并 (org.merge). */
export async function mergeOrganisationAction(input: unknown) {
  return pageAction(mergeOrganisation, input, PATH);
}

/** The page's 停用 (org.deactivate). */
export async function deactivateOrganisationAction(input: unknown) {
  return pageAction(deactivateOrganisation, input, PATH);
}

/** The page's 启用 (org.reactivate). */
export async function reactivateOrganisationAction(input: unknown) {
  return pageAction(reactivateOrganisation, input, PATH);
}

/** The page's 删除 a unit nothing refers to (org.delete). */
export async function deleteOrganisationAction(input: unknown) {
  return pageAction(deleteOrganisation, input, PATH);
}

/**
 * The uploaded file's rows, or a refusal. The permission is checked before the upload is read
 * (the command checks it again), so nobody else makes the server parse files.
 */
async function rowsOfUpload(form: FormData) {
  const refused = await refusalBeforeUpload("org.manage", { kind: "global" });
  if (refused) return refused;
  const file = form.get("file");
  if (!(file instanceof File)) return { ok: false as const, status: 422, error: "请选择要导入的文件" };
  const read = await readOrgImportFile(file);
  return read.ok ? { ok: true as const, rows: read.rows } : { ok: false as const, status: 422, error: read.error };
}

/** The page's 导入 → 预览: reads the uploaded CSV/XLSX and reports each row (org.import.preview). */
export async function previewOrgImportAction(form: FormData) {
  const upload = await rowsOfUpload(form);
  return upload.ok ? execute(previewOrganisationImport, { rows: upload.rows }) : upload;
}

/** The page's 导入 → 确认导入: reads the same file again and imports all rows or none (org.import). */
export async function importOrgFileAction(form: FormData) {
  const upload = await rowsOfUpload(form);
  return upload.ok ? pageAction(importOrganisations, { rows: upload.rows }, PATH) : upload;
}
