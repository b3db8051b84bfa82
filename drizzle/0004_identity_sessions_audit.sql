CREATE TABLE `sign_in_request` (
	`id` text PRIMARY KEY NOT NULL,
	`return_to` text NOT NULL,
	`expires_at` integer NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `used_assertion` (
	`id` text PRIMARY KEY NOT NULL,
	`issuer` text NOT NULL,
	`expires_at` integer NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `used_assertion_expires_at_idx` ON `used_assertion` (`expires_at`);--> statement-breakpoint
CREATE TABLE `audit_event` (
	`id` text PRIMARY KEY NOT NULL,
	`at` integer NOT NULL,
	`actor_id` text,
	`actor_name` text,
	`action` text NOT NULL,
	`municipality_id` text,
	`subject_type` text,
	`subject_id` text,
	`details` text,
	`address` text
);
--> statement-breakpoint
CREATE INDEX `audit_event_municipality_at_idx` ON `audit_event` (`municipality_id`,`at`);--> statement-breakpoint
CREATE INDEX `audit_event_actor_at_idx` ON `audit_event` (`actor_id`,`at`);--> statement-breakpoint
CREATE INDEX `audit_event_subject_idx` ON `audit_event` (`subject_type`,`subject_id`);--> statement-breakpoint
ALTER TABLE `role_assignment` ADD `granted_by` text;--> statement-breakpoint
ALTER TABLE `session` ADD `kind` text DEFAULT 'citizen' NOT NULL;--> statement-breakpoint
ALTER TABLE `session` ADD `absolute_expires_at` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `session` ADD `last_active_at` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `session` ADD `auth_method` text DEFAULT 'demo' NOT NULL;--> statement-breakpoint
ALTER TABLE `session` ADD `acting_for` text;--> statement-breakpoint
ALTER TABLE `session` ADD `user_agent` text;