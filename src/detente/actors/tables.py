"""The actor dictionaries, loaded once and compiled into lookup tables keyed by folded text.

Everything the resolver needs is a dictionary lookup: a span's folded text (lower case,
typographic apostrophes straightened, a leading "the" dropped) gives its country, demonym,
capital, seat of power, organisation or roster person; a noun phrase gives a role and its
sector. Acronyms written in capitals ("US", "UN", "NATO") match only as written, so the
pronoun "us" is never the United States.

Sources: ``data/*.tsv`` and ``data/sectors.yaml`` (see ``data/README.md``), every
``data/roster/*.yaml``, then the user's file (``Resources(actors_file=...)``), whose entries
override ours by id (people, organisations) or by name (countries, metonyms) and extend them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pycountry
import yaml

from detente.actors.entry import Entry, organisation_entry
from detente.actors.offices import Offices, build_offices
from detente.actors.phoenix_people import read_people
from detente.actors.roster import Person, parse_people
from detente.actors.tsv import read_tsv
from detente.actors.userfile import UserEntries, read_user_file
from detente.errors import ActorError
from detente.resources import word_list, yaml_data

DATA = Path(__file__).resolve().parent / "data"
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

COUNTRY_CODES = frozenset(c.alpha_3 for c in pycountry.countries) | {"XKX"}
"""The values ``Actor.country`` takes for a state: ISO 3166-1 alpha-3, plus ``XKX`` (Kosovo, the
user-assigned code the EU and the IMF use). Any other value is a body's code (``EU``, ``NATO``,
``WHO``, ``ICC``), even when it has three capitals."""


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """Given name -> the gender it usually marks (``m``/``f``), from ``first_names.tsv``; read
    once per process (the actors stage and the quotes stage's speaker rules share it).

    >>> first_names()["angela"]
    'f'
    """
    return {r["name"]: r["gender"] for r in read_tsv(DATA / "first_names.tsv")}


def is_country(code: str | None) -> bool:
    """Whether an actor's ``country`` value names a state rather than a body.

    >>> is_country("RUS"), is_country("XKX"), is_country("WHO"), is_country("EU"), is_country(None)
    (True, True, False, False, False)
    """
    return code in COUNTRY_CODES


@dataclass(frozen=True)
class RoleNoun:
    """A role phrase (``foreign minister``, ``troops``) and the sector it names."""

    phrase: str
    sector: str
    person: bool
    """True for one person (``president``), False for a group or body (``army``)."""
    plural: bool = False
    generic: bool = False
    """True for ``leader``, ``official``...: a sector-naming modifier wins over ours."""
    title: str = ""
    """The singular phrase, as roster office titles are written ("president")."""


@dataclass(frozen=True)
class Pronoun:
    kind: str
    """person, group or body (``its``: a country or organisation)."""
    gender: str | None = None
    linked_only: bool = False
    """Kept only when coreference finds its antecedent ("it": most are not actors)."""


@dataclass
class ActorTables:
    """Compiled lookups; built by ``load_tables`` and shared read-only by every article."""

    names: dict[str, tuple[Entry, ...]] = field(default_factory=dict)
    acronyms: dict[str, tuple[Entry, ...]] = field(default_factory=dict)
    lowercase_ok: set[str] = field(default_factory=set)
    """Folded names written in lower case in the data ("world body"): match in any case."""
    lowercase_starts: set[str] = field(default_factory=set)
    """First words of ``lowercase_ok`` names: where a lower-case token may start a name."""
    max_name_tokens: int = 1
    name_ends: set[str] = field(default_factory=set)
    """Last words of all names (lower case): a span ending elsewhere is never looked up."""
    name_starts: set[str] = field(default_factory=set)
    """``first_run`` of every lookup key (folded names and acronyms): a span whose folded
    text starts with another run of letters and digits is never looked up."""
    surnames: dict[str, tuple[Person, ...]] = field(default_factory=dict)
    roles: dict[str, RoleNoun] = field(default_factory=dict)
    max_role_tokens: int = 1
    role_starts: set[str] = field(default_factory=set)
    """Lower-cased first words of role phrases: where a role may start."""
    sector_adjectives: dict[str, str] = field(default_factory=dict)
    former_words: frozenset[str] = frozenset()
    stance_prefixes: frozenset[str] = frozenset()
    geography_nouns: frozenset[str] = frozenset()
    """Nouns a nationality word modifies as land, not actor ("the Thai border")."""
    origin_words: frozenset[str] = frozenset()
    """Words after a hyphen that make a country word an origin ("Russian-made")."""
    currency_signs: frozenset[str] = frozenset()
    """Currency signs a country word prefixes ("US $50 million"): no actor."""
    ethnic_words: frozenset[str] = frozenset()
    """Words that make a people an ethnic group with no country from its name."""
    pronouns: dict[str, Pronoun] = field(default_factory=dict)
    it_verbs: frozenset[str] = frozenset()
    """Speech and decision verbs (all inflections) whose subject "it" is a country or body."""
    person_titles: frozenset[str] = frozenset()
    place_verbs: frozenset[str] = frozenset()
    """Inflected verbs whose object is a place, not a government ("shelled Juba")."""
    place_nouns: frozenset[str] = frozenset()
    """Generic nouns after a place name ("Helmand province") that a role reaches through."""
    media_name_words: frozenset[str] = frozenset()
    """Last words of newspaper names ("Post", "Times"): a place-named one is media."""
    span_words: frozenset[str] = frozenset()
    """Words a phrase extends over on its left: "the", "former" words, sector adjectives."""
    people: dict[str, Person] = field(default_factory=dict)
    organisation_codes: dict[str, str] = field(default_factory=dict)
    """Country-like codes of international bodies (``UN`` -> ``IGO``, ``ICRC`` -> ``NGO``)."""
    first_names: dict[str, str] = field(default_factory=dict)
    """Given name (lower case) -> gender, for people the roster does not know."""
    offices: Offices = field(default_factory=Offices)
    """Who held which office on a day, for role nouns ("the Vice President" in 2019)."""
    country_words: dict[str, tuple[Entry, ...]] = field(default_factory=dict)
    """One-word country names of five letters or more (folded) -> their entries: what a
    misspelt country name is compared with (``misspelt_country``)."""
    demonym_words: dict[str, tuple[Entry, ...]] = field(default_factory=dict)
    """One-word nationality words of five letters or more (folded) -> their entries: what a
    misspelt nationality word before a role noun is compared with (``misspelt_demonym``)."""

    def lookup(self, text: str) -> tuple[Entry, ...]:
        """Entries for a span's text: exact-case acronyms first, then folded names.

        >>> tables = load_tables()
        >>> [e.entry for e in tables.lookup("the Kremlin")]
        ['seat:Kremlin']
        """
        found = self.acronyms.get(text.strip()) or self.acronyms.get(written_as_word(text))
        if found:
            return found
        key = fold(text)
        entries = self.names.get(key, ())
        shown = text.lstrip()
        shown = shown[4:] if shown[:4].lower() == "the " else shown
        if entries and shown[:1].islower() and key not in self.lowercase_ok:
            return ()
        return entries


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Lookup key: lower case, no diacritics ("Erdoğan" and "Erdogan" meet), straight
    apostrophes, single spaces, no leading "the"."""
    key = " ".join(text.replace("\u2019", "'").replace("\u2018", "'").split()).lower()
    if not key.isascii():
        key = "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))
    return key[4:] if key.startswith("the ") else key


MIXED_ACRONYM_LETTERS = 5
WORD_ACRONYM_LETTERS = 4
ACRONYM_WORDS = frozenset(word_list("actors", "vocabulary.yaml", "acronym_words"))


def written_as_word(text: str) -> str:
    """The acronym a capitalised word of four letters or more stands for when news writes
    acronyms as words ("Nato", "Opec", "Unicef" -> "NATO", "OPEC", "UNICEF"; BBC style), else
    "". Not a word the acronyms spell that is also an English word (``acronym_words``).
    Issue 14 round 14.

    >>> written_as_word("Opec"), written_as_word("Paradise"), written_as_word("Aid")
    ('OPEC', '', '')
    """
    text = text.strip()
    if len(text) < WORD_ACRONYM_LETTERS or not text.isalpha() or not text[:1].isupper() \
            or not text[1:].islower() or text.lower() in ACRONYM_WORDS:
        return ""
    return text.upper()



def is_mixed_acronym(name: str) -> bool:
    """A short acronym in mixed case ("LeT", "PdL"): matched as written too, never as the
    word its letters fold to ("Let ..." opening a sentence). Issue 14 round 14.

    >>> is_mixed_acronym("LeT"), is_mixed_acronym("Hamas"), is_mixed_acronym("McCain")
    (True, False, False)
    """
    return (name.isalpha() and len(name) <= MIXED_ACRONYM_LETTERS and name[:1].isupper()
            and sum(c.isupper() for c in name) >= 2 and not name.startswith(("Mc", "Mac")))


def is_acronym(name: str) -> bool:
    """True for names written in capitals ("US", "U.N.", "NATO") that match only as written."""
    letters = [c for c in name if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


_RUN = re.compile(r"[^\W_]*")


def first_run(text: str) -> str:
    """The leading run of letters and digits of a text ("u.s." -> "u"; "" if none).

    >>> first_run("côte d'ivoire"), first_run("'s")
    ('côte', '')
    """
    return _RUN.match(text).group()


def last_word(text: str) -> str:
    """The last run of letters and digits of a text ("côte d'ivoire" -> "ivoire")."""
    end = len(text)
    while end and not text[end - 1].isalnum():
        end -= 1
    start = end
    while start and text[start - 1].isalnum():
        start -= 1
    return text[start:end]


def _tokens(name: str) -> int:
    count, word = 0, False
    for ch in name:
        if ch.isalnum():
            count += 0 if word else 1
            word = True
        else:
            word = False
            count += 0 if ch.isspace() else 1
    return max(count, 1)


def bundled_entries() -> Iterator[tuple[str, Entry]]:
    """(name, entry) pairs of our countries, variants, demonyms, metonyms and organisations,
    then Phoenix's national bodies whose names none of those has (``phoenix_bodies``)."""
    known = set()
    for name, entry in _own_entries():
        known.add(fold(name))
        yield name, entry
    yield from phoenix_bodies(known)


def _own_entries() -> Iterator[tuple[str, Entry]]:
    for file in ("countries.tsv", "country_variants.tsv"):
        for row in read_tsv(DATA / file):
            yield row["name"], Entry("country", row["code"], None, f"country:{row['code']}")
    for row in read_tsv(DATA / "demonyms.tsv"):
        yield row["demonym"], Entry("demonym", row["code"], None, f"demonym:{row['demonym']}")
    for row in read_tsv(DATA / "metonyms.tsv"):
        yield row["name"], Entry(row["kind"], row["code"], row["sector"] or None,
                                 f"{row['kind']}:{row['name']}", name=row["name"])
    for row in read_tsv(DATA / "regions.tsv"):
        yield row["name"], Entry("region", row["code"] or None, None,  # no code: a sea
                                 f"region:{row['name']}", name=row["name"])
    yielded = yielded_acronyms()
    for file in ("organisations.tsv", "phoenix_organisations.tsv"):
        for row in read_tsv(DATA / file):
            for name in row["names"].split("|"):
                if file.startswith("phoenix") and (row["id"], name) in yielded:
                    continue  # an unexplained Phoenix acronym that spells another body
                yield name, organisation_entry(row["id"], row["country"], row["sector"],
                                               row["names"].split("|")[0])


SMALL_WORDS = frozenset({"of", "the", "and", "for", "in", "on"})


def initials(name: str) -> set[str]:
    """Acronyms a body's name may have: initials of its words, with and without the small
    words ("Department Of Justice": DOJ and DJ)."""
    words = [w for w in re.split(r"[\s-]+", name) if w[:1].isalpha()]
    return {"".join(w[0] for w in words).upper(),
            "".join(w[0] for w in words if w.lower() not in SMALL_WORDS).upper()}


def yielded_acronyms(phoenix_rows: Iterable[dict] | None = None,
                     bodies: Iterable[dict] | None = None) -> dict[tuple[str, str], str]:
    """Acronyms of ``phoenix_organisations.tsv`` rows that give way to a body our tables spell
    out: (row id, acronym) -> the body's id. An acronym gives way when none of its own row's
    spelled-out names has it as initials (Phoenix's international file gives "EPA" to a
    Venezuelan armed group and no name it stands for) and a body of ``organisations.tsv`` or
    ``phoenix_bodies.tsv`` (``bodies``) of another country has a name whose initials it is
    ("Environmental Protection Agency", USA): the obscure group would otherwise take every
    mention of the well-known body's acronym (issue 13, round 21, branch a43)."""
    if bodies is None:
        bodies = [*read_tsv(DATA / "organisations.tsv"), *read_tsv(DATA / "phoenix_bodies.tsv")]
    spelled: dict[str, list[tuple[str, str]]] = {}
    for row in bodies:
        for name in row["names"].split("|"):
            if len(name.split()) > 1:
                for letters in initials(name):
                    spelled.setdefault(letters, []).append((row["id"], row["country"]))
    rows = read_tsv(DATA / "phoenix_organisations.tsv") if phoenix_rows is None else phoenix_rows
    found = {}
    for row in rows:
        names = row["names"].split("|")
        own = {a for n in names if len(n.split()) > 1 for a in initials(n)}
        for name in names:
            if not is_acronym(name) or name in own:
                continue
            other = [oid for oid, country in spelled.get(name, ()) if country != row["country"]]
            if other:
                found[(row["id"], name)] = other[0]
    return found


def phoenix_bodies(known: set[str]) -> Iterator[tuple[str, Entry]]:
    """National bodies converted from Phoenix's country file (``phoenix_bodies.tsv``) whose
    names no file read before it has (``known``, folded): where both know a name, ours is
    used."""
    for row in read_tsv(DATA / "phoenix_bodies.tsv"):
        for name in row["names"].split("|"):
            if fold(name) not in known:
                yield name, organisation_entry(row["id"], row["country"], row["sector"],
                                               row["names"].split("|")[0])


def with_phoenix(people: dict[str, Person]) -> dict[str, Person]:
    """Our roster plus the people converted from Phoenix (to early 2014) whose names our
    roster does not have; where both know a person, ours is used (``source_conflicts`` in
    ``detente.actors.phoenix`` reports where they disagree)."""
    names = {fold(n) for p in people.values() for n in person_names(p)}
    merged = dict(people)
    for person in read_people(DATA / "phoenix_people.tsv"):
        if not any(fold(n) in names for n in person_names(person)):
            merged.setdefault(person.id, person)
    return merged


def person_names(person: Person) -> Iterable[str]:
    yield person.name
    yield from person.aliases


def bundled_people() -> dict[str, Person]:
    """Every person of ``data/roster/*.yaml`` by id (a later file's id wins)."""
    people: dict[str, Person] = {}
    for path in sorted((DATA / "roster").glob("*.yaml")):
        with path.open(encoding="utf-8") as handle:
            try:
                document = yaml.load(handle, Loader=_LOADER)
            except yaml.YAMLError as exc:
                raise ActorError(f"{path}: not valid YAML ({exc})") from exc
        for person in parse_people(document, str(path)):
            people[person.id] = person
    return people


def _index(tables: ActorTables, pairs: Iterable[tuple[str, Entry]]) -> dict[str, list[Entry]]:
    """Group entries by key into a fresh dict (acronyms go straight to ``tables.acronyms``)."""
    grouped: dict[str, list[Entry]] = {}
    acronyms: dict[str, list[Entry]] = {}
    for name, entry in pairs:
        name = name.strip()
        if not name:
            continue
        exact = is_acronym(name) or is_mixed_acronym(name)
        target, key = (acronyms, name) if exact else (grouped, fold(name))
        if entry not in target.setdefault(key, []):
            target[key].append(entry)
        if name[:1].islower():
            tables.lowercase_ok.add(fold(name))
            tables.lowercase_starts.add(fold(name).split(" ")[0].split("-")[0])
        tables.max_name_tokens = max(tables.max_name_tokens, _tokens(name))
        tables.name_ends.add(last_word(name.lower()))
    for key, entries in acronyms.items():
        tables.acronyms[key] = tuple(entries)
    tables.name_starts.update(first_run(fold(key)) for key in (*grouped, *acronyms))
    return grouped


def _people_pairs(people: dict[str, Person]) -> Iterator[tuple[str, Entry]]:
    for person in people.values():
        entry = Entry("person", person.country, None, f"roster:{person.id}", person.name, person)
        for name in person_names(person):
            yield name, entry


def _surnames(people: dict[str, Person]) -> dict[str, tuple[Person, ...]]:
    grouped: dict[str, list[Person]] = {}
    for person in people.values():
        if person.surname:
            grouped.setdefault(fold(person.surname), []).append(person)
    return {k: tuple(v) for k, v in grouped.items()}


def load_tables(user_file: str | Path | None = None) -> ActorTables:
    """Compile our data files and the optional user file into lookup tables.

    >>> tables = load_tables()
    >>> tables.lookup("Russian")[0].country, tables.roles["troops"].sector
    ('RUS', 'MIL')
    """
    user = read_user_file(Path(user_file)) if user_file else UserEntries()
    tables = ActorTables()
    people = with_phoenix(bundled_people())
    people.update({p.id: p for p in user.people})
    tables.people = people
    tables.offices = build_offices(people.values(), DATA / "office_titles.tsv")
    tables.first_names = dict(first_names())
    overridden = {f"org:{oid}" for oid in user.organisation_ids}
    bundled = [(n, e) for n, e in bundled_entries() if e.entry not in overridden]
    ours = _index(tables, [*bundled, *_people_pairs(people)])
    theirs = _index(tables, user.entries)
    ours.update(theirs)
    tables.names = {k: tuple(v) for k, v in ours.items()}
    tables.surnames = _surnames(people)
    tables.country_words = {k: v for k, v in tables.names.items() if len(k) >= 5 and k.isalpha()
                            and v and all(e.kind == "country" for e in v)}
    tables.demonym_words = {k: v for k, v in tables.names.items() if len(k) >= 5 and k.isalpha()
                            and v and all(e.kind == "demonym" for e in v)}
    for entries in (*tables.names.values(), *tables.acronyms.values()):
        for e in entries:
            if e.kind == "org" and e.sector in ("IGO", "NGO") and not is_country(e.country):
                tables.organisation_codes[e.country or ""] = e.sector  # not a national charity's GBR
    _load_sectors(tables)
    return tables


MISSPELT_MIN_LETTERS = 6
"""Shortest word read as a misspelt country name ("Quatar"); shorter ones are too often other
words one letter away ("Sudan"/"Susan", "Niger"/"Nigel")."""


def one_slip(a: str, b: str) -> bool:
    """``a`` and ``b`` differ by one left-out or added letter, or two swapped adjacent ones:
    the typing slips of misspelt names. A replaced letter is not one: it more often makes
    another real name ("Granada"/"Grenada", "Franco"/"France", "Brunel"/"Brunei").

    >>> one_slip("ethopia", "ethiopia"), one_slip("quatar", "qatar"), one_slip("lybia", "libya")
    (True, True, False)
    >>> one_slip("chad", "chad"), one_slip("granada", "grenada"), one_slip("iarn", "iran")
    (False, False, True)
    """
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1:]
    return i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2:] == b[i + 2:]


def misspelt_country(tables: ActorTables, word: str) -> tuple[Entry, ...]:
    """The country a capitalised word no table knows misspells, one slip (``one_slip``) off a
    one-word country name with the same first letter ("Afganistan", "Ethopia", "Quatar": wire copy and
    the CAMEO manual's examples hold such spellings); () when none or several are that close,
    a plural or adjective of the name ("Chiles", "Romanian"), or a given name or roster surname.

    >>> tables = load_tables()
    >>> [e.country for e in misspelt_country(tables, "Afganistan")]
    ['AFG']
    >>> misspelt_country(tables, "Jordon"), misspelt_country(tables, "Chiles")
    ((), ())
    """
    key = fold(word)
    if not _unknown_word(tables, word, key):
        return ()
    close = [v for k, v in country_words_by_initial(tables).get(key[0], ())
             if key not in (k + "s", k + "n") and one_slip(key, k)]
    return close[0] if len(close) == 1 else ()


def _unknown_word(tables: ActorTables, word: str, key: str) -> bool:
    """A capitalised word of letters, long enough, that no table knows (as a name, a given
    name or a roster surname): the words ``misspelt_country`` and ``misspelt_demonym`` try."""
    return len(key) >= MISSPELT_MIN_LETTERS and key.isalpha() and word[:1].isupper() \
        and key not in tables.names and key not in tables.first_names and key not in tables.surnames


def _one_slip_from(tables: ActorTables, word: str, words: dict) -> tuple[Entry, ...]:
    key = fold(word)
    close = [v for k, v in words.items()
             if k[0] == key[0] and key not in (k + "s", k + "n") and one_slip(key, k)]
    return close[0] if len(close) == 1 else ()


def misspelt_demonym(tables: ActorTables, word: str) -> tuple[Entry, ...]:
    """The nationality a capitalised word no table knows misspells, one slip off a one-word
    nationality word with the same first letter ("Chenchen" for "Chechen"), on the terms of
    ``misspelt_country``; the matcher asks only for a word modifying a role noun ("Chenchen
    refugees").

    >>> tables = load_tables()
    >>> [e.country for e in misspelt_demonym(tables, "Chenchen")]
    ['RUS']
    >>> misspelt_demonym(tables, "Chechen"), misspelt_demonym(tables, "Syriza")
    ((), ())
    """
    if not _unknown_word(tables, word, fold(word)):
        return ()
    return _one_slip_from(tables, word, tables.demonym_words)


def inflections(verb: str) -> set[str]:
    """Regular forms of a verb ("shell" -> shells, shelled, shelling); irregular past forms
    are listed in the data themselves ("struck")."""
    forms = {verb, verb + "s", verb + "ed", verb + "ing"}
    if verb.endswith("e"):
        forms |= {verb + "d", verb[:-1] + "ing"}
    if verb.endswith("y"):
        forms |= {verb[:-1] + "ies", verb[:-1] + "ied"}
    if len(verb) > 2 and verb[-1] not in "aeiouwy" and verb[-2] in "aeiou" and verb[-3] not in "aeiou":
        forms |= {verb + verb[-1] + "ed", verb + verb[-1] + "ing"}
    return forms


def plurals(phrase: str) -> list[str]:
    """Plural forms of a role phrase's last word ("spokesman" -> "spokesmen")."""
    head, _, last = phrase.rpartition(" ")
    prefix = head + " " if head else ""
    if last.endswith("man"):
        forms = [last[:-3] + "men"]
    elif last.endswith("person"):
        forms = [last[:-6] + "people", last + "s"]
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        forms = [last[:-1] + "ies"]
    elif last.endswith(("s", "x", "ch", "sh")):
        forms = [last + "es"]
    else:
        forms = [last + "s"]
    return [prefix + f for f in forms]


def _load_sectors(tables: ActorTables) -> None:
    spec = yaml_data("actors", "sectors.yaml")
    generic = {g.lower() for g in spec.get("generic", [])}
    for sector, body in spec["sectors"].items():
        for phrase in body.get("people", []):
            _add_role(tables, RoleNoun(phrase, sector, True, False, phrase in generic, phrase))
            for plural in plurals(phrase):
                _add_role(tables, RoleNoun(plural, sector, False, True, phrase in generic,
                                           phrase))
        for phrase in body.get("groups", []):
            _add_role(tables, RoleNoun(phrase, sector, False, phrase.endswith("s"),
                                       phrase in generic, phrase))
    tables.sector_adjectives = {k.lower(): v for k, v in spec.get("sector_adjectives", {}).items()}
    tables.former_words = frozenset(w.lower() for w in spec.get("former_words", []))
    tables.stance_prefixes = frozenset(w.lower() for w in spec.get("stance_prefixes", []))
    for key in ("geography_nouns", "origin_words", "ethnic_words", "currency_signs"):
        setattr(tables, key, frozenset(w.lower() for w in spec.get(key, [])))
    tables.person_titles = frozenset(w.lower() for w in spec.get("person_titles", []))
    tables.pronouns = {w: Pronoun(p["kind"], p.get("gender"), bool(p.get("linked_only")))
                       for w, p in spec["pronouns"].items()}
    tables.it_verbs = frozenset(f for v in spec.get("it_verbs", []) for f in inflections(v))
    tables.span_words = frozenset({"the", *tables.former_words, *tables.sector_adjectives})
    tables.place_verbs = frozenset(f for v in spec.get("place_verbs", []) for f in inflections(v))
    tables.place_nouns = frozenset(w.lower() for w in spec.get("place_nouns", []))
    tables.media_name_words = frozenset(w.lower() for w in spec.get("media_name_words", []))


def _add_role(tables: ActorTables, role: RoleNoun) -> None:
    key = role.phrase.lower()
    if key not in tables.roles:
        tables.roles[key] = role
        tables.role_starts.add(key.split(" ")[0].split("-")[0])
        tables.max_role_tokens = max(tables.max_role_tokens, _tokens(key))


_INITIALS_KEY = "_detente_country_initials"


def country_words_by_initial(tables) -> dict[str, list[tuple[str, tuple]]]:
    """``tables.country_words`` grouped by first letter, each group in the dict's order
    (``tables.misspelt_country`` compares a word with the names of its first letter only)."""
    words = tables.country_words
    stamp = (id(words), len(words))
    found = tables.__dict__.get(_INITIALS_KEY)
    if found is None or found[0] != stamp:
        groups: dict[str, list[tuple[str, tuple]]] = {}
        for k, v in words.items():
            groups.setdefault(k[0], []).append((k, v))
        found = tables.__dict__[_INITIALS_KEY] = (stamp, groups)
    return found[1]
