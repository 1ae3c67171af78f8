CREATE TABLE `seating_constraints` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`kind` text NOT NULL,
	`person_a` text NOT NULL,
	`person_b` text,
	`table_id` text,
	`round_index` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_a`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_b`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`table_id`) REFERENCES `cafe_tables`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `seating_constraints_session` ON `seating_constraints` (`session_id`);--> statement-breakpoint
ALTER TABLE `sessions` ADD `min_per_table` integer;--> statement-breakpoint
ALTER TABLE `sessions` ADD `max_per_table` integer;