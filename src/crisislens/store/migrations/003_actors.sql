-- crisislens.actors: how an actor's code and sector were decided (dictionary entry and date,
-- a role resolved to its dated holder, or empty when the text says it all).
ALTER TABLE actors ADD COLUMN how VARCHAR DEFAULT '';
