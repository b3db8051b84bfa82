ALTER TABLE `permit` ADD `service` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `permit` ADD `details` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
-- Permits issued before the register knew its services are their applications' service's.
UPDATE `permit` SET `service` = (SELECT `service` FROM `application` WHERE `application`.`id` = `permit`.`application_id`);
