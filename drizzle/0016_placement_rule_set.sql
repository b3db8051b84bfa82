CREATE TABLE `placement_rule_set` (
	`id` text PRIMARY KEY NOT NULL,
	`municipality_id` text NOT NULL,
	`intake` text NOT NULL,
	`version` integer NOT NULL,
	`valid_from` text NOT NULL,
	`rule_set` text NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` text,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipality`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `person`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `placement_rule_set_version_idx` ON `placement_rule_set` (`municipality_id`,`intake`,`version`);