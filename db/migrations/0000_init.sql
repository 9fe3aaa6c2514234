CREATE TABLE `areas` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`full_name` text NOT NULL,
	`kind` text NOT NULL,
	`parent_id` integer,
	`code` text,
	`valid_from` text,
	`valid_until` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`parent_id`) REFERENCES `areas`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "areas_kind_check" CHECK(kind IN ('country','province','city','commune','ward','special_zone','district'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `areas_slug_unique` ON `areas` (`slug`);--> statement-breakpoint
CREATE INDEX `areas_parent_idx` ON `areas` (`parent_id`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`action` text NOT NULL,
	`entity_type` text NOT NULL,
	`entity_id` integer NOT NULL,
	`before` text,
	`after` text,
	`reason` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_entity_idx` ON `audit_log` (`entity_type`,`entity_id`,`at`);--> statement-breakpoint
CREATE INDEX `audit_at_idx` ON `audit_log` (`at`);--> statement-breakpoint
CREATE INDEX `audit_user_idx` ON `audit_log` (`user_id`,`at`);--> statement-breakpoint
CREATE TABLE `login_attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`username` text NOT NULL,
	`client_key` text NOT NULL,
	`succeeded` integer NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `login_attempts_username_idx` ON `login_attempts` (`username`,`at`);--> statement-breakpoint
CREATE INDEX `login_attempts_client_idx` ON `login_attempts` (`client_key`,`at`);--> statement-breakpoint
CREATE TABLE `membership_sources` (
	`membership_id` integer NOT NULL,
	`source_id` integer NOT NULL,
	`quote` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	PRIMARY KEY(`membership_id`, `source_id`),
	FOREIGN KEY (`membership_id`) REFERENCES `memberships`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `membership_sources_source_idx` ON `membership_sources` (`source_id`);--> statement-breakpoint
CREATE TABLE `memberships` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`post_id` integer NOT NULL,
	`organization_id` integer NOT NULL,
	`start_date` text,
	`start_precision` text,
	`end_date` text,
	`end_precision` text,
	`end_reason` text,
	`attested_date` text,
	`attested_precision` text,
	`held_from` text GENERATED ALWAYS AS (CASE
        WHEN start_date IS NOT NULL THEN CASE length(start_date) WHEN 4 THEN start_date || '-01-01' WHEN 7 THEN start_date || '-01' ELSE start_date END
        WHEN attested_date IS NOT NULL THEN CASE length(attested_date) WHEN 4 THEN attested_date || '-12-31' WHEN 7 THEN attested_date || '-31' ELSE attested_date END
        ELSE '9999-12-31' END) STORED,
	`held_until` text GENERATED ALWAYS AS (CASE
        WHEN end_date IS NULL THEN '9999-12-31'
        WHEN length(end_date) = 4 THEN end_date || '-12-31'
        WHEN length(end_date) = 7 THEN end_date || '-31'
        ELSE end_date END) STORED,
	`retracted_at` text,
	`retracted_reason` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`post_id`,`organization_id`) REFERENCES `posts`(`id`,`organization_id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "memberships_start_date_check" CHECK((start_date IS NULL AND start_precision IS NULL) OR (start_precision = 'year' AND start_date GLOB '[0-9][0-9][0-9][0-9]') OR (start_precision = 'month' AND start_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]') OR (start_precision = 'day' AND start_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')),
	CONSTRAINT "memberships_end_date_check" CHECK((end_date IS NULL AND end_precision IS NULL) OR (end_precision = 'year' AND end_date GLOB '[0-9][0-9][0-9][0-9]') OR (end_precision = 'month' AND end_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]') OR (end_precision = 'day' AND end_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')),
	CONSTRAINT "memberships_attested_date_check" CHECK((attested_date IS NULL AND attested_precision IS NULL) OR (attested_precision = 'year' AND attested_date GLOB '[0-9][0-9][0-9][0-9]') OR (attested_precision = 'month' AND attested_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]') OR (attested_precision = 'day' AND attested_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')),
	CONSTRAINT "memberships_known_when" CHECK(start_date IS NOT NULL OR attested_date IS NOT NULL),
	CONSTRAINT "memberships_end_not_before_start" CHECK((start_date IS NULL OR end_date IS NULL OR substr(start_date, 1, min(length(start_date), length(end_date))) <= substr(end_date, 1, min(length(start_date), length(end_date))))),
	CONSTRAINT "memberships_end_not_before_attested" CHECK((attested_date IS NULL OR end_date IS NULL OR substr(attested_date, 1, min(length(attested_date), length(end_date))) <= substr(end_date, 1, min(length(attested_date), length(end_date))))),
	CONSTRAINT "memberships_retraction_reason" CHECK(retracted_at IS NULL OR retracted_reason IS NOT NULL)
);
--> statement-breakpoint
CREATE INDEX `memberships_person_held_idx` ON `memberships` (`person_id`,`held_until`,`held_from`) WHERE retracted_at IS NULL;--> statement-breakpoint
CREATE INDEX `memberships_post_held_idx` ON `memberships` (`post_id`,`held_until`,`held_from`) WHERE retracted_at IS NULL;--> statement-breakpoint
CREATE INDEX `memberships_org_held_idx` ON `memberships` (`organization_id`,`held_until`) WHERE retracted_at IS NULL;--> statement-breakpoint
CREATE TABLE `organizations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`name_en` text,
	`short_name` text,
	`kind` text NOT NULL,
	`member_type` text,
	`level` text NOT NULL,
	`area_id` integer,
	`parent_id` integer,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`valid_from` text,
	`valid_until` text,
	`description` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`area_id`) REFERENCES `areas`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`parent_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "organizations_kind_check" CHECK(kind IN ('front_committee','member_organization','board','office','party_committee')),
	CONSTRAINT "organizations_member_type_check" CHECK((kind = 'member_organization') = (member_type IS NOT NULL) AND (member_type IS NULL OR member_type IN ('trade_union','farmers_union','youth_union','womens_union','veterans_association'))),
	CONSTRAINT "organizations_level_check" CHECK(level IN ('central','province','district','commune')),
	CONSTRAINT "organizations_not_own_parent" CHECK(parent_id IS NULL OR parent_id <> id)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `organizations_slug_unique` ON `organizations` (`slug`);--> statement-breakpoint
CREATE INDEX `organizations_parent_idx` ON `organizations` (`parent_id`,`sort_order`);--> statement-breakpoint
CREATE INDEX `organizations_area_idx` ON `organizations` (`area_id`);--> statement-breakpoint
CREATE INDEX `organizations_kind_level_idx` ON `organizations` (`kind`,`level`);--> statement-breakpoint
CREATE TABLE `people` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`full_name` text NOT NULL,
	`folded_name` text NOT NULL,
	`gender` text,
	`birth_year` integer,
	`ethnicity` text,
	`hometown` text,
	`photo_path` text,
	`biography` text,
	`other_names` text DEFAULT '[]' NOT NULL,
	`retracted_at` text,
	`retracted_reason` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	CONSTRAINT "people_gender_check" CHECK(gender IS NULL OR gender IN ('female','male')),
	CONSTRAINT "people_birth_year_check" CHECK(birth_year IS NULL OR birth_year BETWEEN 1900 AND 2100),
	CONSTRAINT "people_retraction_reason" CHECK(retracted_at IS NULL OR retracted_reason IS NOT NULL)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `people_slug_unique` ON `people` (`slug`);--> statement-breakpoint
CREATE INDEX `people_folded_name_idx` ON `people` (`folded_name`);--> statement-breakpoint
CREATE INDEX `people_updated_idx` ON `people` (`updated_at`);--> statement-breakpoint
CREATE TABLE `posts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organization_id` integer NOT NULL,
	`role_key` text NOT NULL,
	`title` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL,
	`max_holders` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "posts_max_holders_check" CHECK(max_holders IS NULL OR max_holders >= 1)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `posts_org_title_unique` ON `posts` (`organization_id`,`title`);--> statement-breakpoint
CREATE UNIQUE INDEX `posts_id_org_unique` ON `posts` (`id`,`organization_id`);--> statement-breakpoint
CREATE INDEX `posts_role_idx` ON `posts` (`role_key`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`expires_at` text NOT NULL,
	`revoked_at` text,
	`user_agent` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `sources` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`publisher` text,
	`published_date` text,
	`published_precision` text,
	`url` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	CONSTRAINT "sources_published_date_check" CHECK((published_date IS NULL AND published_precision IS NULL) OR (published_precision = 'year' AND published_date GLOB '[0-9][0-9][0-9][0-9]') OR (published_precision = 'month' AND published_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]') OR (published_precision = 'day' AND published_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sources_url_unique` ON `sources` (`url`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`username` text NOT NULL,
	`display_name` text NOT NULL,
	`password_hash` text NOT NULL,
	`role` text NOT NULL,
	`scope_organization_id` integer,
	`disabled_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`scope_organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "users_role_check" CHECK(role IN ('admin','editor')),
	CONSTRAINT "users_editor_scope" CHECK(role = 'admin' OR scope_organization_id IS NOT NULL)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_username_unique` ON `users` (`username`);