"""A speaker's sector from the body they work for (issue 14, round 14).

- ``companies_in``: a company of ``data/companies.tsv`` named in a person's description
  ("Harlow Motors senior economist Ann Weir" when the table lists Harlow Motors) is a body of
  the description, BUS, so a private role beside it (economist, analyst: ``title_cvl``)
  yields to it as it yields to any body ("IMF chief economist").
- ``company_named_before``: a body speaking under the first words of a company's full name
  the article gave before ("Ford said" after "Ford Motor Company announced"; "Harlow said"
  after "Harlow Industries"): the company, BUS (the full name's last word is one of
  ``body_bus``: Company, Inc, Corporation, Motors, Industries ...).
- ``organisation_over_head``: a head role the actors stage joined to an organisation of its
  tables (``role:adviser+org:<key>``: "an Oxfam policy adviser") takes the organisation's
  sector when that is a private body's (NGO, BUS, EDU, MED, REL, LAB): the head role's own
  sector (an adviser's GOV) is a guess for when no body is named.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from pathlib import Path

from detente.actors.tables import read_tsv
from detente.nlp import columns, doc_text
from detente.quotes.rolewords import Role, role_words
from detente.records import Actor, Mention, Speaker

PRIVATE_BODIES = frozenset({"NGO", "BUS", "EDU", "MED", "REL", "LAB"})
JOINED = re.compile(r"^role:([^+>]+)\+org:([\w-]+)")
LONGEST_COMPANY = 3


@cache
def companies() -> dict[str, str]:
    """Company name -> country of its headquarters (``data/companies.tsv``)."""
    path = Path(__file__).resolve().parent / "data" / "companies.tsv"
    return {name: row["country"] for row in read_tsv(path) for name in row["names"].split("|")}


@cache
def _organisation_sectors() -> dict[str, str]:
    """Organisation key -> sector, from the actors stage's ``organisations.tsv``."""
    path = Path(__file__).resolve().parents[1] / "actors" / "data" / "organisations.tsv"
    return {row["id"]: row["sector"] for row in read_tsv(path) if row.get("sector")}


def companies_in(doc, tokens: list[int]) -> list[tuple[int, int, Role]]:
    """(first, last, Role BUS body) of each company name of ``companies.tsv`` among the
    description ``tokens`` (capitalised runs of up to three tokens)."""
    names = companies()
    have = set(tokens)
    cols, whole = columns(doc), doc_text(doc)  # ``doc[i].text``, ``doc[i:j].text``: no Token
    idx, length = cols.idx, cols.length
    out = []
    for i in sorted(have):
        if not whole[idx[i]:idx[i] + 1].isupper() or doc[i].ent_type_ == "PERSON":
            continue  # "on Twitter West accused": the tagger ran the platform into a name
        for n in range(LONGEST_COMPANY, 0, -1):
            if not all(j in have for j in range(i, i + n)) or i + n > len(doc):
                continue
            last = i + n - 1
            text = whole[idx[i]:idx[last] + length[last]]
            if text in names:
                out.append((i, i + n - 1, Role("BUS", "body", text)))
                break
    return out


def company_country(name: str) -> tuple[str, str] | None:
    """(country, evidence) of a company of ``companies.tsv`` by its name; None otherwise."""
    country = companies().get(name)
    return (country, f"company:{name}") if country else None


def organisation_over_head(actor: Actor | None) -> Actor | None:
    """The actor with its organisation's private sector in place of a head role's, when the
    actors stage joined the two (``role:<head>+org:<key>``); None otherwise."""
    if actor is None or not actor.entry:
        return None
    found = JOINED.match(actor.entry)
    if found is None:
        return None
    role = role_words().get(found.group(1))
    sector = _organisation_sectors().get(found.group(2))
    if role is None or role.kind != "head" or sector not in PRIVATE_BODIES \
            or sector == actor.sector:
        return None
    out = replace(actor, sector=sector, code=None, entry=f"{actor.entry}+employer:{sector}")
    out.__post_init__()
    return out


def company_named_before(speaker: Speaker, mentions: list[Mention]) -> Speaker:
    """``speaker`` as the company whose full name the article gave before and opens with the
    speaker's name ("Ford" after "Ford Motor Company"), BUS (rule ``+company-named``), when
    the speaker has no sector; unchanged otherwise."""
    from detente.quotes.rolewords import BODY_BUS

    actor = speaker.actor
    name = (speaker.name or "").strip()
    if not name or speaker.start is None or (actor is not None and actor.sector
                                              and actor.entry != "person:CVL"):
        return speaker
    for m in mentions:
        at = f" {m.text} ".find(f" {name} ")
        if m.start >= speaker.start or at < 0 or m.label not in ("ORG", "PERSON", "ROLE"):
            continue
        words = m.text[at + len(name):].split()  # the words after the name
        if words and words[-1].lower() in BODY_BUS \
                and words[-1][:1].isupper():
            country = actor.country if actor is not None else None
            found = Actor(country, "BUS", name=m.text, entry=f"company-named:{m.text}")
            return replace(speaker, actor=found, rule=f"{speaker.rule}+company-named")
    return speaker
