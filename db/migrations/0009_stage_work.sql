CREATE TABLE `stage_work` (
	`session_id` text NOT NULL,
	`kind` text NOT NULL,
	`round_index` integer NOT NULL,
	PRIMARY KEY(`session_id`, `kind`, `round_index`),
	FOREIGN KEY (`session_id`) REFERENCES `sessions`(`id`) ON UPDATE no action ON DELETE cascade
);
