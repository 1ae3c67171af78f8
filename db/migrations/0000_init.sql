CREATE TABLE `cafe_tables` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`position` integer NOT NULL,
	`name` text NOT NULL,
	`colour` text NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cafe_tables_session_position` ON `cafe_tables` (`session_id`,`position`);--> statement-breakpoint
CREATE TABLE `command_receipts` (
	`actor` text NOT NULL,
	`command_id` text NOT NULL,
	`result` text NOT NULL,
	`at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	PRIMARY KEY(`actor`, `command_id`)
);
--> statement-breakpoint
CREATE TABLE `organiser_sessions` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `participants` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`token_hash` text NOT NULL,
	`display_name` text NOT NULL,
	`group_label` text,
	`joined_at` integer NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `participants_token_hash` ON `participants` (`token_hash`);--> statement-breakpoint
CREATE INDEX `participants_session` ON `participants` (`session_id`);--> statement-breakpoint
CREATE TABLE `rounds` (
	`session_id` text NOT NULL,
	`position` integer NOT NULL,
	`question` text NOT NULL,
	`reflection_ms` integer NOT NULL,
	`sharing_ms` integer NOT NULL,
	`consolidation_ms` integer NOT NULL,
	PRIMARY KEY(`session_id`, `position`),
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `session_events` (
	`session_id` text NOT NULL,
	`seq` integer NOT NULL,
	`type` text NOT NULL,
	`payload` text NOT NULL,
	`at` integer NOT NULL,
	PRIMARY KEY(`session_id`, `seq`),
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`screen_key` text NOT NULL,
	`title` text NOT NULL,
	`purpose` text DEFAULT '' NOT NULL,
	`language` text NOT NULL,
	`anonymous` integer DEFAULT false NOT NULL,
	`auto_advance` integer DEFAULT false NOT NULL,
	`stage` text DEFAULT 'lobby' NOT NULL,
	`round_index` integer,
	`phase` text,
	`timer_status` text,
	`timer_ends_at` integer,
	`timer_remaining_ms` integer,
	`timer_duration_ms` integer,
	`seq` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sessions_code_unique` ON `sessions` (`code`);--> statement-breakpoint
CREATE UNIQUE INDEX `sessions_screen_key_unique` ON `sessions` (`screen_key`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
