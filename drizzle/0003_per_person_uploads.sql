CREATE TABLE `blob_upload` (
	`person_id` text NOT NULL,
	`sha256` text NOT NULL,
	`size` integer NOT NULL,
	`mime` text NOT NULL,
	`received_bytes` integer DEFAULT 0 NOT NULL,
	`path` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`person_id`, `sha256`),
	FOREIGN KEY (`person_id`) REFERENCES `person`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`sha256`) REFERENCES `blob`(`sha256`) ON UPDATE no action ON DELETE no action
);
