CREATE TABLE `idea_sources` (
	`idea_id` text NOT NULL,
	`note_id` text NOT NULL,
	`author_id` text,
	`position` integer NOT NULL,
	PRIMARY KEY(`idea_id`, `note_id`),
	FOREIGN KEY (`idea_id`) REFERENCES `ideas`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `ideas` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`round_index` integer NOT NULL,
	`table_id` text NOT NULL,
	`text` text NOT NULL,
	`position` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`table_id`) REFERENCES `cafe_tables`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `ideas_table_round` ON `ideas` (`table_id`,`round_index`);--> statement-breakpoint
CREATE TABLE `notes` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`round_index` integer NOT NULL,
	`table_id` text NOT NULL,
	`author_id` text NOT NULL,
	`text` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`table_id`) REFERENCES `cafe_tables`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `notes_table_round` ON `notes` (`table_id`,`round_index`);--> statement-breakpoint
CREATE INDEX `notes_author` ON `notes` (`author_id`);--> statement-breakpoint
CREATE TABLE `reactions` (
	`target_id` text NOT NULL,
	`participant_id` text NOT NULL,
	`session_id` text NOT NULL,
	`table_id` text NOT NULL,
	PRIMARY KEY(`target_id`, `participant_id`),
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `reactions_table` ON `reactions` (`table_id`);--> statement-breakpoint
CREATE TABLE `speaking_turns` (
	`table_id` text NOT NULL,
	`round_index` integer NOT NULL,
	`position` integer NOT NULL,
	`participant_id` text NOT NULL,
	`status` text NOT NULL,
	`skipped` integer DEFAULT false NOT NULL,
	PRIMARY KEY(`table_id`, `round_index`, `position`),
	FOREIGN KEY (`table_id`) REFERENCES `cafe_tables`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `table_rounds` (
	`table_id` text NOT NULL,
	`round_index` integer NOT NULL,
	`slot_ms` integer NOT NULL,
	`speaker_started_at` integer,
	PRIMARY KEY(`table_id`, `round_index`),
	FOREIGN KEY (`table_id`) REFERENCES `cafe_tables`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `cafe_tables` ADD `host_id` text;--> statement-breakpoint
ALTER TABLE `cafe_tables` ADD `host_key` text;--> statement-breakpoint
ALTER TABLE `cafe_tables` ADD `recap_closed_round` integer;--> statement-breakpoint
ALTER TABLE `participants` ADD `table_id` text REFERENCES cafe_tables(id) ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE `sessions` ADD `speaking_turn_ms` integer;