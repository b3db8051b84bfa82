CREATE TABLE `service_settings` (
	`municipality_id` text NOT NULL,
	`service` text NOT NULL,
	`enabled` integer DEFAULT false NOT NULL,
	`settings` text NOT NULL,
	`updated_at` integer NOT NULL,
	`updated_by` text,
	PRIMARY KEY(`municipality_id`, `service`),
	FOREIGN KEY (`municipality_id`) REFERENCES `municipality`(`id`) ON UPDATE no action ON DELETE cascade
);
