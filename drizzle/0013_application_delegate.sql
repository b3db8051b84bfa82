CREATE TABLE `application_delegate` (
	`application_id` text PRIMARY KEY NOT NULL,
	`delegate_id` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `application`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`delegate_id`) REFERENCES `person`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `application_delegate_delegate_id_idx` ON `application_delegate` (`delegate_id`);