-- Words side by side: each index also holds, for every two neighbouring words of an
-- entry, one word ("đb" + the first + "đ" + the second; word_bigrams() is
-- lib/search/pairs.ts, registered on every connection by db/client.ts), so a query's
-- words typed next to each other ("tỉnh ủy", "xã Kỳ Xá", "nguyễn văn th…") find the
-- documents that hold them so before those that hold them apart; and, for each role,
-- one word for its very post title ("đbđ" + its words, "đ" between), so "chủ tịch" finds
-- chairs before vice chairs. A role's text also marks where the organisation's name
-- ends (" @ "), for ranking a place typed in full. (A role is current only while its body
-- is in force, as 0004 made it.)
DROP VIEW `search_roles`;
--> statement-breakpoint
CREATE VIEW `search_roles` AS
SELECT
	m.`person_id`,
	m.`held_until` >= date('now') AND (o.`valid_until` IS NULL OR o.`valid_until` >= date('now')) AS `current`,
	16 * c.`level_rank` + min(p.`sort_order`, 15) AS `rank`,
	fold_vi(p.`title` || ' / ' || o.`name` || ' @ ' || coalesce(o.`short_name`, '') || ' ' || c.`place`) AS `text`,
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
DROP VIEW `search_names_content`;
--> statement-breakpoint
CREATE VIEW `search_names_content` AS
SELECT `id`, `name` || coalesce((
	SELECT ' ' || group_concat('đw' || replace(`phrase`, ' ', ''), ' ') FROM `search_phrases`
	WHERE instr(' ' || d.`name` || ' ', ' ' || `phrase` || ' ') > 0
), '') || ' ' || name_pairs(`name`) || ' ' || word_bigrams(`name`) AS `name`, `facets`
FROM `search_docs` d;
--> statement-breakpoint
DROP VIEW `search_roles_content`;
--> statement-breakpoint
CREATE VIEW `search_roles_content` AS
SELECT `id`, `about` || coalesce((
	SELECT ' ' || group_concat('đw' || replace(`phrase`, ' ', ''), ' ') FROM `search_phrases`
	WHERE instr(' ' || d.`about` || ' ', ' ' || `phrase` || ' ') > 0
), '') || ' ' || word_bigrams(`about`) AS `about`, `facets`
FROM `search_docs` d WHERE `about` <> '';
--> statement-breakpoint
DROP VIEW `search_former_content`;
--> statement-breakpoint
CREATE VIEW `search_former_content` AS
SELECT `id`, `former` || coalesce((
	SELECT ' ' || group_concat('đw' || replace(`phrase`, ' ', ''), ' ') FROM `search_phrases`
	WHERE instr(' ' || d.`former` || ' ', ' ' || `phrase` || ' ') > 0
), '') || ' ' || word_bigrams(`former`) AS `former`, `facets`
FROM `search_docs` d WHERE `former` <> '';
--> statement-breakpoint
DELETE FROM `search_docs`;
--> statement-breakpoint
INSERT INTO `search_docs` (`id`, `kind`, `ref_id`, `name`, `about`, `former`, `facets`, `display`)
	SELECT `id`, `kind`, `ref_id`, `name`, `about`, `former`, `facets`, `display` FROM `search_source_docs`;
--> statement-breakpoint
INSERT INTO `search_names_fts` (`search_names_fts`) VALUES ('rebuild');
--> statement-breakpoint
INSERT INTO `search_roles_fts` (`search_roles_fts`) VALUES ('rebuild');
--> statement-breakpoint
INSERT INTO `search_former_fts` (`search_former_fts`) VALUES ('rebuild');
--> statement-breakpoint
INSERT INTO `search_names_fts` (`search_names_fts`) VALUES ('optimize');
--> statement-breakpoint
INSERT INTO `search_roles_fts` (`search_roles_fts`) VALUES ('optimize');
--> statement-breakpoint
INSERT INTO `search_former_fts` (`search_former_fts`) VALUES ('optimize');
--> statement-breakpoint
UPDATE `search_state` SET `version` = `version` + 1 WHERE `id` = 1;
