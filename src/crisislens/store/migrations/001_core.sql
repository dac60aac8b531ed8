-- crisislens core schema: articles, runs, and the per-article facts.
-- Columns mirror the dataclasses in crisislens/model.py (lists/dicts are JSON text).
CREATE TABLE articles (
    id VARCHAR PRIMARY KEY,
    doc_name VARCHAR NOT NULL,
    source VARCHAR,
    text VARCHAR NOT NULL,
    clean_text VARCHAR NOT NULL,
    offset_map JSON,
    url VARCHAR,
    outlet VARCHAR,
    outlet_how VARCHAR,
    title VARCHAR,
    title_how VARCHAR,
    published DATE,
    published_how VARCHAR,
    language VARCHAR,
    language_how VARCHAR,
    embedded_posts JSON,
    notes JSON,
    words INTEGER,
    run_id VARCHAR,
    analyzed BOOLEAN DEFAULT FALSE
);

CREATE TABLE runs (
    id VARCHAR PRIMARY KEY,
    started_at TIMESTAMP,
    finished_at TIMESTAMP,
    version VARCHAR,
    inputs JSON,
    counts JSON,
    status VARCHAR
);

CREATE TABLE run_problems (
    run_id VARCHAR,
    source VARCHAR,
    line INTEGER,
    reason VARCHAR,
    fatal BOOLEAN
);

CREATE TABLE actors (
    id VARCHAR PRIMARY KEY,
    name VARCHAR,
    code VARCHAR,
    sector VARCHAR,
    kind VARCHAR,
    roles JSON,
    aliases JSON
);

CREATE TABLE mentions (
    article_id VARCHAR,
    actor_id VARCHAR,
    "start" INTEGER,
    "end" INTEGER,
    text VARCHAR,
    how VARCHAR,
    sent_start INTEGER,
    sent_end INTEGER
);

CREATE TABLE events (
    id VARCHAR PRIMARY KEY,
    article_id VARCHAR,
    source_actor_id VARCHAR, source_name VARCHAR, source_code VARCHAR, source_sector VARCHAR,
    target_actor_id VARCHAR, target_name VARCHAR, target_code VARCHAR, target_sector VARCHAR,
    cameo VARCHAR, cameo_root VARCHAR, plover VARCHAR, plover_mode VARCHAR,
    goldstein DOUBLE, quad_class INTEGER, predicate VARCHAR,
    date DATE, date_end DATE, date_text VARCHAR,
    place VARCHAR, place_code VARCHAR,
    claimant_actor_id VARCHAR, claimant_name VARCHAR,
    modality VARCHAR,
    sent_start INTEGER, sent_end INTEGER, sentence VARCHAR
);

CREATE TABLE quotes (
    id VARCHAR PRIMARY KEY,
    article_id VARCHAR,
    speaker_actor_id VARCHAR, speaker_name VARCHAR, speaker_code VARCHAR,
    direct BOOLEAN, text VARCHAR, text_start INTEGER, text_end INTEGER,
    cue VARCHAR, addressee VARCHAR, medium VARCHAR, embedded_post BOOLEAN,
    sent_start INTEGER, sent_end INTEGER, sentence VARCHAR
);

CREATE TABLE claims (
    id VARCHAR PRIMARY KEY,
    article_id VARCHAR,
    value DOUBLE, low DOUBLE, high DOUBLE, qualifier VARCHAR, number_text VARCHAR,
    what VARCHAR, category VARCHAR, subject_code VARCHAR,
    claimant_actor_id VARCHAR, claimant_name VARCHAR, claimant_code VARCHAR,
    quote_id VARCHAR, date DATE,
    sent_start INTEGER, sent_end INTEGER, sentence VARCHAR
);
