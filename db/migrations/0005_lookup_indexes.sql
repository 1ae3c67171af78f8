CREATE INDEX `cafe_tables_host` ON `cafe_tables` (`host_id`);--> statement-breakpoint
CREATE INDEX `ideas_session_round` ON `ideas` (`session_id`,`round_index`);--> statement-breakpoint
CREATE INDEX `notes_session_round` ON `notes` (`session_id`,`round_index`);--> statement-breakpoint
CREATE INDEX `participants_table` ON `participants` (`table_id`);--> statement-breakpoint
CREATE INDEX `round_seats_participant` ON `round_seats` (`participant_id`,`status`);