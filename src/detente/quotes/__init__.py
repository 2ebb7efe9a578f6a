"""Quotes stage: direct and indirect speech attributed to resolved speakers.

Reads the spaCy parse, the actors stage's mentions (for coreference) and the events stage's
events; writes ``coded.quotes`` in text order and sets ``Event.quote`` for events coded
inside a quote. Pairing marks and finding cues are linear scans, so the stage costs little
next to parsing.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from detente.quotes.attribute import article_quotes
from detente.quotes.cues import CueLexicon, read_cues
from detente.quotes.linking import link_events
from detente.records import CodedArticle
from detente.resources import Resources, data_path
from detente.stage import Stage


@dataclass(frozen=True)
class QuoteResources:
    """What the stage loads once per process: the cue lexicon."""

    lexicon: CueLexicon


def load(resources: Resources) -> QuoteResources:
    """Read ``quotes/data/cues.tsv``; the sector adjectives come from the actors stage's
    tables (loaded already: this stage reads its mentions)."""
    lexicon = read_cues(data_path("quotes", "cues.tsv"))
    adjectives = resources.get("actors").sector_adjectives
    return QuoteResources(lexicon=replace(lexicon, sector_adjectives=dict(adjectives)))


def run(coded: CodedArticle, resources: Resources) -> None:
    """Add the article's quotes and link the events coded inside them.

    >>> import detente
    >>> coded = detente.code('"We will talk again," Biden said.', date="2021-06-16")
    >>> [(q.content, q.speaker.text) for q in coded.quotes]
    [('We will talk again', 'Biden')]
    """
    loaded: QuoteResources = resources.get("quotes")
    coded.quotes = article_quotes(coded, loaded.lexicon, places=lambda: resources.get("places"))
    link_events(coded.quotes, coded.events)


STAGE = Stage(name="quotes", reads=("doc", "mentions", "events", "date_estimate"), writes=("quotes", "events"),
              run=run, spacy_components=("parser", "tagger", "attribute_ruler", "ner"))
