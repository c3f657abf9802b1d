/** The audit_log columns under their TypeScript names, for raw statements (reads give AuditEntry shapes). */
export const AUDIT_SELECT = `select id, at, user_id as userId, username, ip, action, target_type as targetType,
  target_id as targetId, detail_json as detailJson, prev_hash as prevHash, hash, hash_alg as hashAlg from audit_log`;
