-- A role is current only while its body is in force: the committees of before the
-- 2025 reform ceased on 30 June 2025, so their open terms are former roles now
-- (db/queries/validity.ts keeps the same rule for every page).
DROP VIEW `search_roles`;
--> statement-breakpoint
CREATE VIEW `search_roles` AS
SELECT
	m.`person_id`,
	m.`held_until` >= date('now') AND (o.`valid_until` IS NULL OR o.`valid_until` >= date('now')) AS `current`,
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
-- An organisation's result shows when it ceased, so the committee of before the reform
-- is told apart from today's of the same name.
DROP VIEW `search_organization_docs`;
--> statement-breakpoint
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
	json_object('slug', o.`slug`, 'name', o.`name`, 'nameEn', o.`name_en`, 'kind', o.`kind`, 'level', o.`level`,
		'validUntil', o.`valid_until`) AS `display`
FROM (
	-- Active while valid_until (at its precision) has not passed.
	SELECT o.*, CASE WHEN o.`valid_until` IS NULL OR o.`valid_until` >= substr(date('now'), 1, length(o.`valid_until`)) THEN 'đc' ELSE 'đf' END AS `status`
	FROM `organizations` o
) o
JOIN `search_org_context` c ON c.`organization_id` = o.`id`
LEFT JOIN `organizations` parent ON parent.`id` = o.`parent_id`;
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
UPDATE `search_state` SET `version` = `version` + 1 WHERE `id` = 1;
