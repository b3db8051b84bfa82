CREATE TABLE `inspection` (
	`id` text PRIMARY KEY NOT NULL,
	`municipality_id` text NOT NULL,
	`service` text NOT NULL,
	`kind` text NOT NULL,
	`status` text NOT NULL,
	`application_id` text,
	`permit_number` text,
	`follows_id` text,
	`inspector_id` text,
	`previous_inspector_id` text,
	`due_on` text,
	`instructions` text NOT NULL,
	`subject` text NOT NULL,
	`checklist` text NOT NULL,
	`max_distance_metres` real NOT NULL,
	`max_accuracy_metres` real NOT NULL,
	`design_files` text NOT NULL,
	`outcome` text,
	`description` text,
	`conflict` text,
	`closing_note` text,
	`created_by` text,
	`version` integer NOT NULL,
	`server_seq` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipality`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`application_id`) REFERENCES `application`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`inspector_id`) REFERENCES `person`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`previous_inspector_id`) REFERENCES `person`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `person`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `inspection_municipality_status_idx` ON `inspection` (`municipality_id`,`status`,`kind`);--> statement-breakpoint
CREATE INDEX `inspection_application_idx` ON `inspection` (`application_id`);--> statement-breakpoint
CREATE INDEX `inspection_inspector_seq_idx` ON `inspection` (`inspector_id`,`server_seq`);--> statement-breakpoint
CREATE INDEX `inspection_previous_inspector_idx` ON `inspection` (`previous_inspector_id`);--> statement-breakpoint
CREATE INDEX `inspection_server_seq_idx` ON `inspection` (`server_seq`);--> statement-breakpoint
CREATE TABLE `inspection_photo` (
	`id` text PRIMARY KEY NOT NULL,
	`inspection_id` text NOT NULL,
	`municipality_id` text NOT NULL,
	`taken_by` text NOT NULL,
	`sha256` text NOT NULL,
	`mime` text NOT NULL,
	`size` integer NOT NULL,
	`taken_at` integer NOT NULL,
	`lat` real,
	`lon` real,
	`accuracy_metres` real,
	`position_at` integer,
	`status` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`inspection_id`) REFERENCES `inspection`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipality`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`taken_by`) REFERENCES `person`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`sha256`) REFERENCES `blob`(`sha256`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `inspection_photo_inspection_idx` ON `inspection_photo` (`inspection_id`);--> statement-breakpoint
CREATE INDEX `inspection_photo_taker_idx` ON `inspection_photo` (`taken_by`,`sha256`);