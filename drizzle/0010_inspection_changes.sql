CREATE TABLE `inspection_change` (
	`inspection_id` text NOT NULL,
	`version` integer NOT NULL,
	`field` text NOT NULL,
	`before` text,
	`after` text,
	`actor_id` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`inspection_id`) REFERENCES `inspection`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `person`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `inspection_change_idx` ON `inspection_change` (`inspection_id`,`version`);