ALTER TABLE `municipality` ADD `name_lv_genitive` text;--> statement-breakpoint
ALTER TABLE `municipality` ADD `name_lv_locative` text;--> statement-breakpoint
ALTER TABLE `municipality` ADD `official_name_lv` text;