"""Actors stage: every mention resolved to a country and a sector on the article's date."""

from __future__ import annotations

from detente.records import CodedArticle, Mention
from detente.resources import Resources
from detente.stage import Stage

ENTITY_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")


def load(resources: Resources) -> object:
    """Loaded actor dictionaries (none yet: resolution arrives with the actors issue)."""
    return None


def run(coded: CodedArticle, resources: Resources) -> None:
    """Add one Mention per spaCy entity of an actor-bearing label; ``actor`` stays None until resolved."""
    for ent in coded.doc.ents:
        if ent.label_ in ENTITY_LABELS:
            coded.mentions.append(
                Mention(
                    text=ent.text,
                    start=ent.start_char,
                    end=ent.end_char,
                    sentence=coded.sentence_of(ent.start_char),
                    label=ent.label_,
                )
            )


STAGE = Stage(name="actors", reads=("doc", "sentences"), writes=("mentions",), run=run,
              spacy_components=("ner", "parser"))
