-- crisislens.link (issue 14): each article's median cosine to the reference sample when it
-- was linked; a story link must stand RELATIVE_FACTOR above both articles' baselines.
ALTER TABLE link_articles ADD COLUMN baseline DOUBLE;
