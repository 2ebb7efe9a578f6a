"""A party named by its nickname or short form speaks under its full name.

"UKIP said", "the Tories say", "a Lib Dem spokesman said": a reader names the party in full
(the UK Independence Party, the Conservatives, the Liberal Democrats), as the gold does
(``gold/quotes/NOTES-q53.md``, class A1). ``full_party_name`` renames a speaker whose name is a
short form of ``data/party_names.tsv`` by the first full name of that party the article itself
writes, else by the row's first full name (a singular form that also names one member, "a senior
Tory", only for the party's spokesperson, rule ``spokesperson>body``: round 27 review, f55); the speaker's country, when known, must be the
party's (a nickname of parties in two countries that name it alike needs none). Rule suffix ``+party-full-name``; the actor keeps its entry and takes the name.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from detente.actors.tables import read_tsv
from detente.nlp import doc_text
from detente.records import Mention, Quote, Speaker

DATA = Path(__file__).resolve().parent / "data"
DETERMINERS = ("the ", "The ")
SPOKESPERSON_RULE = "spokesperson>body"


@lru_cache(maxsize=2)
def short_forms(singular: bool = False) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """Short form -> [(country, full names)] of ``data/party_names.tsv``: its ``short`` column,
    or with ``singular`` its ``singular`` column (forms that also name one member)."""
    out: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for row in read_tsv(DATA / "party_names.tsv"):
        full = tuple(row["full"].split("|"))
        forms = row["singular"] if singular else row["short"]
        for short in forms.split("|"):
            if short != "-":
                out.setdefault(short, []).append((row["country"], full))
    return out


def _bare(name: str) -> str:
    for det in DETERMINERS:
        if name.startswith(det):
            return name[len(det):]
    return name


def full_party_name(speaker: Speaker, doc, country: str | None = None) -> Speaker:
    """``speaker`` named by its party's full name when its name is a short form (see the
    module's doc); the party's country is the speaker's, else the article's ``country``;
    unchanged otherwise."""
    if doc is None or not speaker.name:
        return speaker
    rows = short_forms().get(_bare(speaker.name))
    if not rows and SPOKESPERSON_RULE in (speaker.rule or ""):
        rows = short_forms(singular=True).get(_bare(speaker.name))
    if not rows:  # "a senior Tory said": a member, not the party (a singular form names the
        # party only through its spokesperson, "a Tory spokesman said")
        return speaker
    actor = speaker.actor
    if actor is not None and actor.country:
        country = actor.country
    fitting = [full for c, full in rows if country is None or c == country]
    text = doc_text(doc)
    names = {next((f for f in full if re.search(rf"\b{re.escape(f)}\b", text)), full[0])
             for full in fitting}
    if len(names) != 1:
        return speaker  # no row of the speaker's country, or rows that name it differently
    name = names.pop()
    if actor is not None and actor.name == speaker.name:
        actor = replace(actor, name=name)
    return replace(speaker, name=name, actor=actor, rule=f"{speaker.rule}+party-full-name")


def full_party_names(quotes: list[Quote], doc) -> list[Quote]:
    """``quotes`` with every speaker named by a party's short form renamed in full
    (``full_party_name``). Run once on the built quotes, after attribution: the names the
    attribution compared speakers by (a speaker named again, the same speaker) stay as
    written while it runs."""
    for quote in quotes:
        if quote.speaker is not None:
            quote.speaker = full_party_name(quote.speaker, doc)
    return quotes


def party_word_subject(base: Speaker, head, mentions: list[Mention]) -> Speaker | None:
    """A party name the tagger read as a common noun: "Labour say ..." (the plural verb British
    news gives a body makes "Labour" the noun labour, with no entity and no mention). A
    capitalised subject word that is a party name of the actors stage's table
    (``actors.parties.party_countries``), with no word of its own phrase but "the", names the
    party; its actor is the one the actors stage gave the same party name elsewhere in the
    article, else none (rule ``party-word``). None otherwise.

    Only a common-noun reading is taken: a name the tagger read as a name went its own way."""
    from detente.actors.parties import party_countries

    if head.tag_ not in ("NN", "NNS") or not head.text[:1].isupper() \
            or head.text not in party_countries() \
            or any(c.lower_ != "the" for c in head.children):
        return None
    entry = f"party:{head.text}:"
    actor = next((m.actor for m in mentions if m.actor is not None
                  and (m.actor.entry or "").startswith(entry)), None)
    return replace(base, name=head.text, actor=actor, rule="party-word")
