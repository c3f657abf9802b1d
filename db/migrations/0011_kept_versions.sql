DROP INDEX `submission_versions_submission_version_uq`;--> statement-breakpoint
ALTER TABLE `submission_versions` ADD `point` text;--> statement-breakpoint
ALTER TABLE `submission_versions` ADD `kept` integer;--> statement-breakpoint
CREATE INDEX `submission_versions_submission_version_idx` ON `submission_versions` (`submission_id`,`version`);--> statement-breakpoint
CREATE UNIQUE INDEX `submission_versions_submission_kept_uq` ON `submission_versions` (`submission_id`,`kept`);--> statement-breakpoint
ALTER TABLE `signoffs` ADD `kept_version` integer;