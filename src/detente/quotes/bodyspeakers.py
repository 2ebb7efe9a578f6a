"""A body that speaks: its kind (sector) and country from its name or the words before it, its name.

Moved unchanged out of ``describe.py`` (round 34, issue 14), which was at the module size limit.
A body no table knows is read by the last word of its name ("the Daily Courier": MED,
``body_name``), an office noun ("the Sheriff's Office"), a common noun in apposition ("Marlow,
the supermarket chain") or the run of words before its first named mention ("German rescue
charity Lark-Point", ``body_titled``). An unnamed speaker whose mention is a body is named by the
mention's words (``body_named``) or by an earlier mention of a capitalised body
(``capitalised_body``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from detente.nlp import doc_text, span_at, span_of
from detente.quotes.bodynames import name_kind
from detente.quotes.countries import country_of
from detente.quotes.descriptionactor import Description
from detente.quotes.descriptiontokens import around, title_run
from detente.quotes.offices import OFFICE_NOUNS, named_office
from detente.quotes.rolewords import LONGEST, political_campaign, role_words, roles
from detente.records import Mention, Speaker


def body_name(speaker: Speaker, doc, mentions: list[Mention]) -> Description | None:
    """A body speaking under a name no table knows, by the last word of its name ("the Daily
    Courier": MED, "Bradford Council"), with the country of a place inside the name."""
    if actor_sector(speaker) is not None:
        return None
    at = mentions[speaker.mention] if speaker.mention is not None else None
    if (speaker.rule or "").startswith("spokesperson>body"):  # the body's name, not the role's
        at = next((m for m in mentions if m.label == "ORG" and m.text == speaker.name), at)
    start, end = (at.start, at.end) if at is not None else (speaker.start, speaker.end)
    span = span_at(doc, start, end)
    words = [t for t in span if not t.is_punct] if span is not None else []
    if not words:
        return None
    if (kind := name_kind(doc, words)) is not None:  # "Hotel Association", "Hindu Council"
        country = country_of(doc, mentions, [t.i for t in words])
        return Description(country[0] if country else None, *kind)
    last = words[-1]
    role = role_words().get(last.lemma_.lower()) or role_words().get(last.lower_)
    if role is None and last.lower_ in OFFICE_NOUNS and last.is_title:
        return _office_of(words, doc, mentions)
    if role is not None and role.kind == "body" and political_campaign(last):
        country = country_of(doc, mentions, [t.i for t in words[:-1]])  # "the Smith campaign"
        return Description(country[0] if country else None, "PTY", "name:campaign")
    if role is None or role.kind not in ("body", "name") or not role.sector or not last.is_title:
        return _body_apposed(doc, mentions, words)
    country = country_of(doc, mentions, [t.i for t in words[:-1]])
    return Description(country[0] if country else None, role.sector, f"name:{role.phrase}")


def _body_apposed(doc, mentions: list[Mention], words: list) -> Description | None:
    """A body's name no word of which gives its kind, with a common noun in apposition that
    does ("Marlow, the supermarket chain": BUS; "Zentrix, a software company"); None when
    the apposition names no body's kind."""
    tokens = [i for i in around(doc, words[0].i, words[-1].i) if doc[i].i > words[-1].i]
    bodies = [r for r in roles(doc, tokens) if r[2].kind == "body" and r[2].sector
              and not doc[r[1]].is_title]
    if not bodies:
        return None
    country = country_of(doc, mentions, tokens)
    return Description(country[0] if country else None, bodies[-1][2].sector,
                       f"apposed:{bodies[-1][2].phrase}")


def _office_of(words: list, doc, mentions: list[Mention]) -> Description | None:
    """A body named as the office of a role or body ("the Alachua Sheriff's Office": COP,
    "the Attorney General's Office": JUD, "Police Department": COP) takes the sector of the
    role word nearest before its office noun."""
    for k in range(len(words) - 2, -1, -1):
        for size in range(min(LONGEST, k + 1), 0, -1):
            phrase = " ".join(t.lower_ for t in words[k - size + 1:k + 1])
            role = role_words().get(phrase)
            if role is not None and role.sector and words[k].is_title and role.sector != "CVL":
                country = country_of(doc, mentions, [t.i for t in words[:k - size + 1]])
                return Description(country[0] if country else None, role.sector,
                                   f"office:{role.phrase}")
    named = named_office(doc, [t.i for t in words])  # "the National Crime Agency": COP
    if named is not None:  # (a private person's word, "National", names no office's kind)
        country = country_of(doc, mentions, [t.i for t in words])
        return Description(country[0] if country else None, named[0], named[1])
    return None


def actor_sector(speaker: Speaker) -> str | None:
    return speaker.actor.sector if speaker.actor is not None else None


def body_titled(speaker: Speaker, doc, mentions: list[Mention], quoted, gazetteer=None,
                 labels: tuple[str, ...] = ("ORG",)) -> Description | None:
    """A spokesperson's body described by the run of words before its first named mention
    ("German rescue charity Lark-Point": DEU, NGO by "charity"; the first of coordinated
    names: "store chains Marlow and Fenwick"); None when that run names no body's kind, or
    does not close on it. ``labels``: the tags the named mention may have (a one-word
    company name the tagger took for a person's: ``PERSON`` too)."""
    at = next((m for m in mentions if m.label in labels and m.text == speaker.name), None)
    whole = next((m for m in mentions if m.label == "ORG" and speaker.name
                  and m.text.endswith(" " + speaker.name) and m.actor is not None
                  and m.actor.sector), None)
    if at is None and whole is not None:  # the tagger ran the run into the name
        return Description(whole.actor.country, whole.actor.sector,
                           f"titled:{whole.actor.entry}")
    span = span_of(doc, at) if at is not None else None
    if span is None or len(span) == 0:
        return None
    start = first_conjunct(doc, span.start)
    verb = doc[start - 1] if start > 0 and doc[start - 1].pos_ == "VERB" else None
    if verb is not None and any(c.dep_ in ("nsubj", "nsubjpass", "compound") and c.i < verb.i and
                                (c.pos_ in ("PROPN", "PRON") or c.ent_type_) for c in verb.children):
        return None  # "Britain funds Marlow": a verb after a named doer is no kind of body (merge review)
    tokens = title_run(doc, start, quoted)
    if not tokens and verb is not None and any(  # "store chains Marlow": "chains" tagged a verb
            r[2].kind == "body" for r in roles(doc, [start - 1])):
        tokens = title_run(doc, start - 1, quoted) + [start - 1]
    bodies = sorted((r for r in roles(doc, tokens) if r[2].kind == "body" and r[2].sector
                     and not doc[r[1]].is_title), key=lambda r: r[1])
    if not tokens or not bodies or bodies[-1][1] != tokens[-1]:
        return None  # the run must close on the body's kind, right before its name
    country = country_of(doc, mentions, tokens)
    return Description(country[0] if country else None, bodies[-1][2].sector,
                       f"titled:{bodies[-1][2].phrase}")


COORDINATORS = frozenset({"and", "or", "&"})
"""Words joining the last name of a coordination to the one before it (earlier names may be
joined by commas: "chains Marlow, Fenwick and Lark")."""


BODY_LABELS = ("ORG", "PERSON", "NORP")
"""Tags of a body's first named mention read for the kind noun before it: a one-word company
name is often tagged a person's or, ending in "s", a people's ("store chains Marlow and
Fenwicks")."""


def first_conjunct(doc, i: int) -> int:
    """The first token of a coordination of capitalised names that closes with the name at
    token ``i`` ("store chains Marlow and Fenwick": Marlow's), so that the kind noun before
    the first name describes every name; ``i`` itself when no name is coordinated before it."""
    j = i
    while j >= 2 and (doc[j - 1].lower_ in COORDINATORS or (j < i and doc[j - 1].text == ",")) \
            and _name_word(doc[j - 2]):
        j -= 2
        while j >= 1 and _name_word(doc[j - 1]):
            j -= 1
    return j


def _name_word(token) -> bool:
    return token.pos_ == "PROPN" and (token.is_title or token.is_upper)


DETERMINERS = frozenset({"the", "a", "an", "its", "their", "this", "that"})


def body_named(speaker: Speaker, mentions: list[Mention]) -> Speaker:
    """An unnamed speaker whose mention is a body ("The ministry of defence issued the
    following statement:", "the Nigerian army"), named by the mention's words without its
    article (rule ``+body-phrase``): an organisation speaks under a name, a person known only
    by a role ("One MP") stays unnamed."""
    if speaker.name is not None or speaker.mention is None or speaker.actor is None:
        return speaker
    mention = mentions[speaker.mention]
    entry = (mention.actor.entry or "") if mention.actor is not None else ""
    role = role_words().get(entry.split("+")[0].removeprefix("role:")) \
        if mention.label == "ROLE" and entry.startswith("role:") else None
    if role is None or role.kind != "body":
        return speaker
    words = mention.text.split()
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    if not words:
        return speaker
    return replace(speaker, name=" ".join(words), rule=f"{speaker.rule}+body-phrase")


CAPITALISED_BODY_RE = re.compile(r"\s+(?:of|from|by)\s+the\s+([A-Z][a-z]+)\b")
"""A document's issuer written as a capitalised definite body ("The opinion of the Court")."""


def capitalised_body(speaker: Speaker, doc, mentions: list[Mention]) -> Speaker:
    """An unnamed speaker, a document "of the Court" (a body word written capitalised: that
    court, named before), named by the latest earlier mention of a body of the same word and
    sector ("the Supreme Court of Puerto Rico"; rule ``+capitalised-body``); unchanged
    otherwise."""
    if speaker.name is not None or speaker.actor is None or speaker.end is None or doc is None:
        return speaker
    found = CAPITALISED_BODY_RE.match(doc_text(doc), speaker.end)
    role = role_words().get(found.group(1).lower()) if found else None
    if role is None or role.kind != "body" or role.sector != speaker.actor.sector:
        return speaker
    word = found.group(1).lower()
    for m in sorted(mentions, key=lambda m: -m.start):
        if m.start >= speaker.start or m.label not in ("ROLE", "ORG"):
            continue
        words = [w for w in m.text.split() if w.lower() != "the"]
        if len(words) >= 2 and word in (w.lower() for w in words) and all(
                w[:1].isupper() or w in ("of", "for", "and") for w in words) and \
                m.actor is not None and m.actor.sector == role.sector:
            return replace(speaker, name=" ".join(words), rule=f"{speaker.rule}+capitalised-body")
    return speaker
