"""Tone stage: how the news speaks of a relation, not only what happened.

Reads the spaCy parse, the sentences, events and quotes; writes a ``Tone`` on every sentence,
quote and the article, and the evidence sentence's score on every event (beside its Goldstein
score). Scores come from VADER (``vaderSentiment``, its lexicon and rules as installed) adapted
to news by ``data/news_lexicon.tsv``; every value keeps the words that moved it.

>>> import detente
>>> coded = detente.code("Both sides called the talks constructive.", date="2021-06-16")
>>> coded.sentences[0].tone.label, [w.text for w in coded.sentences[0].tone.evidence]
('positive', ['constructive'])
"""

from __future__ import annotations

from bisect import bisect_left

from detente.nlp import columns, doc_text
from detente.records import CodedArticle, Tone
from detente.resources import Resources, data_path
from detente.stage import Stage
from detente.tone.lexicon import ToneLexicon, load_tone_lexicon
from detente.tone.score import article_tone, score_words, span_words

__all__ = ["STAGE", "load", "run", "score_doc_span"]


def load(resources: Resources) -> ToneLexicon:
    """The adapted analyzer: VADER's lexicon from the installed package plus the news lexicon."""
    return load_tone_lexicon(data_path("tone", "news_lexicon.tsv"), data_path("tone", "tone.yaml"))


def score_doc_span(doc, first: int, last: int, lexicon: ToneLexicon) -> Tone:
    """Tone of tokens ``first``..``last - 1`` of a parsed ``doc``."""
    text = doc_text(doc)
    return score_words(span_words(text, columns(doc), first, last, lexicon), text, lexicon, doc)


def run(coded: CodedArticle, resources: Resources) -> None:
    """Tone every sentence, event, quote and the article."""
    lexicon: ToneLexicon = resources.get("tone")
    doc = coded.doc
    for sentence, span in zip(coded.sentences, doc.sents, strict=False):
        sentence.tone = score_doc_span(doc, span.start, span.end, lexicon)
    by_index = {s.index: s.tone for s in coded.sentences}
    for event in coded.events:
        found = by_index.get(event.sentence)
        event.tone = round(found.score, 4) if found else None  # as the sentence's in the JSON
    starts = columns(doc).idx
    for quote in coded.quotes:
        first = bisect_left(starts, quote.start)
        last = bisect_left(starts, quote.end)
        quote.tone = score_doc_span(doc, first, last, lexicon)
    coded.tone = article_tone([s.tone for s in coded.sentences if s.tone], lexicon)


STAGE = Stage(name="tone", reads=("doc", "sentences", "events", "quotes"),
              writes=("sentences", "events", "quotes", "tone"), run=run,
              spacy_components=("parser", "tagger", "attribute_ruler"))
