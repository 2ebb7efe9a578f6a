"""Tone stage: how the news speaks of a relation, not only what happened.

Reads the spaCy parse, the sentences, events and quotes; writes a ``Tone`` on every sentence,
quote and the article, and the evidence sentence's score on every event (beside its Goldstein
score). VADER (``vaderSentiment``, its lexicon and rules as installed) adapted to news by
``data/news_lexicon.tsv`` scores each span; a learned model (``model.py``, weights in
``data/tone_model.tsv``, trained by ``make tone-model`` on ``gold/tone/train*.jsonl``) then decides
its label and score from those scores, its content words, main verb and events. Every value
keeps the words that moved it.

>>> import detente
>>> coded = detente.code("Both sides described the talks as constructive.", date="2021-06-16")
>>> tone = coded.sentences[0].tone
>>> tone.label, [(w.text, w.entry) for w in tone.evidence if not w.entry.startswith("model:")]
('positive', [('constructive', 'news:constructive')])
"""

from __future__ import annotations

from bisect import bisect_left

from detente.errors import ResourceError
from detente.nlp import columns, doc_text
from detente.records import CodedArticle, Tone
from detente.resources import Resources, data_path
from detente.stage import Stage
from detente.tone.doc_tables import DocWords, doc_words
from detente.tone.lexicon import ToneLexicon, load_tone_lexicon
from detente.tone.model import read_model, span_features
from detente.tone.score import (
    article_tone,
    is_credit,
    lexicon_scores,
    model_tone,
    score_words,
    span_words,
)

__all__ = ["STAGE", "load", "run", "score_doc_span"]


def load(resources: Resources) -> ToneLexicon:
    """The adapted analyzer (VADER's lexicon from the installed package plus the news lexicon)
    and the learned model that labels spans from its scores and the span's words and events."""
    lexicon = load_tone_lexicon(data_path("tone", "news_lexicon.tsv"), data_path("tone", "tone.yaml"))
    try:
        lexicon.model = read_model(data_path("tone", "tone_model.tsv"))
    except ResourceError:  # no weights file (before the first ``make tone-model``): the rules label
        lexicon.model = None
    return lexicon


def score_doc_span(doc, first: int, last: int, lexicon: ToneLexicon, events=(),
                   words: DocWords | None = None) -> Tone:
    """Tone of tokens ``first``..``last - 1`` of a parsed ``doc`` (``events``: those coded in it;
    ``words``: the document's ``doc_tables.doc_words``, when it has more spans to score)."""
    return _score(doc, first, last, lexicon, events, words)[0]


def _score(doc, first: int, last: int, lexicon: ToneLexicon, events,
           table: DocWords | None = None) -> tuple[Tone, tuple | None]:
    """The span's tone and the model's class probabilities (``None`` when the rules label)."""
    text = doc_text(doc)
    cols = columns(doc)
    words = span_words(text, cols, first, last, lexicon, table)
    found, compound = lexicon_scores(words, text, lexicon, doc)
    tone = score_words(words, text, lexicon, doc, scores=(found, compound))
    model = lexicon.model
    if model is None:
        return tone, None
    if is_credit(text, cols, first, last):  # "(AFP via Google News)": no tone
        return Tone(score=0.0, label="neutral", words=tone.words), (1 / 3, 1 / 3, 1 / 3)
    features = span_features(text, cols, first, last, found, compound, tone.label, events,
                             lexicon.model_pos)
    probabilities = model.probabilities(features)
    return model_tone(tone, features, probabilities, model, text), probabilities


def run(coded: CodedArticle, resources: Resources) -> None:
    """Tone every sentence, event, quote and the article."""
    lexicon: ToneLexicon = resources.get("tone")
    doc = coded.doc
    table = doc_words(doc_text(doc), columns(doc), lexicon)
    found: list[tuple | None] = []
    in_sentence: dict[int, list] = {}
    in_quote: dict[int, list] = {}
    for event in coded.events:
        in_sentence.setdefault(event.sentence, []).append(event)
        if event.quote is not None:
            in_quote.setdefault(event.quote, []).append(event)
    for k, (sentence, span) in enumerate(zip(coded.sentences, doc.sents, strict=False)):
        events = in_sentence.get(k, ())
        sentence.tone, probabilities = _score(doc, span.start, span.end, lexicon, events, table)
        found.append(probabilities)
    by_index = {s.index: s.tone for s in coded.sentences}
    for event in coded.events:
        tone = by_index.get(event.sentence)
        event.tone = round(tone.score, 4) if tone else None  # as the sentence's in the JSON
    starts = columns(doc).idx
    for n, quote in enumerate(coded.quotes):
        first = bisect_left(starts, quote.start)
        last = bisect_left(starts, quote.end)
        quote.tone = score_doc_span(doc, first, last, lexicon, in_quote.get(n, ()), table)
    toned = [(s.tone, p) for s, p in zip(coded.sentences, found, strict=False) if s.tone]
    coded.tone = article_tone([t for t, _ in toned], lexicon,
                              None if lexicon.model is None else [p for _, p in toned])


STAGE = Stage(name="tone", reads=("doc", "sentences", "events", "quotes"),
              writes=("sentences", "events", "quotes", "tone"), run=run,
              spacy_components=("parser", "tagger", "attribute_ruler"))
