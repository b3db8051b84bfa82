CREATE TABLE `application_change` (
	`application_id` text NOT NULL,
	`version` integer NOT NULL,
	`municipality_id` text NOT NULL,
	`fields` text NOT NULL,
	`actor_id` text NOT NULL,
	`actor_role` text NOT NULL,
	`client_id` text,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`application_id`, `version`),
	FOREIGN KEY (`application_id`) REFERENCES `application`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipality`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `conflict` (
	`id` text PRIMARY KEY NOT NULL,
	`municipality_id` text NOT NULL,
	`application_id` text NOT NULL,
	`field` text NOT NULL,
	`kind` text NOT NULL,
	`base_version` integer NOT NULL,
	`server_version` integer NOT NULL,
	`client_value` text,
	`server_value` text,
	`client_actor_role` text NOT NULL,
	`server_actor_role` text NOT NULL,
	`client_id` text,
	`mutation_id` integer,
	`status` text NOT NULL,
	`resolution` text,
	`resolved_by` text,
	`resolved_at` integer,
	`server_seq` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`municipality_id`) REFERENCES `municipality`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`application_id`) REFERENCES `application`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `conflict_application_idx` ON `conflict` (`application_id`,`status`);--> statement-breakpoint
CREATE INDEX `conflict_server_seq_idx` ON `conflict` (`server_seq`);