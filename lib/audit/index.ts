/**
 * The audit trail's pure core: canonical rows, the HMAC chain (SHA-256 or SM3), checkpoint
 * lines, verdict messages, CSV lines and the shared filter. Uses node:crypto, so client
 * components import "@/lib/audit/filter" directly instead of this index.
 */
export * from "./canonical";
export * from "./hmac";
export * from "./chain";
export * from "./checkpoint";
export * from "./time";
export * from "./filter";
export * from "./csv";
export * from "./messages";
export { continuesEditingSession, type SaveDetail } from "./editing-session";
