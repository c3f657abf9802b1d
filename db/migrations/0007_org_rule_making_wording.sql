ALTER TABLE `organisations` ADD `rule_making` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `organisations` ADD `wording` text;