CREATE TABLE `application_event` (
	`id` text PRIMARY KEY NOT NULL,
	`application_id` text NOT NULL,
	`municipality_id` text NOT NULL,
	`action` text NOT NULL,
	`from_status` text NOT NULL,
	`to_status` text NOT NULL,
	`actor_id` text,
	`actor_role` text NOT NULL,
	`reason` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `application`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipality`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`actor_id`) REFERENCES `person`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `application_event_app_idx` ON `application_event` (`application_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `application_facet` (
	`application_id` text NOT NULL,
	`municipality_id` text NOT NULL,
	`facet` text NOT NULL,
	`value` text NOT NULL,
	PRIMARY KEY(`application_id`, `facet`, `value`),
	FOREIGN KEY (`application_id`) REFERENCES `application`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipality`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `application_facet_lookup_idx` ON `application_facet` (`municipality_id`,`facet`,`value`);--> statement-breakpoint
CREATE TABLE `application_note` (
	`id` text PRIMARY KEY NOT NULL,
	`application_id` text NOT NULL,
	`municipality_id` text NOT NULL,
	`author_id` text NOT NULL,
	`text` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `application`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipality`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `person`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `application_note_app_idx` ON `application_note` (`application_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `decision` (
	`application_id` text PRIMARY KEY NOT NULL,
	`municipality_id` text NOT NULL,
	`outcome` text NOT NULL,
	`number` text NOT NULL,
	`paragraphs` text NOT NULL,
	`officer_id` text NOT NULL,
	`pdf_sha256` text NOT NULL,
	`decided_at` integer NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `application`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipality`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`officer_id`) REFERENCES `person`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `decision_number_unique` ON `decision` (`number`);--> statement-breakpoint
CREATE TABLE `document_counter` (
	`municipality_id` text NOT NULL,
	`kind` text NOT NULL,
	`year` integer NOT NULL,
	`value` integer NOT NULL,
	PRIMARY KEY(`municipality_id`, `kind`, `year`),
	FOREIGN KEY (`municipality_id`) REFERENCES `municipality`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `information_request` (
	`id` text PRIMARY KEY NOT NULL,
	`application_id` text NOT NULL,
	`municipality_id` text NOT NULL,
	`question` text NOT NULL,
	`requested_by` text NOT NULL,
	`requested_at` integer NOT NULL,
	`answer` text,
	`answer_attachment_ids` text,
	`answered_at` integer,
	FOREIGN KEY (`application_id`) REFERENCES `application`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipality`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`requested_by`) REFERENCES `person`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `information_request_app_idx` ON `information_request` (`application_id`,`requested_at`);--> statement-breakpoint
CREATE TABLE `notification` (
	`id` text PRIMARY KEY NOT NULL,
	`person_id` text NOT NULL,
	`municipality_id` text NOT NULL,
	`application_id` text,
	`kind` text NOT NULL,
	`payload` text NOT NULL,
	`created_at` integer NOT NULL,
	`read_at` integer,
	`email_to` text,
	`email_status` text NOT NULL,
	`email_attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer,
	`email_error` text,
	FOREIGN KEY (`person_id`) REFERENCES `person`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipality`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`application_id`) REFERENCES `application`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `notification_person_idx` ON `notification` (`person_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `notification_outbox_idx` ON `notification` (`email_status`,`next_attempt_at`);--> statement-breakpoint
CREATE TABLE `permit` (
	`number` text PRIMARY KEY NOT NULL,
	`municipality_id` text NOT NULL,
	`application_id` text NOT NULL,
	`kind` text NOT NULL,
	`holder` text NOT NULL,
	`location` text NOT NULL,
	`lat` real,
	`lon` real,
	`valid_from` text NOT NULL,
	`valid_to` text NOT NULL,
	`issued_at` integer NOT NULL,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipality`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`application_id`) REFERENCES `application`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `permit_application_id_unique` ON `permit` (`application_id`);--> statement-breakpoint
CREATE INDEX `permit_municipality_valid_idx` ON `permit` (`municipality_id`,`valid_to`);--> statement-breakpoint
ALTER TABLE `person` ADD `email` text;--> statement-breakpoint
ALTER TABLE `person` ADD `lang` text DEFAULT 'lv' NOT NULL;--> statement-breakpoint
ALTER TABLE `application` ADD `assignee_id` text REFERENCES person(id);--> statement-breakpoint
ALTER TABLE `application` ADD `due_on` text;--> statement-breakpoint
ALTER TABLE `application` ADD `paused_since` integer;--> statement-breakpoint
ALTER TABLE `application` ADD `decided_at` integer;--> statement-breakpoint
CREATE INDEX `application_service_queue_idx` ON `application` (`municipality_id`,`service`,`status`,`submitted_at`);--> statement-breakpoint
CREATE INDEX `application_assignee_idx` ON `application` (`municipality_id`,`assignee_id`,`status`);--> statement-breakpoint
CREATE INDEX `application_due_idx` ON `application` (`municipality_id`,`service`,`due_on`);