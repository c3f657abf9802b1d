import { z } from "zod";
import { cleanScanName, MAX_SCAN_BYTES, SCAN_TOO_LARGE, SCAN_WRONG_TYPE, sniffScanType } from "@/lib/review";
import { addAttachment } from "@/db/mutations/attachments";
import { VersionConflictError } from "@/db/errors";
import { defineCommand } from "../kernel/command";
import { CommandError, notFound } from "../kernel/errors";
import { auditTarget, loadUnit, unitTarget } from "./unit";

/** POST …/attachments (multipart): the file's bytes and name; the version the uploader saw (optional). */
export const uploadScanSchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100),
  orgCode: z.string().min(1).max(32),
  version: z.coerce.number().int().min(1).optional(),
  fileName: z.string().max(500),
  bytes: z.instanceof(Uint8Array, { error: "请选择要上传的文件" }),
});
export type UploadScanInput = z.infer<typeof uploadScanSchema>;

/**
 * The unit's 填报员 or 负责人 (stats.submit) attach the sealed 报送单 scan to the signed version
 * (已报送 or 已通过; otherwise 409). PDF, JPEG or PNG by their first bytes (422 otherwise), at most
 * 10 MB (413). Stored with its SHA-256; audited.
 */
export const uploadScan = defineCommand({
  name: "stats.attachment.upload",
  schema: uploadScanSchema,
  permission: (input, { db }) => ({ action: "stats.submit", target: unitTarget(db, input.orgCode), year: input.year }),
  run(input, { user, db, now, audit }) {
    if (input.bytes.byteLength === 0) throw new CommandError(422, "上传的文件是空的");
    if (input.bytes.byteLength > MAX_SCAN_BYTES) throw new CommandError(413, SCAN_TOO_LARGE);
    const type = sniffScanType(input.bytes);
    if (!type) throw new CommandError(422, SCAN_WRONG_TYPE);
    const unit = loadUnit(db, input.year, input.orgCode);
    const state = unit.state;
    if (!state) throw notFound(`单位 ${unit.node.code} 的填报数据`);
    if (input.version !== undefined && input.version !== state.version) throw new VersionConflictError(unit.node.orgId, input.version, state.version);
    if (state.status !== "submitted" && state.status !== "approved") {
      throw new CommandError(409, "只有已签发报送（已报送或已通过）的统计数据才能上传盖章扫描件");
    }
    const fileName = cleanScanName(input.fileName, type);
    const bytes = Buffer.from(input.bytes.buffer, input.bytes.byteOffset, input.bytes.byteLength);
    const saved = addAttachment(db, { submissionId: state.submissionId, version: state.version, fileName, mime: type.mime, bytes, uploadedBy: user.id, at: now });
    audit({ action: "stats.attachment.upload",
      ...auditTarget(input.year, input.orgCode),
      detail: { attachmentId: saved.id, version: state.version, fileName, mime: type.mime, size: bytes.length, sha256: saved.sha256 },
    });
    return { id: saved.id, version: state.version, fileName, mime: type.mime, size: bytes.length, sha256: saved.sha256, at: now, uploaderName: user.displayName };
  },
});
