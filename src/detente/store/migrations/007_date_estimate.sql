-- detente schema v7: an undated article's estimated date (issue 14, round 29). Kept apart from
-- ``date`` (a publication date read from the input): ``estimated_date`` is the middle of the span
-- ``estimated_from``..``estimated_to`` the roster people the text titles held their offices in,
-- ``estimated_by`` the evidence (``office:<person>#<title>``, ``year:<YYYY>``). NULL for a dated
-- article, one nothing dates, and rows of older databases.
ALTER TABLE articles ADD COLUMN estimated_date DATE;
ALTER TABLE articles ADD COLUMN estimated_from DATE;
ALTER TABLE articles ADD COLUMN estimated_to DATE;
ALTER TABLE articles ADD COLUMN estimated_by VARCHAR[];
