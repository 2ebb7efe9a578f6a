"""Converting the PETRARCH2/Phoenix actor dictionaries (MIT) into detente's own data files.

Run once by a developer, never at coding time::

    python -m detente.actors.phoenix ../shared/data/dictionaries/petrarch2

writes ``data/phoenix_people.tsv`` (people with dated CAMEO codes from
``Phoenix.Countries.actors.txt``, to early 2014) and ``data/phoenix_organisations.tsv``
(IGOs, NGOs and armed groups from ``Phoenix.International.actors.txt`` and
``Phoenix.MilNonState.actors.txt``), each with the MIT notice and its provenance. CAMEO codes
become detente's country + sector: ``RUSGOV`` -> (RUS, GOV); ``IGOUNOIAE`` -> (IAEA, IGO)
through ``cameo_organisations.tsv`` (the last tag it knows wins); a code whose country is a
region (``MEAREB``) or a company (``MNC...``) is left out.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from detente.actors.entry import Entry
from detente.actors.phoenix_people import FILE_DATE
from detente.actors.roster import Person
from detente.actors.tables import DATA, fold, initials, read_tsv

SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG", "OPP", "PTY", "REB", "IGO",
                     "NGO", "MED", "REL", "CVL", "BUS", "ELI", "REF", "EDU", "LAB", "HLH",
                     "AGR", "CRM", "UAF"})
CODE_RE = re.compile(r"\[([A-Z~-]+)(?:\s+([<>]?)(\d{6,8})?(?:-(\d{6,8}))?)?\s*\]")
PAREN_RE = re.compile(r"\(([^)]*)\)")
POSSESSIVE_RE = re.compile(r"'S\b")
"""A possessive ``'S`` that ``str.title`` makes of ``PEOPLE'S`` ("People'S"): written ``'s``."""
NOTICE = """# The MIT License (MIT). Copyright (c) 2014 Open Event Data Alliance.
# Permission is hereby granted, free of charge, to any person obtaining a copy of this
# software and associated documentation files (the "Software"), to deal in the Software
# without restriction, including without limitation the rights to use, copy, modify, merge,
# publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons
# to whom the Software is furnished to do so, subject to the following conditions: The above
# copyright notice and this permission notice shall be included in all copies or substantial
# portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND.
"""


@dataclass
class Block:
    """One dictionary entry: its names and its codes (with dates)."""

    names: list[str] = field(default_factory=list)
    codes: list[tuple[str, str, str | None, str | None]] = field(default_factory=list)


def read_blocks(path: Path) -> Iterator[Block]:
    """Entries of a TABARI ``.actors`` file: a name line, ``+`` alias lines, code lines."""
    block: Block | None = None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        head = line.strip()
        if not raw[:1].isspace() and not head.startswith(("+", "[")):
            if block is not None and block.names:
                yield block
            block = Block()
        if block is None:
            continue
        name = CODE_RE.sub("", head).strip().lstrip("+").strip()
        if name:
            block.names.append(name)
        block.codes += [m.groups() for m in CODE_RE.finditer(head)]
    if block is not None and block.names:
        yield block


def phoenix_date(text: str | None) -> dt.date | None:
    """``yymmdd`` (two-digit years: 30-99 are 19xx) or ``yyyymmdd``; None if malformed."""
    if not text or len(text) not in (6, 8):
        return None
    year = int(text[:-4])
    if len(text) == 6:
        year += 1900 if year >= 30 else 2000
    try:
        return dt.date(year, int(text[-4:-2]), int(text[-2:]))
    except ValueError:
        return None


def display_name(raw: str) -> str | None:
    """``ABU_NIDAL_ORGANIZATION`` -> ``Abu Nidal Organization``; a one-word name of at most
    five letters stays an acronym (``IAEA``); None for a one-word name otherwise (too
    likely a common word: ``Resistance``)."""
    text = PAREN_RE.sub(" ", raw).replace("_", " ").strip(" -")
    words = text.split()
    if not words:
        return None
    if len(words) == 1:
        word = words[0].strip(".")
        return word if 2 <= len(word) <= 5 and word.isalpha() else None
    return " ".join(w.capitalize() if w.isalpha() else POSSESSIVE_RE.sub("'s", w.title()) for w in words)


def load_countries() -> tuple[set[str], dict[str, str]]:
    iso = {row["code"] for row in read_tsv(DATA / "countries.tsv")}
    legacy = {row["cameo"]: row["iso"] for row in read_tsv(DATA / "cameo_codes.tsv")}
    return iso, legacy


def organisation_tags() -> dict[str, str]:
    """CAMEO organisation tags -> detente's codes (``cameo_organisations.tsv``)."""
    return {row["tag"]: row["code"] for row in read_tsv(DATA / "cameo_organisations.tsv")}


def map_code(code: str, iso: set[str], legacy: dict[str, str],
             tags: dict[str, str]) -> tuple[str, str | None] | None:
    """A CAMEO actor code as (country or body code, sector), or None when it names a
    region, a company or nothing detente codes.

    >>> iso, legacy = load_countries()
    >>> tags = organisation_tags()
    >>> map_code("RUSGOV", iso, legacy, tags), map_code("IGOUNOIAE", iso, legacy, tags)
    (('RUS', 'GOV'), ('IAEA', 'IGO'))
    """
    prefix = code[:3]
    if prefix in ("IGO", "NGO", "IMG"):
        known = [tags[code[i:i + 3]] for i in range(3, len(code) - 2, 3) if code[i:i + 3] in tags]
        sector = {"IGO": "IGO", "NGO": "NGO", "IMG": "REB"}[prefix]
        return (known[-1], sector) if known else None
    country = legacy.get(prefix, prefix)
    if country not in iso:
        return None
    rest = code[3:6]
    return country, rest if rest in SECTORS else None


def people_rows(path: Path, iso, legacy, tags) -> Iterator[str]:
    """TSV rows of the people of ``Phoenix.Countries.actors.txt`` with dated codes."""
    for block in read_blocks(path):
        roles = []
        for code, bound, start, end in block.codes:
            mapped = map_code(code, iso, legacy, tags)
            if mapped is None or not (start or end):
                continue
            first = phoenix_date(start) if bound != "<" else None
            last = phoenix_date(end) if end else (phoenix_date(start) if bound == "<" else None)
            if mapped[1] == "ELI":
                continue  # detente derives "former" from the offices themselves
            last = last or FILE_DATE
            roles.append(f"{mapped[0]}:{mapped[1] or ''}:{first or ''}:{last or ''}")
        names = [n for n in (display_name(b) for b in block.names) if n and " " in n]
        if roles and names:
            yield "\t".join([names[0], "|".join(dict.fromkeys(names[1:])), ";".join(roles)])


def kind_words(blocks: list[Block]) -> set[str]:
    """Last words of organisation names of two words or more ("Foundation" of "Heritage
    Foundation"): words that name a kind of body."""
    return {n.split()[-1].lower() for b in blocks for n in (display_name(x) for x in b.names)
            if n and len(n.split()) > 1 and n.split()[0] != "The"}


def generic_alias(name: str, kinds: set[str]) -> bool:
    """An alias "The <word>" whose word names a kind of body ("The Foundation", an alias of
    El Rukn): it would name every foundation ("The Rockefeller Foundation")."""
    words = name.split()
    return len(words) == 2 and words[0] == "The" and words[1].lower() in kinds


def organisation_rows(paths: list[Path], iso, legacy, tags) -> Iterator[str]:
    """TSV rows (our organisations.tsv columns) of bodies and armed groups; an alias that is
    a kind of body (``generic_alias``) is left out."""
    seen = set()
    blocks = [b for path in paths for b in read_blocks(path)]
    kinds = kind_words(blocks)
    for block in blocks:
        undated = [c for c, _b, s, e in block.codes if not (s or e)] or \
            [c for c, *_ in block.codes]
        mapped = next((m for m in (map_code(c, iso, legacy, tags) for c in undated) if m),
                      None)
        names = list(dict.fromkeys(n for n in (display_name(b) for b in block.names) if n))
        names = names[:1] + [n for n in names[1:] if not generic_alias(n, kinds)]
        acronyms = [a.strip() for b in block.names for a in PAREN_RE.findall(b)
                    if a.strip().isalpha() and a.strip().isupper() and len(a.strip()) >= 3]
        if mapped is None or not names or names[0] in seen:
            continue
        seen.add(names[0])
        oid = "phoenix:" + re.sub(r"[^a-z0-9]+", "-", names[0].lower()).strip("-")
        all_names = "|".join(dict.fromkeys(names + acronyms))
        yield "\t".join([oid, mapped[0], mapped[1] or "", all_names])


BODY_LEGISLATURES = ("Congress", "Senate", "House Of Representatives", "Sabha", "Duma",
                     "Consultative Assembly", "Federal Assembly", "Parliament")
"""Last words of legislatures, which Phoenix codes GOV and detente LEG."""


BODY_WORDS = frozenset({
    "army", "forces", "force", "corps", "command", "council", "committee", "assembly",
    "congress", "parliament", "front", "movement", "brigade", "brigades", "group", "agency",
    "service", "office", "bureau", "administration", "board", "commission", "corporation",
    "foundation", "department", "ministry", "court", "guard", "guards", "police", "navy",
    "marines", "university", "sabha", "directorate", "community", "team", "cell", "patrol",
    "bank", "institute", "sham"})
"""Last words of the names of bodies (and "Sham" of Syrian armed groups: Ahrar al-Sham)."""
OFFICE_WORDS = frozenset({"president", "secretary", "ambassador", "representative",
                          "commander", "chairman", "leader", "minister", "attorney", "general",
                          "chief", "government"})
"""Words of offices, which detente resolves by date from its roster, and of governments,
which it composes from the country and the role noun: such names are left out."""
GENERIC_BODIES = frozenset({"intelligence community", "central command", "pacific command",
                            "provincial reconstruction team", "national security council",
                            "nsc"})
"""Names Phoenix gives one state's body that other states' bodies share."""


def body_names(block: Block, kinds: set[str] = BODY_WORDS) -> list[str]:
    """The names of an undated ``Phoenix.Countries.actors.txt`` entry that name a body: of
    two words or more ending in a body word (``BODY_WORDS``: Council, Agency, Front...) and
    holding no office word (``OFFICE_WORDS``), or one upper-case word that is the initials of
    such a name ("KRG" of "Kurdistan Regional Government"). People's names, which the same
    entries mix in ("Damascus Declaration" with its signatories), are left out."""
    names = list(dict.fromkeys(n for n in (display_name(b) for b in block.names) if n))
    bodies = [n for n in names if len(n.split()) > 1 and n.split()[-1].lower() in kinds
              and not OFFICE_WORDS & set(re.split(r"[\s.-]+", n.lower()))
              and n.lower() not in GENERIC_BODIES]
    letters = set().union(*(initials(n) for n in bodies)) if bodies else set()
    return bodies + [n for n in names if len(n.split()) == 1 and n.isupper() and n in letters]


def composed(name: str, tables) -> bool:
    """A name ending in one of detente's role nouns ("Assad Forces", "Royal Navy", "Supreme
    Court") or starting with a country's name or demonym ("U.S. State Department", "Syrian
    Islamic Front"): the resolver already composes such phrases from their words ("British
    Royal Marines" one GBR MIL phrase, "the Philippine Defense Department" PHL), which a
    dictionary name would split or take over."""
    words = name.split()
    if any(" ".join(words[-k:]).lower() in tables.roles for k in range(1, min(len(words), 4) + 1)):
        return True
    return any(e.kind in ("country", "demonym") for k in (1, 2) if len(words) > k
               for head in (" ".join(words[:k]), " ".join(words[:k]).upper())
               for e in tables.lookup(head))


def body_rows(path: Path, iso, legacy, tags, kinds: set[str] = BODY_WORDS) -> Iterator[str]:
    """TSV rows (organisations.tsv columns) of the national bodies of
    ``Phoenix.Countries.actors.txt``: entries with no dated code (armies, councils,
    intelligence services, armed groups), coded by their country and sector; a legislature
    (``BODY_LEGISLATURES``) is LEG, a court JUD, as detente codes them. People (ELI) and
    entries of no sector (country names, cities) are left out, and so is a name a file read
    before this one has (it would never take effect: ``tables.phoenix_bodies``)."""
    from detente.actors.tables import _own_entries, load_tables

    seen: set[str] = set()
    tables = load_tables(None)
    known = {fold(name) for name, _entry in _own_entries()}
    for block in read_blocks(path):
        if any(s or e for _c, _b, s, e in block.codes):
            continue
        mapped = next((m for m in (map_code(c, iso, legacy, tags) for c, *_ in block.codes)
                       if m), None)
        if mapped is None or mapped[1] in (None, "ELI") or mapped[0] not in iso:
            continue
        for name in body_names(block, kinds):
            if composed(name, tables) or fold(name) in known:
                continue  # a name our files have is never read from here (``shadowed_bodies``)
            sector = mapped[1]
            if name.endswith(BODY_LEGISLATURES) or name.startswith(("House ", "Senate ")):
                sector = "LEG"
            elif name.endswith("Court"):
                sector = "JUD"
            oid = "phoenix-body:" + re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
            if oid not in seen:  # one row a name: Phoenix's entries lump bodies together
                seen.add(oid)    # (FEMA and the Border Patrol under Homeland Security)
                yield "\t".join([oid, mapped[0], sector, name])


def header(what: str, sources: str, columns: str) -> str:
    return (f"# {what}\n# source: PETRARCH2/Phoenix dictionaries ({sources}), "
            "github.com/openeventdata/petrarch2 commit 676801cd (2019-03-18); dated roles "
            "current to early 2014\n# licence: MIT (notice below), converted by "
            "detente.actors.phoenix\n# how made: python -m detente.actors.phoenix "
            "../shared/data/dictionaries/petrarch2 (CAMEO codes mapped to country + sector; "
            "regions and companies left out)\n"
            f"# date: {dt.date.today().isoformat()}\n{NOTICE}# columns: {columns}\n")


def convert(folder: Path, out: Path = DATA) -> tuple[int, int]:
    """Write the two converted files; returns their row counts."""
    iso, legacy = load_countries()
    tags = organisation_tags()
    people = list(people_rows(folder / "Phoenix.Countries.actors.txt", iso, legacy, tags))
    orgs = list(organisation_rows([folder / "Phoenix.International.actors.txt",
                                   folder / "Phoenix.MilNonState.actors.txt"], iso, legacy, tags))
    (out / "phoenix_people.tsv").write_text(
        header("phoenix_people.tsv - people with dated CAMEO roles", "Phoenix.Countries.actors.txt",
               "name<TAB>aliases (|)<TAB>roles (country:sector:start:end;...)")
        + "name\taliases\troles\n" + "\n".join(people) + "\n", encoding="utf-8")
    (out / "phoenix_organisations.tsv").write_text(
        header("phoenix_organisations.tsv - international bodies, NGOs and armed groups",
               "Phoenix.International.actors.txt, Phoenix.MilNonState.actors.txt",
               "id<TAB>country<TAB>sector<TAB>names")
        + "id\tcountry\tsector\tnames\n" + "\n".join(orgs) + "\n", encoding="utf-8")
    bodies = list(body_rows(folder / "Phoenix.Countries.actors.txt", iso, legacy, tags))
    (out / "phoenix_bodies.tsv").write_text(
        header("phoenix_bodies.tsv - national bodies and armed groups with no dated code "
               "(legislatures LEG, courts JUD; offices, people and names of no body left out; "
               "a name detente's own files have is not used)",
               "Phoenix.Countries.actors.txt", "id<TAB>country<TAB>sector<TAB>names")
        + "id\tcountry\tsector\tnames\n" + "\n".join(bodies) + "\n", encoding="utf-8")
    return len(people), len(orgs)


if __name__ == "__main__":  # pragma: no cover
    print(convert(Path(sys.argv[1])))


def source_conflicts(roster: dict[str, Person], phoenix: list[Person]) -> list[str]:
    """Where Phoenix and our roster disagree about the same person (matched by name): on
    the middle day of a Phoenix role, our roster gives no office, or one of another
    country. Reported, never resolved: the roster wins at coding time."""
    by_name = {fold(n): p for p in roster.values() for n in (p.name, *p.aliases)}
    found = []
    for person in phoenix:
        ours = next((by_name[fold(n)] for n in (person.name, *person.aliases)
                     if fold(n) in by_name), None)
        if ours is None:
            continue
        for office in person.offices:
            if office.start is None or office.end is None:
                continue
            day = office.start + (office.end - office.start) / 2
            held = [o for o in ours.offices if o.held_on(day)]
            if not held:
                found.append(f"{ours.id}: Phoenix {office.country}{office.sector} "
                             f"{office.start}..{office.end}, roster: no office on {day}")
            elif all(o.country != office.country for o in held):
                found.append(f"{ours.id}: Phoenix {office.country}{office.sector} on {day}, "
                             f"roster: {held[0].title} of {held[0].country}")
    return found


def shadowed_bodies(rows: Iterable[dict] | None = None,
                    own: Iterable[tuple[str, Entry]] | None = None) -> list[str]:
    """Names of ``phoenix_bodies.tsv`` rows (``rows``) that a file read before it has (``own``:
    countries, variants, demonyms, metonyms, regions, ``organisations.tsv``,
    ``phoenix_organisations.tsv``). Such a row never takes effect (``tables.phoenix_bodies``
    skips it): each is reported, as a conflict where the two code the name differently
    ("Federal Security Service": Phoenix RUS COP, ours RUS SPY), else as a duplicate.
    Reported, never resolved: the file read first wins at coding time."""
    from detente.actors.tables import _own_entries

    rows = read_tsv(DATA / "phoenix_bodies.tsv") if rows is None else rows
    first: dict[str, Entry] = {}
    for name, entry in (_own_entries() if own is None else own):
        first.setdefault(fold(name), entry)
    found = []
    for row in rows:
        for name in row["names"].split("|"):
            ours = first.get(fold(name))
            if ours is None:
                continue
            kind = "conflict" if (ours.country, ours.sector) != (row["country"], row["sector"] or None) \
                else "duplicate"
            found.append(f"{kind}: {row['id']} {name!r} {row['country']} {row['sector']}, "
                         f"read first: {ours.entry} {ours.country} {ours.sector}")
    return found
