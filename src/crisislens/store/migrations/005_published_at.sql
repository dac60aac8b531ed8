-- crisislens core: the publication time of day, where the input gives one.
-- articles.published stays the DATE it always was; published_at is the moment
-- (UTC, from a stamp with a time and an offset) or NULL when the input gives a
-- day only: never an invented midnight. The claim linker orders two reports of
-- one day by it (a lower toll earlier and a higher one later is a revision).
ALTER TABLE articles ADD COLUMN published_at TIMESTAMP;
