CREATE TABLE `placement_capacity` (
	`id` text PRIMARY KEY NOT NULL,
	`municipality_id` text NOT NULL,
	`programme_id` text NOT NULL,
	`valid_from` text NOT NULL,
	`seats` integer NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipality`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`programme_id`) REFERENCES `placement_programme`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `person`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `placement_capacity_programme_day_idx` ON `placement_capacity` (`programme_id`,`valid_from`);--> statement-breakpoint
CREATE TABLE `placement_case` (
	`id` text PRIMARY KEY NOT NULL,
	`municipality_id` text NOT NULL,
	`application_id` text NOT NULL,
	`kind` text NOT NULL,
	`fact` text NOT NULL,
	`value` text NOT NULL,
	`reason` text NOT NULL,
	`actor_id` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipality`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`application_id`) REFERENCES `application`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `person`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `placement_case_application_idx` ON `placement_case` (`application_id`);--> statement-breakpoint
CREATE TABLE `placement_offer` (
	`id` text PRIMARY KEY NOT NULL,
	`municipality_id` text NOT NULL,
	`run_id` text NOT NULL,
	`application_id` text NOT NULL,
	`programme_id` text NOT NULL,
	`status` text NOT NULL,
	`deadline` integer NOT NULL,
	`deadline_day` text NOT NULL,
	`offered_at` integer NOT NULL,
	`responded_at` integer,
	`reminded_at` integer,
	`released_at` integer,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipality`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`run_id`) REFERENCES `placement_run`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`application_id`) REFERENCES `application`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`programme_id`) REFERENCES `placement_programme`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `placement_offer_run_application_idx` ON `placement_offer` (`run_id`,`application_id`);--> statement-breakpoint
CREATE INDEX `placement_offer_application_idx` ON `placement_offer` (`application_id`);--> statement-breakpoint
CREATE INDEX `placement_offer_programme_status_idx` ON `placement_offer` (`programme_id`,`status`);--> statement-breakpoint
CREATE TABLE `placement_programme` (
	`id` text PRIMARY KEY NOT NULL,
	`municipality_id` text NOT NULL,
	`institution_id` text NOT NULL,
	`service` text NOT NULL,
	`level` text NOT NULL,
	`group_name` text NOT NULL,
	`language` text NOT NULL,
	`start_date` text NOT NULL,
	`enrolled` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipality`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`institution_id`) REFERENCES `institution`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `placement_programme_municipality_idx` ON `placement_programme` (`municipality_id`,`service`);--> statement-breakpoint
CREATE TABLE `placement_run` (
	`id` text PRIMARY KEY NOT NULL,
	`municipality_id` text NOT NULL,
	`service` text NOT NULL,
	`intake` text NOT NULL,
	`kind` text NOT NULL,
	`run_date` text NOT NULL,
	`status` text NOT NULL,
	`seed_hash` text NOT NULL,
	`seed` text NOT NULL,
	`snapshot` text NOT NULL,
	`result` text,
	`report` text,
	`ran_at` integer,
	`created_by` text,
	`created_at` integer NOT NULL,
	`published_at` integer,
	`published_by` text,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipality`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `person`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`published_by`) REFERENCES `person`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `placement_run_municipality_idx` ON `placement_run` (`municipality_id`,`intake`,`created_at`);--> statement-breakpoint
CREATE TABLE `placement_settings` (
	`municipality_id` text PRIMARY KEY NOT NULL,
	`settings` text NOT NULL,
	`updated_at` integer NOT NULL,
	`updated_by` text,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipality`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`updated_by`) REFERENCES `person`(`id`) ON UPDATE no action ON DELETE no action
);
