ALTER TABLE `audit_log` ADD `hash_alg` text;--> statement-breakpoint
CREATE INDEX `audit_log_user_at_idx` ON `audit_log` (`user_id`,`at`);--> statement-breakpoint
CREATE INDEX `audit_log_username_at_idx` ON `audit_log` (`username`,`at`);--> statement-breakpoint
CREATE INDEX `audit_log_action_at_idx` ON `audit_log` (`action`,`at`);--> statement-breakpoint
-- Hand-written below (drizzle-kit cannot express triggers): the audit log is append-only.
-- UPDATE and DELETE are refused outright; an INSERT with an explicit id at or below the current
-- last id is refused too (that closes INSERT OR REPLACE, which deletes without firing a DELETE
-- trigger). An automatic id reads as -1 in a BEFORE INSERT trigger, hence `NEW.id >= 0`.
-- A table rebuild (DROP TABLE) drops these triggers: tests/integration/audit/migration.test.ts
-- fails if a regenerated migration loses them. The HMAC chain (db/audit) catches what a writer
-- with direct file access does after dropping them.
CREATE TRIGGER `audit_log_no_update` BEFORE UPDATE ON `audit_log`
BEGIN
	SELECT RAISE(ABORT, '审计日志只能追加');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log`
BEGIN
	SELECT RAISE(ABORT, '审计日志只能追加');
END;
--> statement-breakpoint
CREATE TRIGGER `audit_log_insert_at_end` BEFORE INSERT ON `audit_log`
WHEN NEW.`id` >= 0 AND NEW.`id` <= (SELECT max(`id`) FROM `audit_log`)
BEGIN
	SELECT RAISE(ABORT, '审计日志只能追加');
END;
