-- Full-text search over folded (tone-mark- and đ-free, lowercase) text.
--
-- search_docs holds one document per searchable person and organisation;
-- three FTS5 indexes (external content) cover its names, current roles and
-- former roles. A document's id is
-- its sort key: kind << 48 | static rank << 40 | record id, so FTS5's native
-- rowid order ranks current, senior holders first and lets a query stop after
-- one page (see db/search-index.ts). Triggers on every table a document is
-- built from keep the index in step inside the writing transaction; they stand
-- still while search_state.suspended is set (bulk loads, then one rebuild).
-- Facet tokens (province, level, kind, current/former, person/organisation)
-- start with "đ", which folded user input never contains, so they cannot match
-- typed words.
CREATE TABLE `search_state` (
	`id` integer PRIMARY KEY NOT NULL CHECK (`id` = 1),
	`suspended` integer NOT NULL DEFAULT 0,
	-- Counts the index's changes, so readers know when cached word lists are stale.
	`version` integer NOT NULL DEFAULT 0
);
--> statement-breakpoint
INSERT INTO `search_state` (`id`, `suspended`) VALUES (1, 0);
--> statement-breakpoint
CREATE TABLE `search_docs` (
	`id` integer PRIMARY KEY NOT NULL,
	`kind` text NOT NULL CHECK (`kind` IN ('person', 'organization')),
	`ref_id` integer NOT NULL,
	`name` text NOT NULL,
	`about` text NOT NULL,
	`former` text NOT NULL,
	`facets` text NOT NULL,
	-- What a result shows (name, address, current roles) as JSON, so results need no further queries.
	`display` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `search_docs_ref_unique` ON `search_docs` (`kind`, `ref_id`);
--> statement-breakpoint
-- Three FTS5 indexes over the documents, one per kind of text: names; current
-- roles (for organisations: their places); former roles. FTS5's cost grows with
-- the number of documents holding each query word, so role words ("chu tich",
-- "uy ban") never slow a name search, nor common names a role search, and no
-- query needs a column filter. Each index holds people and organisations; the
-- facets column (tokens starting with "đ") is in all three for filtering.
-- detail = none: queries are ANDs and ORs of single words, never phrases or
-- column filters, so the indexes keep document ids only, not word positions,
-- and FTS5 has a third of the bytes to walk.
-- Phrases of post titles and organisation names (lib/search/equivalents.ts; rebuilds
-- copy the list afresh). Where a text holds one, the index also holds it as one word,
-- "đw" + the phrase without spaces: "uy ban mttq" is then one common word for FTS5 to
-- walk rather than three.
CREATE TABLE `search_phrases` (
	`phrase` text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
INSERT INTO `search_phrases` (`phrase`) VALUES
	('ban chap hanh'),
	('ban thuong truc'),
	('ban thuong vu'),
	('bi thu'),
	('chanh van phong'),
	('chu tich'),
	('cong doan'),
	('cuu chien binh'),
	('dang cong san viet nam'),
	('doan thanh nien'),
	('ho chi minh'),
	('hoi cuu chien binh'),
	('hoi dong nhan dan'),
	('hoi lien hiep phu nu'),
	('hoi nong dan'),
	('lien doan lao dong'),
	('lien hiep phu nu'),
	('mat tran'),
	('mat tran to quoc'),
	('pho bi thu'),
	('pho chanh van phong'),
	('pho chu tich'),
	('pho chu tich thuong truc'),
	('pho truong ban'),
	('thanh nien cong san'),
	('thanh pho'),
	('trung uong'),
	('truong ban'),
	('uy ban'),
	('uy ban mat tran'),
	('uy ban mat tran to quoc'),
	('uy ban mttq'),
	('uy ban nhan dan'),
	('uy ban trung uong mat tran to quoc'),
	('uy ban trung uong mttq'),
	('uy vien'),
	('uy vien ban chap hanh'),
	('uy vien ban thuong truc'),
	('uy vien ban thuong vu'),
	('uy vien du khuyet'),
	('uy vien uy ban'),
	('viet nam');
--> statement-breakpoint
CREATE VIEW `search_names_content` AS
SELECT `id`, `name` || coalesce((
	SELECT ' ' || group_concat('đw' || replace(`phrase`, ' ', ''), ' ') FROM `search_phrases`
	WHERE instr(' ' || d.`name` || ' ', ' ' || `phrase` || ' ') > 0
), '') AS `name`, `facets`
FROM `search_docs` d;
--> statement-breakpoint
CREATE VIEW `search_roles_content` AS
SELECT `id`, `about` || coalesce((
	SELECT ' ' || group_concat('đw' || replace(`phrase`, ' ', ''), ' ') FROM `search_phrases`
	WHERE instr(' ' || d.`about` || ' ', ' ' || `phrase` || ' ') > 0
), '') AS `about`, `facets`
FROM `search_docs` d WHERE `about` <> '';
--> statement-breakpoint
CREATE VIEW `search_former_content` AS
SELECT `id`, `former` || coalesce((
	SELECT ' ' || group_concat('đw' || replace(`phrase`, ' ', ''), ' ') FROM `search_phrases`
	WHERE instr(' ' || d.`former` || ' ', ' ' || `phrase` || ' ') > 0
), '') AS `former`, `facets`
FROM `search_docs` d WHERE `former` <> '';
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_names_fts` USING fts5(
	name, facets, content = 'search_names_content', content_rowid = 'id',
	tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3', detail = none
);
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_roles_fts` USING fts5(
	about, facets, content = 'search_roles_content', content_rowid = 'id',
	tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3', detail = none
);
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_former_fts` USING fts5(
	former, facets, content = 'search_former_content', content_rowid = 'id',
	tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3', detail = none
);
--> statement-breakpoint
-- Every indexed word with the number of documents holding it: the typo corrector's dictionary.
CREATE VIRTUAL TABLE `search_names_vocab` USING fts5vocab('search_names_fts', 'row');
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_roles_vocab` USING fts5vocab('search_roles_fts', 'row');
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_former_vocab` USING fts5vocab('search_former_fts', 'row');
--> statement-breakpoint
-- Where an organisation sits: its area and the areas above it (up to the province),
-- its rank for ordering and its facet tokens.
CREATE VIEW `search_org_context` AS
SELECT
	`organization_id`,
	`place`,
	`level_rank`,
	`kind_rank`,
	'đxp' || coalesce(`province_id`, 0) || ' đxl' || `level` || ' đxk' || replace(`kind`, '_', '') AS `facets`
FROM (
	SELECT
		o.`id` AS `organization_id`,
		o.`level`,
		o.`kind`,
		CASE
			WHEN a.`kind` IN ('province', 'city') THEN a.`id`
			WHEN a1.`kind` IN ('province', 'city') THEN a1.`id`
			WHEN a2.`kind` IN ('province', 'city') THEN a2.`id`
		END AS `province_id`,
		trim(
			coalesce(a.`name`, '')
			|| ' ' || CASE WHEN a1.`kind` <> 'country' THEN a1.`name` ELSE '' END
			|| ' ' || CASE WHEN a2.`kind` <> 'country' THEN a2.`name` ELSE '' END
		) AS `place`,
		CASE o.`level` WHEN 'central' THEN 0 WHEN 'province' THEN 1 WHEN 'district' THEN 2 ELSE 3 END AS `level_rank`,
		CASE o.`kind`
			WHEN 'front_committee' THEN 0 WHEN 'member_organization' THEN 1 WHEN 'party_committee' THEN 2
			WHEN 'board' THEN 3 ELSE 4
		END AS `kind_rank`
	FROM `organizations` o
	LEFT JOIN `areas` a ON a.`id` = o.`area_id`
	LEFT JOIN `areas` a1 ON a1.`id` = a.`parent_id`
	LEFT JOIN `areas` a2 ON a2.`id` = a1.`parent_id`
);
--> statement-breakpoint
-- Each term a person holds or held, as "post title / organisation, short name, places".
-- The " / " and " | " separators are not words to FTS5; lib/search/rank.ts splits on them.
CREATE VIEW `search_roles` AS
SELECT
	m.`person_id`,
	m.`held_until` >= date('now') AS `current`,
	16 * c.`level_rank` + min(p.`sort_order`, 15) AS `rank`,
	fold_vi(p.`title` || ' / ' || o.`name` || ' ' || coalesce(o.`short_name`, '') || ' ' || c.`place`) AS `text`,
	c.`facets`,
	json_object('title', p.`title`, 'roleKey', p.`role_key`, 'organization', o.`name`,
		'organizationEn', o.`name_en`, 'level', o.`level`) AS `display`,
	o.`name` AS `organization_name`
FROM `memberships` m
JOIN `posts` p ON p.`id` = m.`post_id`
JOIN `organizations` o ON o.`id` = m.`organization_id`
JOIN `search_org_context` c ON c.`organization_id` = o.`id`
WHERE m.`retracted_at` IS NULL;
--> statement-breakpoint
-- A person's document: names; current roles; former roles; facets of both, plain (đx…)
-- and marked current (đc…) or former (đf…). Rank: best current role, else best former one.
CREATE VIEW `search_person_docs` AS
SELECT
	(1 << 48) | (coalesce(
		(SELECT min(r.`rank`) FROM `search_roles` r WHERE r.`person_id` = p.`id` AND r.`current`),
		64 + (SELECT min(r.`rank`) FROM `search_roles` r WHERE r.`person_id` = p.`id`),
		128
	) << 40) | p.`id` AS `id`,
	'person' AS `kind`,
	p.`id` AS `ref_id`,
	fold_vi(p.`full_name` || coalesce((
		SELECT ' | ' || group_concat(j.`value`, ' | ')
		FROM json_each(CASE WHEN json_valid(p.`other_names`) THEN p.`other_names` ELSE '[]' END) j
	), '')) AS `name`,
	coalesce((
		SELECT group_concat(r.`text`, ' | ' ORDER BY r.`rank`, r.`text`)
		FROM `search_roles` r WHERE r.`person_id` = p.`id` AND r.`current`
	), '') AS `about`,
	coalesce((
		SELECT group_concat(r.`text`, ' | ' ORDER BY r.`rank`, r.`text`)
		FROM `search_roles` r WHERE r.`person_id` = p.`id` AND NOT r.`current`
	), '') AS `former`,
	-- DISTINCT drops the repeats of several roles in one place; its "," separates tokens too.
	coalesce((
		SELECT group_concat(DISTINCT
			r.`facets` || ' ' || replace(r.`facets`, 'đx', CASE WHEN r.`current` THEN 'đc' ELSE 'đf' END)
				|| CASE WHEN r.`current` THEN ' đcs' ELSE ' đfs' END)
		FROM `search_roles` r WHERE r.`person_id` = p.`id`
	), '') || ' đtp' AS `facets`,
	json_object('slug', p.`slug`, 'name', p.`full_name`, 'roles', (
		SELECT json_group_array(json(r.`display`) ORDER BY r.`rank`, r.`organization_name`)
		FROM `search_roles` r WHERE r.`person_id` = p.`id` AND r.`current`
	)) AS `display`
FROM `people` p
WHERE p.`retracted_at` IS NULL;
--> statement-breakpoint
-- An organisation's document: its names; its places and parent; facets. Rank: active
-- before dissolved, then level, then kind.
CREATE VIEW `search_organization_docs` AS
SELECT
	(2 << 48) | ((
		CASE o.`status` WHEN 'đc' THEN 0 ELSE 64 END
		+ 16 * c.`level_rank` + c.`kind_rank`
	) << 40) | o.`id` AS `id`,
	'organization' AS `kind`,
	o.`id` AS `ref_id`,
	fold_vi(o.`name` || ' | ' || coalesce(o.`short_name`, '') || ' | ' || coalesce(o.`name_en`, '')) AS `name`,
	fold_vi(c.`place` || ' | ' || coalesce(parent.`name`, '')) AS `about`,
	'' AS `former`,
	c.`facets` || ' ' || replace(c.`facets`, 'đx', `status`) || ' ' || `status` || 's đto' AS `facets`,
	json_object('slug', o.`slug`, 'name', o.`name`, 'nameEn', o.`name_en`, 'kind', o.`kind`, 'level', o.`level`) AS `display`
FROM (
	-- Active while valid_until (at its precision) has not passed.
	SELECT o.*, CASE WHEN o.`valid_until` IS NULL OR o.`valid_until` >= substr(date('now'), 1, length(o.`valid_until`)) THEN 'đc' ELSE 'đf' END AS `status`
	FROM `organizations` o
) o
JOIN `search_org_context` c ON c.`organization_id` = o.`id`
LEFT JOIN `organizations` parent ON parent.`id` = o.`parent_id`;
--> statement-breakpoint
CREATE VIEW `search_source_docs` AS
SELECT `id`, `kind`, `ref_id`, `name`, `about`, `former`, `facets`, `display` FROM `search_person_docs`
UNION ALL
SELECT `id`, `kind`, `ref_id`, `name`, `about`, `former`, `facets`, `display` FROM `search_organization_docs`;
--> statement-breakpoint
-- A procedure in SQLite's terms: inserting (kind, ref_id) here rewrites that document
-- (or removes it, when its record is gone or retracted).
CREATE VIEW `search_refresh` AS SELECT NULL AS `kind`, NULL AS `ref_id` WHERE 0;
--> statement-breakpoint
CREATE TRIGGER `search_refresh_document` INSTEAD OF INSERT ON `search_refresh`
BEGIN
	-- The index takes its text from the content views, so the old text is read from them too.
	INSERT INTO `search_names_fts` (`search_names_fts`, rowid, `name`, `facets`)
		SELECT 'delete', c.`id`, c.`name`, c.`facets` FROM `search_names_content` c
		WHERE c.`id` = (SELECT `id` FROM `search_docs` WHERE `kind` = NEW.`kind` AND `ref_id` = NEW.`ref_id`);
	INSERT INTO `search_roles_fts` (`search_roles_fts`, rowid, `about`, `facets`)
		SELECT 'delete', c.`id`, c.`about`, c.`facets` FROM `search_roles_content` c
		WHERE c.`id` = (SELECT `id` FROM `search_docs` WHERE `kind` = NEW.`kind` AND `ref_id` = NEW.`ref_id`);
	INSERT INTO `search_former_fts` (`search_former_fts`, rowid, `former`, `facets`)
		SELECT 'delete', c.`id`, c.`former`, c.`facets` FROM `search_former_content` c
		WHERE c.`id` = (SELECT `id` FROM `search_docs` WHERE `kind` = NEW.`kind` AND `ref_id` = NEW.`ref_id`);
	DELETE FROM `search_docs` WHERE `kind` = NEW.`kind` AND `ref_id` = NEW.`ref_id`;
	INSERT INTO `search_docs` (`id`, `kind`, `ref_id`, `name`, `about`, `former`, `facets`, `display`)
		SELECT `id`, `kind`, `ref_id`, `name`, `about`, `former`, `facets`, `display` FROM `search_source_docs`
		WHERE `kind` = NEW.`kind` AND `ref_id` = NEW.`ref_id`;
	INSERT INTO `search_names_fts` (rowid, `name`, `facets`)
		SELECT c.`id`, c.`name`, c.`facets` FROM `search_names_content` c
		WHERE c.`id` = (SELECT `id` FROM `search_docs` WHERE `kind` = NEW.`kind` AND `ref_id` = NEW.`ref_id`);
	INSERT INTO `search_roles_fts` (rowid, `about`, `facets`)
		SELECT c.`id`, c.`about`, c.`facets` FROM `search_roles_content` c
		WHERE c.`id` = (SELECT `id` FROM `search_docs` WHERE `kind` = NEW.`kind` AND `ref_id` = NEW.`ref_id`);
	INSERT INTO `search_former_fts` (rowid, `former`, `facets`)
		SELECT c.`id`, c.`former`, c.`facets` FROM `search_former_content` c
		WHERE c.`id` = (SELECT `id` FROM `search_docs` WHERE `kind` = NEW.`kind` AND `ref_id` = NEW.`ref_id`);
	UPDATE `search_state` SET `version` = `version` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
-- Inserting an organisation id here rewrites its document, its office holders' documents
-- (their roles name it) and its children's documents (theirs name it as parent).
CREATE VIEW `search_refresh_organization` AS SELECT NULL AS `organization_id` WHERE 0;
--> statement-breakpoint
CREATE TRIGGER `search_refresh_organization_documents` INSTEAD OF INSERT ON `search_refresh_organization`
BEGIN
	INSERT INTO `search_refresh` (`kind`, `ref_id`)
		SELECT 'organization', NEW.`organization_id`
		UNION SELECT 'organization', `id` FROM `organizations` WHERE `parent_id` = NEW.`organization_id`;
	INSERT INTO `search_refresh` (`kind`, `ref_id`)
		SELECT DISTINCT 'person', `person_id` FROM `memberships`
		WHERE `organization_id` = NEW.`organization_id` AND `retracted_at` IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `search_people_insert` AFTER INSERT ON `people`
WHEN NOT EXISTS (SELECT 1 FROM `search_state` WHERE `suspended`)
BEGIN
	INSERT INTO `search_refresh` (`kind`, `ref_id`) VALUES ('person', NEW.`id`);
END;
--> statement-breakpoint
CREATE TRIGGER `search_people_update` AFTER UPDATE OF `id`, `slug`, `full_name`, `other_names`, `retracted_at` ON `people`
WHEN NOT EXISTS (SELECT 1 FROM `search_state` WHERE `suspended`)
BEGIN
	INSERT INTO `search_refresh` (`kind`, `ref_id`) SELECT 'person', OLD.`id` UNION SELECT 'person', NEW.`id`;
END;
--> statement-breakpoint
CREATE TRIGGER `search_people_delete` AFTER DELETE ON `people`
WHEN NOT EXISTS (SELECT 1 FROM `search_state` WHERE `suspended`)
BEGIN
	INSERT INTO `search_refresh` (`kind`, `ref_id`) VALUES ('person', OLD.`id`);
END;
--> statement-breakpoint
CREATE TRIGGER `search_memberships_insert` AFTER INSERT ON `memberships`
WHEN NOT EXISTS (SELECT 1 FROM `search_state` WHERE `suspended`)
BEGIN
	INSERT INTO `search_refresh` (`kind`, `ref_id`) VALUES ('person', NEW.`person_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `search_memberships_update` AFTER UPDATE ON `memberships`
WHEN NOT EXISTS (SELECT 1 FROM `search_state` WHERE `suspended`)
BEGIN
	INSERT INTO `search_refresh` (`kind`, `ref_id`) SELECT 'person', OLD.`person_id` UNION SELECT 'person', NEW.`person_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `search_memberships_delete` AFTER DELETE ON `memberships`
WHEN NOT EXISTS (SELECT 1 FROM `search_state` WHERE `suspended`)
BEGIN
	INSERT INTO `search_refresh` (`kind`, `ref_id`) VALUES ('person', OLD.`person_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `search_posts_update` AFTER UPDATE OF `title`, `role_key`, `sort_order`, `organization_id` ON `posts`
WHEN NOT EXISTS (SELECT 1 FROM `search_state` WHERE `suspended`)
BEGIN
	INSERT INTO `search_refresh` (`kind`, `ref_id`)
		SELECT DISTINCT 'person', `person_id` FROM `memberships` WHERE `post_id` = NEW.`id` AND `retracted_at` IS NULL;
END;
--> statement-breakpoint
CREATE TRIGGER `search_organizations_insert` AFTER INSERT ON `organizations`
WHEN NOT EXISTS (SELECT 1 FROM `search_state` WHERE `suspended`)
BEGIN
	INSERT INTO `search_refresh` (`kind`, `ref_id`) VALUES ('organization', NEW.`id`);
END;
--> statement-breakpoint
CREATE TRIGGER `search_organizations_update`
AFTER UPDATE OF `slug`, `name`, `short_name`, `name_en`, `kind`, `level`, `area_id`, `parent_id`, `valid_until` ON `organizations`
WHEN NOT EXISTS (SELECT 1 FROM `search_state` WHERE `suspended`)
BEGIN
	INSERT INTO `search_refresh_organization` (`organization_id`) VALUES (NEW.`id`);
END;
--> statement-breakpoint
CREATE TRIGGER `search_organizations_delete` AFTER DELETE ON `organizations`
WHEN NOT EXISTS (SELECT 1 FROM `search_state` WHERE `suspended`)
BEGIN
	INSERT INTO `search_refresh` (`kind`, `ref_id`) VALUES ('organization', OLD.`id`);
END;
--> statement-breakpoint
-- An area's name reaches the documents of organisations in it and in the two levels below.
CREATE TRIGGER `search_areas_update` AFTER UPDATE OF `name`, `kind`, `parent_id` ON `areas`
WHEN NOT EXISTS (SELECT 1 FROM `search_state` WHERE `suspended`)
BEGIN
	INSERT INTO `search_refresh_organization` (`organization_id`)
		SELECT `id` FROM `organizations` WHERE `area_id` IN (
			SELECT `id` FROM `areas` WHERE `id` = NEW.`id` OR `parent_id` = NEW.`id`
				OR `parent_id` IN (SELECT `id` FROM `areas` WHERE `parent_id` = NEW.`id`)
		);
END;
--> statement-breakpoint
INSERT INTO `search_docs` (`id`, `kind`, `ref_id`, `name`, `about`, `former`, `facets`, `display`)
	SELECT `id`, `kind`, `ref_id`, `name`, `about`, `former`, `facets`, `display` FROM `search_source_docs`;
--> statement-breakpoint
INSERT INTO `search_names_fts` (`search_names_fts`) VALUES ('rebuild');
--> statement-breakpoint
INSERT INTO `search_roles_fts` (`search_roles_fts`) VALUES ('rebuild');
--> statement-breakpoint
INSERT INTO `search_former_fts` (`search_former_fts`) VALUES ('rebuild');
