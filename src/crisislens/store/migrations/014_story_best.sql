-- crisislens.link (issue 14): each article's best cosine to an article of another duplicate
-- group within the story window, raised as later articles arrive; a story link must reach
-- NEIGHBOUR_SHARE x the best of one of its two articles (link/stories.py).
ALTER TABLE link_articles ADD COLUMN best DOUBLE;
