-- crisislens.extract.events: how each event's code was found (dictionary, rule:<name>,
-- nearest:<lemma> for the word-vector back-off) and how its date was found (own, tense,
-- paragraph, headline, incident, main; NULL when the text does not fix it).
ALTER TABLE events ADD COLUMN how VARCHAR DEFAULT 'dictionary';
ALTER TABLE events ADD COLUMN date_how VARCHAR;
