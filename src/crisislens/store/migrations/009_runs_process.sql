-- crisislens store: which process ran a run, and what kind of run it was.
-- pid lets the next writer mark runs of a killed process 'killed'; kind is
-- 'analyze' or 'link' (linking is a step of its own that can be re-run).
ALTER TABLE runs ADD COLUMN pid INTEGER;
ALTER TABLE runs ADD COLUMN kind VARCHAR DEFAULT 'analyze';
