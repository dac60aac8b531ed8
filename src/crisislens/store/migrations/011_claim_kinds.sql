-- crisislens.link (issue 14): claim groups keyed by incident, with the four kinds
-- (agreement | range | revision | contradiction, or single-source) and why members
-- were put together; members carry the claimant's side and the publication day.
ALTER TABLE claim_groups ADD COLUMN incident_id VARCHAR;   -- the incident most members' sentences report
ALTER TABLE claim_groups ADD COLUMN place VARCHAR;         -- the place of that incident, when the events give one
ALTER TABLE claim_groups ADD COLUMN reason VARCHAR;        -- why these claims were compared, in words
ALTER TABLE claim_groups ADD COLUMN sides JSON;            -- {"PAK": ["5", "6"], "outlet: X": ["5"]}
ALTER TABLE claim_group_members ADD COLUMN claimant_code VARCHAR;
ALTER TABLE claim_group_members ADD COLUMN published DATE;
ALTER TABLE claim_group_members ADD COLUMN incident_id VARCHAR;
ALTER TABLE claim_group_members ADD COLUMN copy_of VARCHAR;  -- a wire copy's original article: counted once
