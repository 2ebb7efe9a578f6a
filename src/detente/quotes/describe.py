"""A speaker's country and sector from how the article describes them.

A careful reader codes "Detective Inspector Darren Gough said" as police, "Eliud Kipchoge from
Kenya" as Kenyan and "Durbin said" by the title of the first full mention ("Senate Minority Whip
Dick Durbin"). The actors stage resolves the names and role nouns its tables know; these rules
read what stands around a named speaker that no table gives an office:

- the **title** before the name, the run of nouns and adjectives the name closes ("businessman
  and Trump loyalist Stephen Schwarzman", "Chinese University political scientist Ma Ngok");
- an **apposition** ("Lisa Parry, a retired nurse,", "Maya Rockeymoore Cummings, his wife and
  the current chairwoman of the Maryland Democratic Party");
- the body or place the person is **of** or **from** ("Jennifer Lu of Marriage Equality
  Coalition Taiwan", "Eliud Kipchoge from Kenya");

at the mention that names the speaker and at the article's first full mention of them (the
root of its coreference chain). An unnamed speaker takes a sector from the nouns of its own
phrase ("The head of the police's internal investigators": COP). Which tokens make up a
description is ``descriptiontokens.py``'s job; this module reads what they fix.

The sector: the first role noun of one person in the description (``sectors.yaml``'s
``people`` lists and this stage's ``title_*`` lists); a role that heads a body ("president",
"chairwoman", the generic nouns) gives way to the body it is of ("the Lord President of the
court": JUD); else the last body word (``sectors.yaml`` groups, then ``body_*``: "Party",
"Institute", "Coalition"). The country: the first place, nationality or body with a country
among the description's mentions (``countries.py``); "worldwide"/"international" bodies have
none. Every resolution keeps its evidence in ``Actor.entry``
(``described:title:detective inspector``).

This module decides which speakers are described and writes the evidence (``described``); what a
description's tokens fix is ``descriptionactor.describe``, and a body that speaks (its kind from its
name, its name from its mention) is ``bodyspeakers.py`` (both moved out in round 34, issue 14; their
public names stay importable from here).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from detente.actors.tables import first_names
from detente.quotes.bodyspeakers import (
    BODY_LABELS,
    body_name,
    body_named,
    body_titled,
    capitalised_body,
    first_conjunct,
)
from detente.quotes.descriptionactor import Description, describe
from detente.quotes.descriptiontokens import (
    description_tokens,
    first_full_name,
    is_person,
    mention_chain,
)
from detente.quotes.employers import organisation_over_head
from detente.quotes.rolewords import Role, political_campaign, role_words
from detente.records import Actor, Mention, Speaker
from detente.resources import word_list

__all__ = [  # this module's own names, then those it keeps importable from descriptionactor, bodyspeakers
    "INTERNATIONAL", "described", "named_state", "person_titles",
    "Description", "describe", "body_named", "capitalised_body", "first_conjunct",
    "Role", "political_campaign", "role_words",
]

ROLE_BESIDE = ("role-beside>", "apposition>")
"""``Actor.entry`` prefixes of a name given the sector of the role beside it or in
apposition to it (``speakers``, the actors stage): the role's own noun, read without the
body it heads ("the general secretary of the RMT union" gave GOV), so a body the
description finds wins."""
APPOSED = "apposition>"
"""``Speaker.rule`` prefix of a name in apposition to the role at the cue ("Jo Doe, general
secretary of ..."): the role's actor is the person's, read from the role word alone."""
INTERNATIONAL = "#international"
"""Suffix of ``Actor.entry`` for a person of an international body: no country by context."""


def _looks_personal(name: str) -> bool:
    """A name of two words or more opening with a known given name ("Maya Rockeymoore
    Cummings", which the tagger took for an organisation) or a person's title ("Dr
    Seager")."""
    words = name.split()
    return len(words) > 1 and (words[0].lower() in first_names()
                               or words[0].lower() in person_titles())


@lru_cache(maxsize=1)
def person_titles() -> frozenset[str]:
    """Titles before a surname that mark a person ("Mr", "Dr"), the actors stage's
    ``sectors.yaml``."""
    return word_list("actors", "sectors.yaml", "person_titles")


def _known(actor: Actor | None) -> bool:
    """An actor the tables gave both a country and a sector: nothing to describe."""
    return actor is not None and bool(actor.country) and bool(actor.sector)


def _longer_title(evidence: str, entry: str) -> bool:
    """The description's title is a longer phrase ending in the role word the actor was read
    from ("chief technology officer" over "officer": BUS, not MIL)."""
    title = evidence.split("+")[0].removeprefix("title:")
    role = entry.split("+")[0].split(">")[-1].removeprefix("role:")
    return evidence.startswith("title:") and bool(role) and title != role \
        and title.endswith(" " + role)


def _tagged_person(speaker: Speaker, mentions: list[Mention]) -> bool:
    """A speaker named in apposition to a role (rule ``apposition>``) whose name the tagger
    tagged a person, though the speaker's mention is the role ("Dave Ward, general secretary
    of the Postal Workers Union": the mention is the role, the name a person's)."""
    return (speaker.rule or "").startswith(APPOSED) and any(
        m.label == "PERSON" and m.text == speaker.name for m in mentions)


FORMER_WORDS = word_list("actors", "sectors.yaml", "former_words")


def _out_of_office(actor: Actor | None) -> bool:
    """A roster person the date puts out of every office (``#former``: ELI)."""
    return actor is not None and actor.sector == "ELI" and "#former" in (actor.entry or "")


def _present_body(speaker: Speaker, desc: Description, doc, mentions: list[Mention], quoted
                  ) -> Speaker:
    """A roster person out of office whom the description gives a body they belong to or head
    now ("Philippine Red Cross chair <name>", "<name>, chairman of the Red Cross"): that body's
    sector, the person's own country (rule ``+present-body``); kept ELI when the description
    makes the body a former one ("Former CIA deputy director <name>") or names no body (issue
    14 round 30, branch q62)."""
    if not desc.sector or not desc.evidence.startswith(("body:", "trade-body:", "office:")):
        return speaker
    tokens = description_tokens(speaker, doc, mentions, quoted)
    if any(doc[i].lower_ in FORMER_WORDS for i in tokens):
        return speaker
    actor = speaker.actor
    entry = f"{actor.entry}+present-{desc.evidence}"
    return replace(speaker, actor=Actor(actor.country or desc.country, desc.sector,
                                        name=actor.name or speaker.name, entry=entry),
                   rule=f"{speaker.rule}+present-body")


def _description(speaker: Speaker, doc, mentions: list[Mention], quoted, gazetteer=None
                 ) -> Description | None:
    """A person's description, an unnamed speaker's own phrase (when it has no actor) or a
    body's name ("the New York Times")."""
    if speaker.name is None:
        if speaker.actor is not None:
            return None
        return describe(doc, mentions, description_tokens(speaker, doc, mentions, quoted),
                        gazetteer)
    if (speaker.rule or "").startswith("spokesperson>body"):  # the body's description,
        return body_name(speaker, doc, mentions) or body_titled(  # not the spokesperson's
            speaker, doc, mentions, quoted, gazetteer, BODY_LABELS)
    if is_person(speaker, mentions) or _looks_personal(speaker.name) or (
            speaker.mention is not None  # the role "the president" of a person named before
            and mentions[mention_chain(speaker.mention, mentions)[-1]].label == "PERSON") or (
            _tagged_person(speaker, mentions)):
        tokens = description_tokens(speaker, doc, mentions, quoted)
        desc = describe(doc, mentions, tokens, gazetteer)
        if desc.sector is None and len(speaker.name.split()) == 1:  # "chains Marlow and Fenwick"
            return body_titled(speaker, doc, mentions, quoted, gazetteer, BODY_LABELS) or desc
        return desc
    return body_name(speaker, doc, mentions) or body_titled(
        speaker, doc, mentions, quoted, gazetteer) or _untagged_person(
        speaker, doc, mentions, quoted, gazetteer)


def _untagged_person(speaker: Speaker, doc, mentions: list[Mention], quoted, gazetteer=None
                     ) -> Description | None:
    """A name the tagger took for no person (a given name the tables lack) whose first full
    mention carries a person's title ("Jo Roe, chief executive of the club, ..." and later
    "Jo Roe said"): the title's sector; None when no title of a person describes it."""
    name = speaker.name or ""
    if len(name.split()) != 2 or not all(w[:1].isupper() for w in name.split()) \
            or first_full_name(doc, speaker, quoted) is None:
        return None
    desc = describe(doc, mentions, description_tokens(speaker, doc, mentions, quoted), gazetteer)
    return desc if desc is not None and desc.sector \
        and desc.evidence.startswith(("title:", "head:", "office:named")) else None


def described(speaker: Speaker, doc, mentions: list[Mention], quoted, gazetteer=None
              ) -> Speaker:
    """``speaker`` with the country and sector its description fixes where its actor has
    none (rule ``+described``; ``Actor.entry`` ``described:<evidence>``), or the sector of
    the body a role beside the name heads (``ROLE_BESIDE``). A named speaker must be a
    person (else the last word of a body's name is read); an unnamed one must have no
    actor at all."""
    actor = speaker.actor
    beside = actor is not None and ((actor.entry or "").startswith(ROLE_BESIDE) or (
        (actor.entry or "").startswith("role:") and speaker.name is not None))
    employed = organisation_over_head(actor)
    if employed is not None:  # "Oxfam senior policy adviser Tom Lyle": NGO, not GOV
        return replace(speaker, actor=employed, rule=f"{speaker.rule}+employer")
    former = _out_of_office(actor)
    if (_known(actor) and not beside and not former) or speaker.start is None or doc is None:
        return speaker
    if named_state(actor, speaker, mentions):
        return speaker  # "Saudi Arabia, the biggest oil exporter, said": the state speaks
    desc = _description(speaker, doc, mentions, quoted, gazetteer)
    if desc is None or (not desc.evidence and not desc.international):
        return speaker
    if former:  # "Red Cross chair <a roster person out of office>": the body he heads now
        return _present_body(speaker, desc, doc, mentions, quoted)
    country = actor.country if actor is not None and actor.country else desc.country
    sector = actor.sector if actor is not None and actor.sector else desc.sector
    if beside and desc.sector and (desc.evidence.startswith(("body:", "academic-head:",
                                                            "trade-body:", "office:"))
                                   or _longer_title(desc.evidence, actor.entry or "")):
        sector = desc.sector  # "the Lord President of the court, Colin Sutherland": JUD
    if (country, sector) == ((actor.country, actor.sector) if actor else (None, None)):
        return speaker  # nothing new: no evidence to add
    entry = f"described:{desc.evidence}" + (INTERNATIONAL if desc.international else "")
    if actor is not None and actor.entry:
        entry = f"{actor.entry}+{entry}"
    name = actor.name if actor is not None and actor.name else speaker.name
    return replace(speaker, actor=Actor(country, sector, name=name, entry=entry),
                   rule=f"{speaker.rule}+described")


def named_state(actor, speaker: Speaker, mentions: list[Mention]) -> bool:
    """A country named as a place (a GPE mention resolved to the bare country): what an
    apposition says of it describes the state, which speaks as its government
    (``+state-speaks``, quotes/context.py), not a sector's body (review r33d, f84)."""
    return actor is not None and actor.sector is None \
        and (actor.entry or "").startswith("country:") and speaker.mention is not None \
        and mentions[speaker.mention].label == "GPE"
