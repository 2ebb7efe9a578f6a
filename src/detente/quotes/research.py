"""A research output or group as the speaker: "The study reports", "The team wrote".

A careful reader takes such a subject for the researchers the article named before it: the
gold codes "The study" and "The team" of a university's researchers as those researchers
(their country, CVL for academics; ``gold/quotes/extra4/NOTES.md``). ``research_authors``
gives an unresolved definite research noun (``vocabulary.yaml`` research_outputs) the actor
of the latest earlier academic mention (sector EDU, which the evaluator counts as the gold's
CVL), keeping it unnamed: the study is not the person who wrote it. Rule
``research>``<the mention's entry>.
"""

from __future__ import annotations

from dataclasses import replace

from detente.actors.tables import is_country
from detente.records import Actor, Mention, Speaker
from detente.resources import word_list

RESEARCH_OUTPUTS = word_list("quotes", "vocabulary.yaml", "research_outputs")
ACADEMIC = "EDU"


def research_authors(base: Speaker, head, mentions: list[Mention]) -> Speaker | None:
    """``base`` with the actor of the latest academic mention before it when its head is a
    definite research noun ("The study", "the team"), unnamed; None otherwise (no such noun,
    or no academic actor named before it)."""
    if base.name is not None or base.actor is not None or base.start is None:
        return None
    if head.lemma_.lower() not in RESEARCH_OUTPUTS and head.lower_ not in RESEARCH_OUTPUTS:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None  # "a study", "one team": no study named before
    authors = [m for m in mentions if m.end <= base.start and m.label != "PRON"
               and m.actor is not None and m.actor.sector == ACADEMIC
               and m.actor.country and is_country(m.actor.country)]
    if not authors:
        return None
    found = max(authors, key=lambda m: m.start)
    entry = f"research>{found.actor.entry or found.text}"
    return replace(base, actor=Actor(found.actor.country, ACADEMIC, entry=entry),
                   rule=entry)
