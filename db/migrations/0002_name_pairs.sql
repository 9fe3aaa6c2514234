-- The names index also holds every pair of distinct words in a document's names
-- as one word ("đn" + the two words in order, "đ" between them; name_pairs() is
-- lib/search/pairs.ts, registered on every connection by db/client.ts), so a
-- full-name search walks the short lists of word pairs rather than the long
-- ones of common words such as "nguyen" and "van".
DROP VIEW `search_names_content`;
--> statement-breakpoint
CREATE VIEW `search_names_content` AS
SELECT `id`, `name` || coalesce((
	SELECT ' ' || group_concat('đw' || replace(`phrase`, ' ', ''), ' ') FROM `search_phrases`
	WHERE instr(' ' || d.`name` || ' ', ' ' || `phrase` || ' ') > 0
), '') || ' ' || name_pairs(`name`) AS `name`, `facets`
FROM `search_docs` d;
--> statement-breakpoint
INSERT INTO `search_names_fts` (`search_names_fts`) VALUES ('rebuild');
--> statement-breakpoint
INSERT INTO `search_names_fts` (`search_names_fts`) VALUES ('optimize');
--> statement-breakpoint
UPDATE `search_state` SET `version` = `version` + 1 WHERE `id` = 1;
