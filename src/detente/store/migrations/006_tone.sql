-- detente schema v6: tone (issue #18). Every sentence, quote and article carries the tone of
-- its text (VADER adapted to news), events carry their evidence sentence's tone beside the
-- Goldstein score. ``tone`` is the compound score (-1..+1); an article's ``avg_tone`` is GDELT's
-- tone (positive minus negative words per hundred words). ``tone_evidence`` lists the words
-- that moved the score, with offsets, valence and the lexicon entry.
ALTER TABLE articles ADD COLUMN tone DOUBLE;
ALTER TABLE articles ADD COLUMN avg_tone DOUBLE;
ALTER TABLE articles ADD COLUMN tone_positive INTEGER;
ALTER TABLE articles ADD COLUMN tone_negative INTEGER;
ALTER TABLE articles ADD COLUMN tone_words INTEGER;
ALTER TABLE sentences ADD COLUMN tone DOUBLE;
ALTER TABLE sentences ADD COLUMN tone_label VARCHAR;
ALTER TABLE sentences ADD COLUMN tone_evidence STRUCT(text VARCHAR, start_char INTEGER, end_char INTEGER, valence DOUBLE, entry VARCHAR)[];
ALTER TABLE quotes ADD COLUMN tone DOUBLE;
ALTER TABLE quotes ADD COLUMN tone_label VARCHAR;
ALTER TABLE quotes ADD COLUMN tone_evidence STRUCT(text VARCHAR, start_char INTEGER, end_char INTEGER, valence DOUBLE, entry VARCHAR)[];
ALTER TABLE events ADD COLUMN tone DOUBLE;
