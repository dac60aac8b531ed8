-- crisislens.link (issue 14): the story linker's settings the stored vectors and stories were
-- made with (link.vectors.settings_fingerprint). When they differ from the installed ones,
-- the next link re-links every article, so a store never mixes vectors of two settings.
CREATE TABLE IF NOT EXISTS link_settings (
    name  VARCHAR PRIMARY KEY,
    value VARCHAR
);
