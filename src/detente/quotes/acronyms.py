"""A speaker named by an acronym the article itself defines speaks as the body it spells out.

"... according to the Catholic Bishops' Conference of the Philippines (CBCP). ... the CBCP
said": a reader takes the CBCP for that conference, a Philippine church body, whatever else
the letters may stand for in the actors tables ("PRC" there is China). ``defined_acronym``
names the speaker by the article's own definition and gives it the actor of that body: the
actor of a mention of the full name when the actors stage resolved one, else the country of
a place inside the name and the sector of its role or body words ("Bishops": REL; "Agency",
"Police" ...), as ``describe.describe`` reads a description. Rule suffix ``+acronym-defined``,
``Actor.entry`` ``acronym:<ACR>><evidence>``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from detente.nlp import doc_text, span_at
from detente.records import Actor, Mention, Speaker

ACRONYM = re.compile(r"[A-Z][A-Za-z]{0,2}[A-Z][A-Za-z]{0,4}")
"""A short name with a capital after the first letter ("NCA", "UNICEF", "TfL"; ``defined``
matches only names whose capitals spell it, so "Transport for London (TfL)" is not read)."""
NAME_RUN = r"((?:[A-Z][\w'’&.-]*\s+(?:(?:of|for|and|the|on|in)\s+)*)+)\(\s*{}\s*\)"
"""Capitalised words (and the small words of a name) right before "(ACR)"."""
BRACKETED = r"\(\s*{}\s*\)"
"""The "(ACR)" that closes ``NAME_RUN``."""
SMALL = frozenset({"of", "for", "and", "the", "on", "in"})
POSSESSIVE = frozenset({"'s", "’s"})


def _without_the(name: str) -> str:
    """``name`` with a leading "the"/"The" and surrounding spaces dropped."""
    return re.sub(r"^(?:the|The)\s+", "", name.strip())


def initials(words: list[str]) -> str:
    """The capitals the name's words open with, small words left out."""
    return "".join(w[0] for w in words if w[:1].isupper())


def defined(text: str, acronym: str) -> tuple[int, int] | None:
    """Character span of the name the article defines ``acronym`` as ("National Crime
    Agency (NCA)"), trimmed to the shortest run of its last words whose initials spell the
    acronym ("Nikki Holland of the UK's National Crime Agency (NCA)": the agency); None
    when the article defines no such name, or no run of it spells the acronym. A text with no
    "(ACR)" at all is not scanned for names (every definition ends in one)."""
    if re.search(BRACKETED.format(re.escape(acronym)), text) is None:
        return None
    for found in re.finditer(NAME_RUN.format(re.escape(acronym)), text):
        whole = found.group(1).rstrip()
        run = re.split(r"(?<=[a-z])[.!?]\s+", whole)[-1]  # not past a sentence's end
        start = found.start(1) + len(whole) - len(run)
        words = [(m.start(), m.group()) for m in re.finditer(r"\S+", run)]
        for k in range(len(words) - 1, -1, -1):
            if words[k][1].lower() in SMALL:
                continue
            if initials([w for _, w in words[k:]]).upper() == acronym.upper():
                return start + words[k][0], start + len(run)
    return None


def defined_acronym(speaker: Speaker, doc, mentions: list[Mention], describe) -> Speaker:
    """``speaker`` named by the body its acronym stands for in this article, with that body's
    actor (see the module's doc); unchanged when its name is no acronym the article defines,
    or when that body's actor is not found."""
    if doc is None or not speaker.name:
        return speaker
    bare = next((b for b in (_without_the(w) for w in (speaker.name, speaker.text or ""))
                 if ACRONYM.fullmatch(b)),
                None)  # the name, or the words at the cue when an earlier rule spelled it out
    if bare is None:
        return speaker
    text = doc_text(doc)
    span = defined(text, bare)
    if span is None:
        return speaker
    name = text[span[0]:span[1]]
    own = _without_the(speaker.name)
    if not ACRONYM.fullmatch(own) and own != name:
        return speaker  # the cue's acronym, but the speaker is someone else it names
    actor = next((m.actor for m in mentions if m.actor is not None and m.actor.country
                  and m.actor.sector and m.start >= span[0] and m.end <= span[1]
                  and _without_the(m.text) == name), None)
    if actor is not None:
        evidence = actor.entry or ""
        country, sector = actor.country, actor.sector
    else:
        tokens = [t.i for t in span_at(doc, span[0], span[1]) or []]
        if tokens and tokens[0] >= 2 and doc[tokens[0] - 1].lower_ in POSSESSIVE:
            tokens = [tokens[0] - 2, *tokens]  # "the UK's National Crime Agency (NCA)"
        desc = describe(doc, mentions, tokens)
        if desc is None or not desc.sector:
            return speaker
        country, sector, evidence = desc.country, desc.sector, desc.evidence
    old = speaker.actor
    if old is not None and (old.country, old.sector) == (country, sector) and \
            speaker.name == name:
        return speaker
    return replace(speaker, name=name,
                   actor=Actor(country, sector, name=name, entry=f"acronym:{bare}>{evidence}"),
                   rule=f"{speaker.rule}+acronym-defined")
