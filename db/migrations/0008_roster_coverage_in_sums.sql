ALTER TABLE `roster_entries` ADD `coverage` text DEFAULT 'area' NOT NULL;--> statement-breakpoint
ALTER TABLE `roster_entries` ADD `in_sums` integer DEFAULT true NOT NULL;