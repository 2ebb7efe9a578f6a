-- detente schema v1: articles and everything coded from them.
CREATE TABLE articles (
    id VARCHAR PRIMARY KEY,
    content_hash VARCHAR NOT NULL,
    title VARCHAR,
    date DATE,
    date_source VARCHAR,
    url VARCHAR,
    source VARCHAR,
    origin VARCHAR,
    text VARCHAR NOT NULL,
    n_words INTEGER,
    story_id VARCHAR,
    run_id VARCHAR,
    coded_at TIMESTAMP
);
CREATE TABLE sentences (
    article_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    start_char INTEGER,
    end_char INTEGER
);
CREATE TABLE mentions (
    article_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    text VARCHAR,
    start_char INTEGER,
    end_char INTEGER,
    sentence INTEGER,
    label VARCHAR,
    country VARCHAR,
    sector VARCHAR,
    code VARCHAR,
    name VARCHAR,
    entry VARCHAR,
    antecedent INTEGER,
    rule VARCHAR
);
CREATE TABLE events (
    event_id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    story_id VARCHAR,
    article_date DATE,
    type VARCHAR,
    cameo VARCHAR,
    goldstein DOUBLE,
    quad TINYINT,
    mode VARCHAR,
    context VARCHAR[],
    negated BOOLEAN,
    source STRUCT(country VARCHAR, sector VARCHAR, code VARCHAR, name VARCHAR, text VARCHAR, start_char INTEGER, end_char INTEGER)[],
    target STRUCT(country VARCHAR, sector VARCHAR, code VARCHAR, name VARCHAR, text VARCHAR, start_char INTEGER, end_char INTEGER)[],
    date VARCHAR,
    date_precision VARCHAR,
    event_date DATE,
    location_name VARCHAR,
    location_country VARCHAR,
    lat DOUBLE,
    lon DOUBLE,
    geonames_id BIGINT,
    sentence INTEGER,
    start_char INTEGER,
    end_char INTEGER,
    trigger VARCHAR,
    trigger_start INTEGER,
    trigger_end INTEGER,
    evidence VARCHAR,
    rule VARCHAR,
    quote_idx INTEGER
);
CREATE TABLE quotes (
    quote_id VARCHAR NOT NULL,
    article_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    content VARCHAR,
    start_char INTEGER,
    end_char INTEGER,
    direct BOOLEAN,
    cue VARCHAR,
    cue_start INTEGER,
    cue_end INTEGER,
    speaker_text VARCHAR,
    speaker_name VARCHAR,
    speaker_country VARCHAR,
    speaker_sector VARCHAR,
    speaker_code VARCHAR,
    speaker_start INTEGER,
    speaker_end INTEGER,
    sentence INTEGER,
    events INTEGER[],
    rule VARCHAR
);
CREATE TABLE times (
    article_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    text VARCHAR,
    start_char INTEGER,
    end_char INTEGER,
    value VARCHAR,
    granularity VARCHAR,
    type VARCHAR,
    sentence INTEGER,
    rule VARCHAR
);
CREATE TABLE places (
    article_id VARCHAR NOT NULL,
    idx INTEGER NOT NULL,
    text VARCHAR,
    start_char INTEGER,
    end_char INTEGER,
    name VARCHAR,
    country VARCHAR,
    lat DOUBLE,
    lon DOUBLE,
    geonames_id BIGINT,
    feature VARCHAR,
    sentence INTEGER,
    metonym BOOLEAN,
    rule VARCHAR
);
CREATE TABLE rejections (
    origin VARCHAR PRIMARY KEY,
    article_id VARCHAR,
    stage VARCHAR,
    reason VARCHAR,
    run_id VARCHAR,
    created_at TIMESTAMP
);
CREATE TABLE runs (
    run_id VARCHAR PRIMARY KEY,
    started_at TIMESTAMP,
    finished_at TIMESTAMP,
    status VARCHAR,
    inputs VARCHAR,
    engine VARCHAR,
    workers INTEGER,
    n_coded INTEGER,
    n_unchanged INTEGER,
    n_rejected INTEGER,
    detente_version VARCHAR,
    model VARCHAR,
    data_versions VARCHAR
);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX mentions_article ON mentions(article_id);
CREATE INDEX quotes_article ON quotes(article_id);
CREATE VIEW event_dyads AS
SELECT e.* EXCLUDE (source, target),
       s.src.country AS source_country, s.src.sector AS source_sector, s.src.code AS source_code,
       s.src.name AS source_name, s.src.text AS source_text,
       t.tgt.country AS target_country, t.tgt.sector AS target_sector, t.tgt.code AS target_code,
       t.tgt.name AS target_name, t.tgt.text AS target_text
FROM events e,
     LATERAL (SELECT unnest(CASE WHEN len(e.source) = 0 THEN [NULL] ELSE e.source END) AS src) s,
     LATERAL (SELECT unnest(CASE WHEN len(e.target) = 0 THEN [NULL] ELSE e.target END) AS tgt) t;
