-- detente schema v5: what each stored article is about, for story grouping. A text match
-- (MinHash) only proposes a story; the publication date, the actors and places named and the
-- numbers confirm it (dedup.context). Rows of older databases keep NULLs, which never refuse.
ALTER TABLE story_signatures ADD COLUMN published DATE;
ALTER TABLE story_signatures ADD COLUMN about VARCHAR[];
ALTER TABLE story_signatures ADD COLUMN numbers VARCHAR[];
