CREATE TABLE `rotation_plans` (
	`session_id` text PRIMARY KEY NOT NULL,
	`from_round` integer NOT NULL,
	`seed` integer NOT NULL,
	`max_meetings` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `round_seats` (
	`session_id` text NOT NULL,
	`round_index` integer NOT NULL,
	`participant_id` text NOT NULL,
	`table_id` text NOT NULL,
	`status` text NOT NULL,
	`checked_in_at` integer,
	PRIMARY KEY(`session_id`, `round_index`, `participant_id`),
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`table_id`) REFERENCES `cafe_tables`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `round_seats_table` ON `round_seats` (`table_id`,`round_index`);