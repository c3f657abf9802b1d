CREATE TABLE `report_drafts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`cycle_id` integer NOT NULL,
	`org_id` integer NOT NULL,
	`doc_json` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`updated_by` integer,
	FOREIGN KEY (`cycle_id`) REFERENCES `cycles`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`updated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `report_drafts_cycle_org_uq` ON `report_drafts` (`cycle_id`,`org_id`);--> statement-breakpoint
CREATE TABLE `report_publications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`cycle_id` integer NOT NULL,
	`org_id` integer NOT NULL,
	`version` integer NOT NULL,
	`draft_version` integer NOT NULL,
	`compiled` integer NOT NULL,
	`title` text NOT NULL,
	`snapshot_json` text NOT NULL,
	`data_sha256` text NOT NULL,
	`pdf` blob NOT NULL,
	`pdf_sha256` text NOT NULL,
	`index_no` text,
	`publisher` text NOT NULL,
	`written_date` text NOT NULL,
	`published_at` integer NOT NULL,
	`published_by` integer,
	`signer_name` text NOT NULL,
	`signed_at` integer NOT NULL,
	`secrecy_name` text NOT NULL,
	`secrecy_at` integer NOT NULL,
	`correction_note` text,
	`correction_date` text,
	`official_url` text,
	`official_date` text,
	FOREIGN KEY (`cycle_id`) REFERENCES `cycles`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`published_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `report_publications_published_idx` ON `report_publications` (`published_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `report_publications_cycle_org_version_uq` ON `report_publications` (`cycle_id`,`org_id`,`version`);--> statement-breakpoint
CREATE TABLE `report_reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`cycle_id` integer NOT NULL,
	`org_id` integer NOT NULL,
	`draft_version` integer NOT NULL,
	`kind` text NOT NULL,
	`user_id` integer,
	`user_name` text NOT NULL,
	`note` text,
	`at` integer NOT NULL,
	FOREIGN KEY (`cycle_id`) REFERENCES `cycles`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `report_reviews_cycle_org_idx` ON `report_reviews` (`cycle_id`,`org_id`,`draft_version`);