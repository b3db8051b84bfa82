CREATE TABLE `institution` (
	`id` text PRIMARY KEY NOT NULL,
	`municipality_id` text NOT NULL,
	`name_lv` text NOT NULL,
	`name_en` text NOT NULL,
	`kind` text NOT NULL,
	`address` text NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipality`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `institution_municipality_id_idx` ON `institution` (`municipality_id`);--> statement-breakpoint
CREATE TABLE `municipality` (
	`id` text PRIMARY KEY NOT NULL,
	`atvk` text NOT NULL,
	`name_lv` text NOT NULL,
	`name_en` text NOT NULL,
	`registration_prefix` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `municipality_atvk_unique` ON `municipality` (`atvk`);--> statement-breakpoint
CREATE UNIQUE INDEX `municipality_registration_prefix_unique` ON `municipality` (`registration_prefix`);--> statement-breakpoint
CREATE TABLE `person` (
	`id` text PRIMARY KEY NOT NULL,
	`personal_code` text NOT NULL,
	`given_name` text NOT NULL,
	`surname` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `person_personal_code_unique` ON `person` (`personal_code`);--> statement-breakpoint
CREATE TABLE `role_assignment` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`role` text NOT NULL,
	`municipality_id` text,
	`service` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `person`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipality`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `role_assignment_person_id_idx` ON `role_assignment` (`person_id`);--> statement-breakpoint
CREATE TABLE `session` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`expires_at` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `person`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `session_person_id_idx` ON `session` (`person_id`);--> statement-breakpoint
CREATE TABLE `application` (
	`id` text PRIMARY KEY NOT NULL,
	`municipality_id` text NOT NULL,
	`service` text NOT NULL,
	`applicant_id` text NOT NULL,
	`status` text NOT NULL,
	`data` text NOT NULL,
	`version` integer NOT NULL,
	`server_seq` integer NOT NULL,
	`submission_id` text,
	`registration_number` text,
	`submitted_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipality`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`applicant_id`) REFERENCES `person`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `application_applicant_seq_idx` ON `application` (`applicant_id`,`server_seq`);--> statement-breakpoint
CREATE INDEX `application_queue_idx` ON `application` (`municipality_id`,`status`,`submitted_at`);--> statement-breakpoint
CREATE TABLE `registration_counter` (
	`municipality_id` text NOT NULL,
	`year` integer NOT NULL,
	`value` integer NOT NULL,
	PRIMARY KEY(`municipality_id`, `year`),
	FOREIGN KEY (`municipality_id`) REFERENCES `municipality`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `submission` (
	`submission_id` text PRIMARY KEY NOT NULL,
	`municipality_id` text NOT NULL,
	`application_id` text NOT NULL,
	`payload_hash` text NOT NULL,
	`result_json` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipality`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`application_id`) REFERENCES `application`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `change_seq` (
	`id` integer PRIMARY KEY NOT NULL,
	`value` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `mutation_result` (
	`client_id` text NOT NULL,
	`mutation_id` integer NOT NULL,
	`status` text NOT NULL,
	`result_json` text,
	`error_json` text,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`client_id`, `mutation_id`),
	FOREIGN KEY (`client_id`) REFERENCES `sync_client`(`client_id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `server_meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `sync_client` (
	`client_id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`last_mutation_id` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	`last_seen_at` integer NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `person`(`id`) ON UPDATE no action ON DELETE cascade
);
