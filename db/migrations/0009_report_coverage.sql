DROP INDEX `report_drafts_cycle_org_uq`;--> statement-breakpoint
ALTER TABLE `report_drafts` ADD `coverage` text DEFAULT 'area' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `report_drafts_cycle_org_coverage_uq` ON `report_drafts` (`cycle_id`,`org_id`,`coverage`);--> statement-breakpoint
DROP INDEX `report_publications_cycle_org_version_uq`;--> statement-breakpoint
ALTER TABLE `report_publications` ADD `coverage` text DEFAULT 'area' NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `report_publications_cycle_org_coverage_version_uq` ON `report_publications` (`cycle_id`,`org_id`,`coverage`,`version`);--> statement-breakpoint
DROP INDEX `report_reviews_cycle_org_idx`;--> statement-breakpoint
ALTER TABLE `report_reviews` ADD `coverage` text DEFAULT 'area' NOT NULL;--> statement-breakpoint
CREATE INDEX `report_reviews_cycle_org_coverage_idx` ON `report_reviews` (`cycle_id`,`org_id`,`coverage`,`draft_version`);--> statement-breakpoint
UPDATE `report_drafts` SET `coverage` = 'own' WHERE EXISTS (SELECT 1 FROM `roster_entries` r WHERE r.`cycle_id` = `report_drafts`.`cycle_id` AND r.`org_id` = `report_drafts`.`org_id` AND r.`coverage` = 'own');--> statement-breakpoint
UPDATE `report_reviews` SET `coverage` = 'own' WHERE EXISTS (SELECT 1 FROM `roster_entries` r WHERE r.`cycle_id` = `report_reviews`.`cycle_id` AND r.`org_id` = `report_reviews`.`org_id` AND r.`coverage` = 'own');--> statement-breakpoint
UPDATE `report_publications` SET `coverage` = 'own' WHERE EXISTS (SELECT 1 FROM `roster_entries` r WHERE r.`cycle_id` = `report_publications`.`cycle_id` AND r.`org_id` = `report_publications`.`org_id` AND r.`coverage` = 'own');--> statement-breakpoint
UPDATE `settings` SET `key` = `key` || ':own' WHERE `key` IN (SELECT 'report_fields:' || c.`year` || ':' || r.`code` FROM `roster_entries` r JOIN `cycles` c ON c.`id` = r.`cycle_id` WHERE r.`coverage` = 'own');
