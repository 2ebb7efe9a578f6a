"""``tone.vader.word_valence`` gives what VADER's ``sentiment_valence`` gives, word by word."""

from __future__ import annotations

import random

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer, SentiText

from detente.tone.lexicon import windowed_analyzer
from detente.tone.vader import word_valence

SENTENCES = [
    "Good.", "Not good.", "Never so bad.", "It was not very good at all",
    "The talks were never this productive, but the mood was grim.",
    "Without doubt the deal is a great success", "The kind of progress they hoped for",
    "He said the plan was the shit and a bad ass idea", "They are NOT happy, and VERY angry!",
    "At least it is not the worst outcome", "least bad", "very least bad", "no good options remain, no hope",
    "no or nor good", "It is the bomb", "a kiss of death for the plan", "yeah right",
    "Ministers hailed a historic agreement but warned of hard days ahead.",
    "They sort of agreed and kind of won", "it was barely GOOD and EXTREMELY bad",
]
WORDS = ("good", "bad", "not", "never", "so", "this", "very", "kind", "of", "but", "no", "nor",
         "or", "least", "at", "without", "doubt", "the", "deal", "hope", "isn't", "GREAT", "cut",
         "Bad", "BAD", "extremely", "EXTREMELY", "barely", "sort", "bomb", "shit", "kiss", "death",
         "yeah", "right", "ass", "win", "Talks", "cannot", "hardly", "lowest_point")


def _sentences():
    rng = random.Random(11)
    return SENTENCES + [" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 12)))
                        for _ in range(800)]


def _check(analyzer):
    table = analyzer.lexicon
    compared = 0
    for text in _sentences():
        senti = SentiText(text)
        items = senti.words_and_emoticons
        lows = [w.lower() for w in items]
        for i, low in enumerate(lows):
            if low not in table:
                continue
            expected = analyzer.sentiment_valence(0, senti, items[i], i, [])[0]
            got = word_valence(table, items, lows, i, senti.is_cap_diff)
            assert got == expected and type(got) is type(expected), (text, i)
            compared += 1
    assert compared > 2000


def test_word_valence_is_vaders_with_its_own_lexicon():
    _check(SentimentIntensityAnalyzer())


def test_word_valence_is_vaders_with_the_windowed_analyzer_and_a_phrase_entry():
    analyzer = windowed_analyzer()()
    analyzer.lexicon = dict(analyzer.lexicon, lowest_point=-2.5)
    _check(analyzer)


def test_compound_is_vaders():
    from detente.tone.vader import compound

    analyzer = windowed_analyzer()()
    rng = random.Random(5)
    texts = ["Talks failed.", "Talks failed!", "What now??", "No!!!!! Why???? ", "a?b?c?d?", "ok"]
    for _ in range(2000):
        sentiments = [rng.choice((0.0, 0.0, 1.9, -2.5, 3.1, -0.74, 0.5 * rng.random()))
                      for _ in range(rng.randint(0, 6))]
        text = rng.choice(texts)
        expected = analyzer.score_valence(sentiments, text)["compound"]
        assert compound(analyzer, sentiments, text) == expected, (sentiments, text)
