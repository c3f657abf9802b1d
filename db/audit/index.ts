/** The audit trail's storage side: settings (key and checkpoint files), verification. Appending is db/mutations/audit. */
export { AuditKeyError, createAuditKeyFile, parseAuditKey, readAuditKeyFile } from "./key";
export { readCheckpointFile } from "./checkpoints";
export {
  AUDIT_CHECKPOINT_FILE_NAME,
  AUDIT_KEY_FILE_NAME,
  AUDIT_KEY_LOCATION_FILE_NAME,
  auditKeyBesideDatabase,
  auditState,
  configureAudit,
  resolveAuditAlg,
  resolveAuditFiles,
  type AuditSettingsInput,
} from "./settings";
export { verifyAuditLog, type AuditVerifyReport } from "./verify";
