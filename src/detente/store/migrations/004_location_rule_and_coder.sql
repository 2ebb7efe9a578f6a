-- detente schema v4: which rule tied a place to an event, and which coder version coded an
-- article (detente version + model + data-file checksums), so a re-run after an upgrade
-- re-codes articles instead of skipping them as unchanged.
ALTER TABLE events ADD COLUMN location_rule VARCHAR;
ALTER TABLE articles ADD COLUMN coder VARCHAR;
