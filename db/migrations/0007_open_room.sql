CREATE TABLE `join_requests` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`device` text NOT NULL,
	`command_id` text NOT NULL,
	`fingerprint` text NOT NULL,
	`display_name` text NOT NULL,
	`group_label` text,
	`requested_at` integer NOT NULL,
	`status` text DEFAULT 'waiting' NOT NULL,
	`participant_id` text,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `join_requests_device` ON `join_requests` (`session_id`,`device`);--> statement-breakpoint
CREATE INDEX `join_requests_session` ON `join_requests` (`session_id`,`status`);--> statement-breakpoint
ALTER TABLE `command_receipts` ADD `fingerprint` text;--> statement-breakpoint
ALTER TABLE `sessions` ADD `doors` text DEFAULT 'open' NOT NULL;--> statement-breakpoint
ALTER TABLE `sessions` ADD `expected_people` integer;