"""The tone stage: VADER's rules on spaCy's words, the news lexicon, evidence on every value."""

from __future__ import annotations

import pytest

import detente
from detente.resources import data_path
from detente.tone.lexicon import read_news_lexicon


def _tone(text: str):
    coded = detente.code(text, date="2021-06-16")
    return coded, coded.sentences[0].tone


def test_a_diplomatic_word_moves_the_tone_and_is_its_evidence():
    # "constructive" is not in VADER's lexicon: the news lexicon gives it its communiqué sense.
    coded, tone = _tone("Both sides described the talks as constructive.")
    assert tone.label == "positive" and tone.score > 0.1
    [word] = [w for w in tone.evidence if not w.entry.startswith("model:")]
    assert (word.text, word.entry) == ("constructive", "news:constructive")
    assert coded.article.text[word.start:word.end] == "constructive"


def test_a_phrase_is_one_word_with_the_offsets_of_the_whole_phrase():
    coded, tone = _tone("Relations hit their lowest point in decades.")
    found = {w.text: w for w in tone.evidence}
    assert "lowest point" in found and found["lowest point"].entry == "news:lowest point"
    w = found["lowest point"]
    assert coded.article.text[w.start:w.end] == "lowest point" and tone.label == "negative"


def test_negation_is_the_library_s():
    # VADER's own negation rule turns "not constructive" around (spaCy's "n't" counts too).
    _, plain = _tone("The talks were constructive.")
    _, negated = _tone("The talks were not constructive.")
    _, contracted = _tone("The talks weren't constructive.")
    assert plain.score > 0 > negated.score and contracted.score < 0


def test_words_inside_proper_names_carry_no_tone():
    # "United" (+1.8), "Security" (+1.4) and "Justice" (+2.4) in VADER's lexicon are names here.
    # (The learned model may still read the act, "met": a meeting, quad 1.)
    coded, tone = _tone("The United Nations Security Council met the Justice and Development Party.")
    assert [w.text for w in tone.evidence if not w.entry.startswith("model:")] == []
    from detente.nlp import columns
    from detente.resources import default_resources
    from detente.tone.score import lexicon_scores, span_words

    lexicon = default_resources().get("tone")
    text = coded.article.text
    words = span_words(text, columns(coded.doc), 0, len(coded.doc), lexicon)
    assert lexicon_scores(words, text, lexicon, coded.doc) == ([0.0] * len(words.words_and_emoticons), 0.0)


def test_general_sense_words_are_neutral_in_news():
    # "party" is a celebration to VADER (+1.7); in news a political party.
    _, tone = _tone("The ruling party won the vote in parliament.")
    assert "party" not in [w.text for w in tone.evidence]


def test_events_quotes_and_the_article_are_toned(geneva_coded):
    coded = geneva_coded
    for e in coded.events:
        assert e.tone == pytest.approx(coded.sentences[e.sentence].tone.score, abs=1e-4)
    hope = next(q for q in coded.quotes if q.content.startswith("glimpse of hope"))
    assert hope.tone.label == "positive" and [w.text for w in hope.tone.evidence] == ["glimpse of hope"]
    tone = coded.tone
    assert tone.words == sum(s.tone.words for s in coded.sentences)
    assert tone.avg_tone == pytest.approx(100 * (tone.positive - tone.negative) / tone.words)
    # the paragraph on relations "deteriorating for years" is the most hostile of the article
    worst = min(coded.sentences, key=lambda s: s.tone.score)
    assert "deteriorating" in coded.article.text[worst.start:worst.end]


def test_the_news_lexicon_is_documented_and_well_formed():
    path = data_path("tone", "news_lexicon.tsv")
    head = path.read_text(encoding="utf-8")[:1500]
    assert all(k in head for k in ("# source:", "# licence:", "# made:"))
    entries = read_news_lexicon(path)
    assert len({e.entry for e in entries}) == len(entries)
    assert all(-4 <= e.valence <= 4 and e.why for e in entries)
    for word in ("constructive", "frank", "tensions", "escalation", "thaw", "lowest point"):
        assert word in {e.entry for e in entries}


def test_tone_is_stored_with_its_evidence(geneva_coded, db_path):
    from detente.store import open_store

    with open_store(db_path) as store:
        store.write([geneva_coded])
        row = store.query("SELECT tone, avg_tone, tone_words FROM articles")[0]
        assert row["avg_tone"] == pytest.approx(geneva_coded.tone.avg_tone)
        ev = store.query("SELECT tone FROM events ORDER BY idx")
        assert [r["tone"] for r in ev] == [e.tone for e in geneva_coded.events]
        assert store.query("SELECT count(*) AS n FROM sentences WHERE tone IS NULL")[0]["n"] == 0
        words = store.query("SELECT unnest(tone_evidence) AS w FROM sentences")
        assert any(r["w"]["text"] == "lowest point" for r in words)
        quotes = store.query("SELECT tone, tone_label FROM quotes WHERE content LIKE 'glimpse%'")
        assert quotes[0]["tone_label"] == "positive"


def test_the_windowed_analyzer_scores_as_vader_does():
    # VADER's negation and idiom checks read words i-3..i+2 only; the windowed analyzer hands
    # them just those words. Sentences with negations, boosters, idioms, "but", capitals, and
    # sentiment words at the very start and end, where the windows are cut.
    import random

    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from detente.tone.lexicon import windowed_analyzer

    stock, windowed = SentimentIntensityAnalyzer(), windowed_analyzer()()
    sentences = [
        "Good.", "Not good.", "Never so bad.", "It was not very good at all",
        "The talks were never this productive, but the mood was grim.",
        "Without doubt the deal is a great success", "The kind of progress they hoped for",
        "He said the plan was the shit and a bad ass idea", "They are NOT happy, and VERY angry!",
        "At least it is not the worst outcome", "least bad", "no good options remain, no hope",
        "Ministers hailed a historic agreement but warned of hard days ahead.",
    ]
    words = ("good", "bad", "not", "never", "so", "this", "very", "kind", "of", "but", "no",
             "least", "at", "without", "doubt", "the", "deal", "hope", "isn't", "GREAT", "cut")
    rng = random.Random(7)
    sentences += [" ".join(rng.choice(words) for _ in range(rng.randint(1, 12))) for _ in range(300)]
    for text in sentences:
        assert windowed.polarity_scores(text) == stock.polarity_scores(text), text


def test_the_document_s_word_table_reads_every_span_as_the_tokens_do():
    # Issue 13, round 34: the words of every span are sliced from one table per document. Spans
    # that start or end inside a phrase ("recall ~ ambassador", "lowest point"), a phrase whose
    # gap holds punctuation, proper names and a word that may start a phrase but does not here
    # read the same as token by token.
    from detente.nlp import columns, doc_text
    from detente.resources import default_resources
    from detente.tone.doc_tables import doc_words
    from detente.tone.score import span_words

    lexicon = default_resources().get("tone")
    coded = detente.code("Ruritania recalled its ambassador, at a low point, and the United Nations "
                         "said relations were at their lowest point. Talks, held in Ostrava, were "
                         "frank; Elbonia will recall, it said, its envoy. Recall was not discussed.",
                         date="2021-06-16")
    doc = coded.doc
    text, cols = doc_text(doc), columns(doc)
    table = doc_words(text, cols, lexicon)
    assert any(w.entry.startswith("news:recall") for s in coded.sentences for w in s.tone.evidence)
    for first in range(len(doc)):
        for last in range(first, len(doc) + 1):
            assert span_words(text, cols, first, last, lexicon, table) == \
                span_words(text, cols, first, last, lexicon), (first, last)
