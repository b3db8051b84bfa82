CREATE TABLE `attachment` (
	`id` text PRIMARY KEY NOT NULL,
	`municipality_id` text NOT NULL,
	`application_id` text NOT NULL,
	`sha256` text NOT NULL,
	`filename` text NOT NULL,
	`mime` text NOT NULL,
	`size` integer NOT NULL,
	`status` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipality`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`application_id`) REFERENCES `application`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`sha256`) REFERENCES `blob`(`sha256`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `attachment_application_id_idx` ON `attachment` (`application_id`);--> statement-breakpoint
CREATE INDEX `attachment_sha256_idx` ON `attachment` (`sha256`);--> statement-breakpoint
CREATE TABLE `blob` (
	`sha256` text PRIMARY KEY NOT NULL,
	`size` integer NOT NULL,
	`mime` text NOT NULL,
	`received_bytes` integer DEFAULT 0 NOT NULL,
	`status` text NOT NULL,
	`path` text NOT NULL,
	`created_at` integer NOT NULL
);
