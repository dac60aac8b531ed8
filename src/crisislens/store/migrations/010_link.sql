-- crisislens.link: corpus-level tables (duplicates, stories, incidents, claim and quote groups).
-- link_articles marks which articles the linker has seen (incremental updates) and keeps
-- each article's content vector so an update never recomputes it.
CREATE TABLE link_articles (
    article_id VARCHAR PRIMARY KEY,
    dup_group VARCHAR,          -- near-duplicate group (MinHash LSH); one independent source
    story_id VARCHAR,
    event_date DATE,            -- the date used for story windows (published, else null)
    vector BLOB,                -- float32 L2-normalised TF-IDF-weighted mean word vector
    minhash BLOB                -- uint64 MinHash signature over 5-word shingles
);

CREATE TABLE dup_groups (
    article_id VARCHAR PRIMARY KEY,
    group_id VARCHAR,
    similarity DOUBLE           -- estimated Jaccard with the group's first article
);

CREATE TABLE stories (
    id VARCHAR PRIMARY KEY,
    label VARCHAR,
    first_date DATE,
    last_date DATE,
    size INTEGER,
    centroid BLOB               -- float32 sum of member vectors (normalised on use)
);

CREATE TABLE story_articles (
    story_id VARCHAR,
    article_id VARCHAR,
    similarity DOUBLE
);

CREATE TABLE incidents (
    id VARCHAR PRIMARY KEY,
    source_code VARCHAR,
    target_code VARCHAR,
    cameo VARCHAR,              -- the most frequent code among the mentions
    cameo_root VARCHAR,
    date DATE,                  -- the earliest date any mention gives
    date_end DATE,
    place VARCHAR,
    goldstein DOUBLE,
    n_mentions INTEGER,
    n_articles INTEGER,
    n_sources INTEGER,          -- independent sources: duplicate groups counted once
    outlets JSON,
    story_ids JSON,
    disagreements JSON          -- {"date": {...value: [outlets]}, "cameo": {...}, ...}; {} when none
);

CREATE TABLE incident_mentions (
    incident_id VARCHAR,
    event_id VARCHAR,
    article_id VARCHAR,
    doc_name VARCHAR,
    outlet VARCHAR,
    dup_group VARCHAR,
    source_name VARCHAR,
    target_name VARCHAR,
    target_code VARCHAR,
    cameo VARCHAR,
    date DATE,
    place VARCHAR,
    modality VARCHAR,
    claimant_name VARCHAR,
    sentence VARCHAR
);

CREATE TABLE claim_groups (
    id VARCHAR PRIMARY KEY,
    category VARCHAR,
    subject_code VARCHAR,
    about VARCHAR,
    kind VARCHAR,               -- agreement | contradiction | single-source
    date DATE,
    n_sources INTEGER,          -- distinct (duplicate group, claimant) pairs
    parent_id VARCHAR,          -- agreeing subset of a contradiction group, else null
    "values" JSON               -- {"5": ["Ishaq Dar @ outlet", ...], "6": [...]}
);

CREATE TABLE claim_group_members (
    group_id VARCHAR,
    claim_id VARCHAR,
    article_id VARCHAR,
    doc_name VARCHAR,
    outlet VARCHAR,
    value DOUBLE,
    low DOUBLE,
    high DOUBLE,
    claimant VARCHAR,
    role VARCHAR,               -- count | part (an "including three ..." subset, not compared)
    sentence VARCHAR
);

CREATE TABLE quote_groups (
    id VARCHAR PRIMARY KEY,
    kind VARCHAR,               -- corroborated | speaker-conflict | single-source
    speaker VARCHAR,            -- the most frequent speaker
    text VARCHAR,               -- the longest member text
    n_sources INTEGER,
    speakers JSON
);

CREATE TABLE quote_group_members (
    group_id VARCHAR,
    quote_id VARCHAR,
    article_id VARCHAR,
    doc_name VARCHAR,
    outlet VARCHAR,
    speaker VARCHAR,
    speaker_code VARCHAR,
    direct BOOLEAN,
    text VARCHAR,
    similarity DOUBLE
);

-- document frequencies of content words over every linked article (IDF for new vectors)
CREATE TABLE link_df (
    word VARCHAR PRIMARY KEY,
    df INTEGER
);
