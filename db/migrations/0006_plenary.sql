CREATE TABLE `idea_placements` (
	`idea_id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`workstream_id` text,
	`same_as_id` text,
	FOREIGN KEY (`idea_id`) REFERENCES `ideas`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`workstream_id`) REFERENCES `workstreams`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`same_as_id`) REFERENCES `ideas`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `idea_placements_session` ON `idea_placements` (`session_id`);--> statement-breakpoint
CREATE INDEX `idea_placements_workstream` ON `idea_placements` (`workstream_id`);--> statement-breakpoint
CREATE TABLE `item_ratings` (
	`session_id` text NOT NULL,
	`participant_id` text NOT NULL,
	`item_id` text NOT NULL,
	`gain` integer NOT NULL,
	`effort` integer NOT NULL,
	PRIMARY KEY(`participant_id`, `item_id`),
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `item_ratings_session` ON `item_ratings` (`session_id`);--> statement-breakpoint
CREATE TABLE `organiser_ratings` (
	`session_id` text NOT NULL,
	`item_id` text NOT NULL,
	`gain` integer NOT NULL,
	`effort` integer NOT NULL,
	PRIMARY KEY(`session_id`, `item_id`),
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `plenary_actions` (
	`session_id` text NOT NULL,
	`item_id` text NOT NULL,
	`code` text NOT NULL,
	`owner` text DEFAULT '' NOT NULL,
	`deadline` text,
	`horizon` text,
	`objective` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'proposed' NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`session_id`, `item_id`),
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `plenary_actions_code` ON `plenary_actions` (`session_id`,`code`);--> statement-breakpoint
CREATE TABLE `plenary_programmes` (
	`session_id` text PRIMARY KEY NOT NULL,
	`restitution` integer DEFAULT true NOT NULL,
	`workstreams` integer DEFAULT true NOT NULL,
	`vote` integer DEFAULT true NOT NULL,
	`assessment` integer DEFAULT true NOT NULL,
	`actions` integer DEFAULT true NOT NULL,
	`restitution_slot_ms` integer DEFAULT 180000 NOT NULL,
	`workstreams_ms` integer,
	`vote_ms` integer,
	`assessment_ms` integer,
	`actions_ms` integer,
	`dots_per_person` integer DEFAULT 5 NOT NULL,
	`max_dots_per_item` integer DEFAULT 2 NOT NULL,
	`vote_on` text DEFAULT 'workstreams' NOT NULL,
	`rated_by` text DEFAULT 'everyone' NOT NULL,
	`shortlist_size` integer DEFAULT 6 NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `plenary_states` (
	`session_id` text PRIMARY KEY NOT NULL,
	`presented_idea_id` text,
	`vote_status` text DEFAULT 'not-started' NOT NULL,
	`last_action_number` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`presented_idea_id`) REFERENCES `ideas`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `plenary_votes` (
	`session_id` text NOT NULL,
	`participant_id` text NOT NULL,
	`item_id` text NOT NULL,
	`dots` integer NOT NULL,
	PRIMARY KEY(`participant_id`, `item_id`),
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`participant_id`) REFERENCES `participants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `plenary_votes_session` ON `plenary_votes` (`session_id`);--> statement-breakpoint
CREATE TABLE `quadrant_overrides` (
	`session_id` text NOT NULL,
	`item_id` text NOT NULL,
	`quadrant` text NOT NULL,
	PRIMARY KEY(`session_id`, `item_id`),
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `shortlist_items` (
	`session_id` text NOT NULL,
	`item_id` text NOT NULL,
	`position` integer NOT NULL,
	PRIMARY KEY(`session_id`, `item_id`),
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `workstreams` (
	`id` text PRIMARY KEY NOT NULL,
	`session_id` text NOT NULL,
	`name` text NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `workstreams_session` ON `workstreams` (`session_id`);--> statement-breakpoint
ALTER TABLE `sessions` ADD `plenary_step` text;--> statement-breakpoint
ALTER TABLE `sessions` ADD `plenary_table` integer;--> statement-breakpoint
-- Data (hand-added): every session stored before gets the default programme as a row of its own,
-- so a later change of the default never changes it.
INSERT INTO `plenary_programmes` (`session_id`) SELECT `id` FROM `sessions`;--> statement-breakpoint
-- A session stored in the old single plenary stage continues at the default programme's first step,
-- the first table's restitution, with its slot paused in full (nobody knows when it would have started).
UPDATE `sessions` SET `plenary_step` = 'restitution', `plenary_table` = 0, `timer_status` = 'paused', `timer_ends_at` = NULL, `timer_remaining_ms` = 180000, `timer_duration_ms` = 180000 WHERE `stage` = 'plenary';
