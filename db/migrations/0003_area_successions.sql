CREATE TABLE `area_successions` (
	`area_id` integer PRIMARY KEY NOT NULL,
	`successor_id` integer NOT NULL,
	`effective_date` text NOT NULL,
	`source_id` integer NOT NULL,
	`quote` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`area_id`) REFERENCES `areas`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`successor_id`) REFERENCES `areas`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "area_successions_not_self" CHECK(successor_id <> area_id),
	CONSTRAINT "area_successions_date" CHECK(effective_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')
);
--> statement-breakpoint
CREATE INDEX `area_successions_successor_idx` ON `area_successions` (`successor_id`);