"""Dictionary names in a sentence: countries, demonyms, metonyms, organisations, roster full
names, tried longest first, and the guards that leave a found name to something else (a
given name, a body of another country, an acronym, words of a sentence, an indefinite
epithet).

Split out of ``matcher.py`` (issue 14, round 33).
"""

from __future__ import annotations

from detente.actors.arrays import POSSESSIVE_MARKERS, judged_run, name_pairs
from detente.actors.atoms import Atom, Tokens, is_acronym, kind_of
from detente.actors.tables import ActorTables, Entry, fold, is_country
from detente.resources import word_list


def starts_name(tokens: Tokens, i: int, tables: ActorTables) -> bool:
    lower = tokens.lower[i]
    return (tokens.text[tokens.starts[i]].isupper() or lower == "the"
            or lower in tables.lowercase_starts)


def may_start_name(tokens: Tokens, i: int, tables: ActorTables) -> bool:
    """False when no dictionary key can begin at token ``i``: the leading run of letters and
    digits of its folded text (of the next token after "the") starts no key. A run that may
    go on into the next token (no space between them) is not judged (``arrays.judged_run``)."""
    run = judged_run(tokens, i)
    return run is None or run in tables.name_starts


def name_at(tokens: Tokens, i: int, limit: int, tables: ActorTables) -> tuple[int, tuple]:
    """Longest name starting at token ``i`` (not crossing ``limit``): (end, entries). A span
    whose first and last words are no key's (``name_pairs``) is not looked up."""
    top = min(limit, i + tables.max_name_tokens + 1)
    run = judged_run(tokens, i)
    if run is not None and not tokens.span(i, top).isascii():
        run = None
    pairs = name_pairs(tables) if run is not None else frozenset()
    alone = i + 1 if tokens.lower[i] == "the" else -1  # "the" alone folds to itself
    lower, starts, text = tokens.lower, tokens.starts, tokens.text
    for end in range(top, i, -1):
        last = tokens.last[end - 1]
        if last not in tables.name_ends:
            continue
        if run is not None and end != alone and (run, last) not in pairs and last and (
                lower[end - 1].rfind(last) > 0 or starts[end - 1] == 0
                or not text[starts[end - 1] - 1].isalnum()):
            continue  # (run, last word) of no key, and the word cannot run on to the left
        entries = tables.lookup(tokens.span(i, end))
        if entries:
            return end, entries
    return i, ()


DEFINITE_EPITHETS = frozenset(word_list("actors", "vocabulary.yaml", "definite_epithets"))
"""Epithets that name one state only after "the" (``country_variants.tsv``): "the Jewish
state" is Israel, "a Jewish state" a kind of state."""


def given_name_alone(tokens: Tokens, i: int, end: int, entries: tuple[Entry, ...],
                     tables: ActorTables) -> bool:
    """A people's name of one word that is also a given name (``first_names.tsv``: "Karen")
    names the people only as the modifier of a lower-case noun or adjective ("Karen rebels",
    "a Karen refugee camp"); alone, before a verb or before a capitalised word it is a
    person's given name ("Karen said", "Karen Bass"). Issue 14, round 22 (branch a45)."""
    if end != i + 1 or kind_of(entries) != "demonym" or tokens.lower[i] not in tables.first_names:
        return False
    if end >= len(tokens.lower):
        return True
    after = tokens.text[tokens.starts[end]:tokens.ends[end]]
    return not (after[:1].isalpha() and after[:1].islower()
                and tokens.pos[end] in MODIFIED_POS)


def of_another_country(tokens: Tokens, end: int, limit: int, entries: tuple[Entry, ...],
                       tables: ActorTables) -> bool:
    """A national body's name followed by "of <another country>" is that country's body of the
    same name ("the Royal Air Force of Oman", "the Police Federation of Australia"), not the one
    the table codes (GBR): the name is left to its role noun and the country (review r31c, bug 2).
    The body's own country ("the Royal Navy of the United Kingdom") keeps it. An international
    body's short name works the same way ("the Security Council of <country>", "the General
    Assembly of <country>": that country's council or assembly, not the UN's; issue 14, round 33)."""
    if kind_of(entries) != "org" or not (is_country(entries[0].country) or international_body(entries)) \
            or end + 1 >= limit or tokens.lower[end] != "of":
        return False
    after = end + 2 if tokens.lower[end + 1] == "the" else end + 1
    named_end, named = name_at(tokens, after, limit, tables)
    if named_end < limit and tokens.lower[named_end] in POSSESSIVE_MARKERS:
        return False  # "warned the Royal Navy of China's response": "of" is the verb's
    return bool(named) and kind_of(named) == "country" \
        and all(e.country != named[0].country for e in entries)


MODIFIED_POS = frozenset({"NOUN", "ADJ"})
"""Parts of speech of the word a people's name modifies ("Karen rebels", "Karen armed groups")."""


def indefinite_epithet(tokens: Tokens, i: int, end: int) -> bool:
    """An epithet of ``DEFINITE_EPITHETS`` not written after "the" ("an Islamic republic")."""
    if tokens.lower[i] == "the":
        return False
    return fold(tokens.span(i, end)) in DEFINITE_EPITHETS


ACRONYM_KINDS = frozenset({"capital", "region"})
"""Kinds of table names a unit's acronym may spell (countries' short forms, "US troops", "UK
officials", are no acronyms of anything else)."""


def acronym_modifier(tokens: Tokens, i: int, end: int, entries: tuple[Entry, ...]) -> bool:
    """A place's name written as one all-capital word that modifies the common noun after it is
    an acronym, not the place ("SWAT team members", "SWAT officers": the police's Special
    Weapons and Tactics units, not the Swat valley). A dateline ("ISLAMABAD, Pakistan --",
    "MANASSAS --") and a place the tables spell in capitals are still places (issue 13,
    round 19)."""
    if end != i + 1 or kind_of(entries) not in ACRONYM_KINDS or not is_acronym(tokens, i) \
            or any(e.name and e.name.isupper() for e in entries) or i + 1 >= len(tokens.lower):
        return False
    after = tokens.text[tokens.starts[i + 1]:tokens.ends[i + 1]]
    return after.isalpha() and after.islower() and tokens.pos[i + 1] == "NOUN"


def case_differs(tokens: Tokens, i: int, end: int, entries: tuple[Entry, ...]) -> bool:
    """An organisation's name of several words, capitalised in the tables, written as words
    of a sentence: a function word first (capitalised only as the sentence's first word)
    and the rest in lower case ("We will win" inside a quote is not the Venezuelan group "We
    Will Win"); "European common market" and "U.N. war crimes court" still name bodies."""
    if end - i < 2 or kind_of(entries) != "org" or tokens.pos[i] not in FUNCTION_POS:
        return False
    rest = [tokens.text[tokens.starts[k]:tokens.ends[k]] for k in range(i + 1, end)]
    names = [e.name for e in entries if e.name]
    return all(w[:1].islower() for w in rest if w[:1].isalpha()) and any(
        n.split()[-1][:1].isupper() for n in names)


FUNCTION_POS = frozenset({"PRON", "DET", "AUX", "VERB", "ADV", "ADP", "CCONJ", "SCONJ", "PART",
                          "NUM", "INTJ"})


BODY_SECTORS = frozenset({"IGO", "GOV", "LEG", "JUD"})
"""Sectors of an international organisation's own bodies (the UN's Security Council GOV, its
General Assembly IGO); not a non-state group's ("the Islamic State of Iraq": REB, its own name)."""


def international_body(entries: tuple[Entry, ...]) -> bool:
    """Entries of an international organisation's body: no state's, every sector a body's."""
    return bool(entries[0].country) and not is_country(entries[0].country) \
        and all(e.sector in BODY_SECTORS for e in entries)


def ends_national_role(tokens: Tokens, i: int, end: int, start: int, entries: tuple[Entry, ...],
                       taken: list[bool], tables: ActorTables) -> bool:
    """An international body's short name that ends a longer role phrase ("the National
    Security Council", "the State Security Council": CAMEO's agents dictionary codes them GOV)
    is the national body that phrase names, never the UN's: the name is left to the role
    (issue 14, round 33). ``start`` is the sentence's first token."""
    if kind_of(entries) != "org" or not international_body(entries):
        return False
    for j in range(max(start, i - tables.max_role_tokens), i):
        if not any(taken[j:i]) and tables.roles.get(tokens.span(j, end).lower()):
            return True
    return False


def name_atoms(tokens: Tokens, sent, tables: ActorTables, taken: list[bool]) -> list[Atom]:
    """Dictionary names (countries, demonyms, metonyms, organisations, roster full names)."""
    atoms, i = [], sent.start
    while i < sent.end:
        if not taken[i] and starts_name(tokens, i, tables) and may_start_name(tokens, i, tables):
            end, entries = name_at(tokens, i, sent.end, tables)
            if entries and not case_differs(tokens, i, end, entries) \
                    and not acronym_modifier(tokens, i, end, entries) \
                    and not indefinite_epithet(tokens, i, end) \
                    and not given_name_alone(tokens, i, end, entries, tables) \
                    and not of_another_country(tokens, end, sent.end, entries, tables) \
                    and not ends_national_role(tokens, i, end, sent.start, entries, taken, tables):
                start = i + 1 if tokens.lower[i] == "the" and end > i + 1 else i
                atoms.append(Atom(start, end, kind_of(entries), "", entries))
                for k in range(i, end):
                    taken[k] = True
                i = end
                continue
        i += 1
    return atoms
