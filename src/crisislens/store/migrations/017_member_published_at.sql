-- crisislens.link (issue 14): a claim group member carries its article's publication moment,
-- not only the day (011's `published`), so that a reader of a group sees which report came
-- first on one day (the morning toll of four and the evening toll of seven). UTC, as
-- articles.published_at (005): NULL when the input gave a day only or a time without an
-- offset (articles.published_local keeps that wall-clock time; join on article_id).
ALTER TABLE claim_group_members ADD COLUMN published_at TIMESTAMP;
