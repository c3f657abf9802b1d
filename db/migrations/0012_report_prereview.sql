CREATE TABLE `report_prereview_comments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`prereview_id` integer NOT NULL,
	`block_id` text NOT NULL,
	`paragraph` integer NOT NULL,
	`heading` text NOT NULL,
	`quote` text NOT NULL,
	`text` text NOT NULL,
	FOREIGN KEY (`prereview_id`) REFERENCES `report_prereviews`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `report_prereview_comments_prereview_idx` ON `report_prereview_comments` (`prereview_id`);--> statement-breakpoint
CREATE TABLE `report_prereviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`cycle_id` integer NOT NULL,
	`org_id` integer NOT NULL,
	`coverage` text DEFAULT 'area' NOT NULL,
	`kind` text NOT NULL,
	`draft_version` integer NOT NULL,
	`text_sha256` text NOT NULL,
	`user_id` integer,
	`user_name` text NOT NULL,
	`note` text,
	`at` integer NOT NULL,
	FOREIGN KEY (`cycle_id`) REFERENCES `cycles`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`org_id`) REFERENCES `organisations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `report_prereviews_cycle_org_coverage_idx` ON `report_prereviews` (`cycle_id`,`org_id`,`coverage`,`at`);--> statement-breakpoint
ALTER TABLE `cycles` ADD `prereview` integer DEFAULT true NOT NULL;--> statement-breakpoint
UPDATE `cycles` SET `prereview` = false;