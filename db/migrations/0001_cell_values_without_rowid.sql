-- cell_values as a WITHOUT ROWID table: rows are stored in (submission_id, cell_code) order in
-- one B-tree instead of a rowid table plus a separate primary-key index. On 90,000 x 58 values
-- the bulk insert took ~4.0 s instead of ~6.8 s and the file was half the size (105 vs 205 MB).
-- drizzle-kit cannot express WITHOUT ROWID, so this custom migration rebuilds the (still empty)
-- table; tests/integration/db/migrations.test.ts fails if a regenerated migration loses it.
CREATE TABLE `__new_cell_values` (
	`submission_id` integer NOT NULL,
	`cell_code` text NOT NULL,
	`value` integer NOT NULL,
	PRIMARY KEY(`submission_id`, `cell_code`),
	FOREIGN KEY (`submission_id`) REFERENCES `submissions`(`id`) ON UPDATE no action ON DELETE cascade
) WITHOUT ROWID;
--> statement-breakpoint
INSERT INTO `__new_cell_values` (`submission_id`, `cell_code`, `value`) SELECT `submission_id`, `cell_code`, `value` FROM `cell_values`;
--> statement-breakpoint
DROP TABLE `cell_values`;
--> statement-breakpoint
ALTER TABLE `__new_cell_values` RENAME TO `cell_values`;
