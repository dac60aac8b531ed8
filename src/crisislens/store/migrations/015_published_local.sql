-- crisislens core (issue 14 review): the publication time as the input wrote it.
-- published_at (005) stays the UTC moment, NULL unless the stamp states its offset,
-- so that nothing orders reports by a guessed zone. A stamp with a time of day but no
-- offset ("2024-04-10T08:15:00", common in CMS meta tags) used to leave no trace of
-- its time; now its wall-clock time is kept here with the offset marked 'unknown'.
-- published_local: the wall-clock time as given, ISO 'YYYY-MM-DDTHH:MM:SS' (naive);
-- published_offset: its UTC offset as '+03:00' / '+00:00', or 'unknown'.
-- Both NULL when the input gives a day only (no invented midnight).
ALTER TABLE articles ADD COLUMN published_local VARCHAR;
ALTER TABLE articles ADD COLUMN published_offset VARCHAR;
