"""A speaker's sector from the body they work for (issue 14, round 14).

- ``companies_in``: a company of ``data/companies.tsv`` named in a person's description
  ("Harlow Motors senior economist Ann Weir" when the table lists Harlow Motors) is a body of
  the description, BUS, so a private role beside it (economist, analyst: ``title_cvl``)
  yields to it as it yields to any body ("IMF chief economist").
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
from detente.quotes.rolewords import Role
from detente.records import Actor

PRIVATE_BODIES = frozenset({"NGO", "BUS", "EDU", "MED", "REL", "LAB"})
JOINED = re.compile(r"^role:([^+>]+)\+org:([\w-]+)")
LONGEST_COMPANY = 3


@cache
def _organisation_sectors() -> dict[str, str]:
    """Organisation key -> sector, from the actors stage's ``organisations.tsv``."""
    path = Path(__file__).resolve().parents[1] / "actors" / "data" / "organisations.tsv"
    return {row["id"]: row["sector"] for row in read_tsv(path) if row.get("sector")}


def companies_in(doc, tokens: list[int]) -> list[tuple[int, int, Role]]:
    """(first, last, Role BUS body) of each company name of ``companies.tsv`` among the
    description ``tokens`` (capitalised runs of up to three tokens)."""
    from detente.quotes.context import companies

    names = companies()
    have = set(tokens)
    out = []
    for i in sorted(have):
        if not doc[i].text[:1].isupper():
            continue
        for n in range(LONGEST_COMPANY, 0, -1):
            if not all(j in have for j in range(i, i + n)) or i + n > len(doc):
                continue
            text = doc[i:i + n].text
            if text in names:
                out.append((i, i + n - 1, Role("BUS", "body", text)))
                break
    return out


def company_country(name: str) -> tuple[str, str] | None:
    """(country, evidence) of a company of ``companies.tsv`` by its name; None otherwise."""
    from detente.quotes.context import companies

    country = companies().get(name)
    return (country, f"company:{name}") if country else None


def organisation_over_head(actor: Actor | None) -> Actor | None:
    """The actor with its organisation's private sector in place of a head role's, when the
    actors stage joined the two (``role:<head>+org:<key>``); None otherwise."""
    from detente.quotes.describe import role_words

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
