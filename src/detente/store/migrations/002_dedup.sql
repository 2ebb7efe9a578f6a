-- detente schema v2: near-duplicate stories (dedup/). One MinHash signature per article and
-- its LSH band keys, written in the same transaction as the article's rows, so later runs
-- join the stories of earlier ones. articles.story_id and events.story_id hold the story.
CREATE TABLE story_signatures (
    article_id VARCHAR PRIMARY KEY,
    story_id VARCHAR NOT NULL,
    num_perm INTEGER NOT NULL,
    signature BLOB NOT NULL
);
CREATE TABLE story_bands (
    band SMALLINT NOT NULL,
    bucket BIGINT NOT NULL,
    article_id VARCHAR NOT NULL,
    story_id VARCHAR NOT NULL
);
