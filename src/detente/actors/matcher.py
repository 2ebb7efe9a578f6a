"""Finding the atoms of actor phrases in a parsed document: names, role nouns, pronouns.

An ``Atom`` is a run of tokens that one dictionary entry explains: a country ("Russia"), a
demonym ("Russian"), a capital or seat of power ("Moscow", "the Kremlin"), an organisation
("NATO"), a roster person ("Vladimir Putin", or "Putin" where spaCy saw a name), a role noun
("foreign minister", "troops"), a spaCy entity no dictionary knows, or a pronoun. The
resolver then joins atoms into phrases over the dependency parse.

Every lookup is one dictionary access on the span text; names are tried longest first from
tokens that can start them (capitalised, or the first word of a lower-case name).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from spacy.tokens import Span

from detente.actors.arrays import POSSESSIVE_MARKERS, judged_run, name_pairs, release, surname_cache
from detente.actors.homonyms import local_homonyms
from detente.actors.namesakes import before_full_names, named_ahead, named_later, other_given_name
from detente.actors.senses import adjective_sense, gathering_party
from detente.actors.tables import (
    ActorTables,
    Entry,
    Pronoun,
    RoleNoun,
    fold,
    is_country,
    last_word,
    misspelt_country,
    misspelt_demonym,
)
from detente.actors.wars import war_names
from detente.nlp import columns, doc_text, entities, heads
from detente.resources import word_list

ENTITY_LABELS = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC")
NAME_LABELS = ("PERSON", "ORG", "GPE", "NORP")
OTHER_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL",
                          "WORK_OF_ART", "LAW", "EVENT", "PRODUCT", "LANGUAGE"})
"""Entities that are not actors: a surname inside one is something else ("in May")."""
ROLE_POS = ("NOUN", "PROPN")


@dataclass
class Atom:
    """Tokens ``start:end`` of the doc explained by one entry, role noun or entity label."""

    start: int
    end: int
    kind: str
    """country, demonym, capital, seat, org, person, role, unknown or pron."""
    label: str
    """Ours for dictionary atoms (GPE, NORP, ORG, PERSON, ROLE, PRON); spaCy's for unknowns."""
    entries: tuple[Entry, ...] = ()
    role: RoleNoun | None = None
    pronoun: Pronoun | None = None
    by_surname: bool = False
    """A roster person found by surname alone ("Johnson"): the resolver checks it is likely."""
    speech: bool = False
    """A pronoun that is the subject of a speech or decision verb ("it said")."""


KIND_LABELS = {"country": "GPE", "capital": "GPE", "region": "GPE", "demonym": "NORP", "seat": "ORG",
               "org": "ORG", "person": "PERSON", "role": "ROLE", "pron": "PRON"}


@dataclass(frozen=True)
class Tokens:
    """Plain-Python copies of the token attributes the matcher reads, taken once per doc
    (indexing a spaCy Doc builds a Token object each time)."""

    text: str
    starts: list[int]
    ends: list[int]
    lower: list[str]
    pos: list[str]
    alpha: list[int]
    """1 where the token is alphabetic (spaCy's ``IS_ALPHA``)."""
    last: list[str]
    """``last_word`` of each token's lower-case text."""

    @classmethod
    def of(cls, doc) -> Tokens:
        cols = columns(doc)
        ends = [start + length for start, length in zip(cols.idx, cols.length, strict=True)]
        last = [word if word.isalnum() else last_word(word) for word in cols.lower]
        return cls(doc_text(doc), cols.idx, ends, cols.lower, cols.pos, cols.alpha, last)

    def span(self, start: int, end: int) -> str:
        return self.text[self.starts[start]:self.ends[end - 1]]


def _starts_name(tokens: Tokens, i: int, tables: ActorTables) -> bool:
    lower = tokens.lower[i]
    return (tokens.text[tokens.starts[i]].isupper() or lower == "the"
            or lower in tables.lowercase_starts)


def _may_start_name(tokens: Tokens, i: int, tables: ActorTables) -> bool:
    """False when no dictionary key can begin at token ``i``: the leading run of letters and
    digits of its folded text (of the next token after "the") starts no key. A run that may
    go on into the next token (no space between them) is not judged (``arrays.judged_run``)."""
    run = judged_run(tokens, i)
    return run is None or run in tables.name_starts


def _name_at(tokens: Tokens, i: int, limit: int, tables: ActorTables) -> tuple[int, tuple]:
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


def _role_at(tokens: Tokens, i: int, limit: int, tables: ActorTables) -> tuple[int, RoleNoun | None]:
    for end in range(min(limit, i + tables.max_role_tokens), i, -1):
        if tokens.pos[end - 1] not in ROLE_POS:
            continue
        role = tables.roles.get(tokens.span(i, end).lower())
        if role:
            return end, role
    return i, None


DEFINITE_EPITHETS = frozenset(word_list("actors", "vocabulary.yaml", "definite_epithets"))
"""Epithets that name one state only after "the" (``country_variants.tsv``): "the Jewish
state" is Israel, "a Jewish state" a kind of state."""


def given_name_alone(tokens: Tokens, i: int, end: int, entries: tuple[Entry, ...],
                     tables: ActorTables) -> bool:
    """A people's name of one word that is also a given name (``first_names.tsv``: "Karen")
    names the people only as the modifier of a lower-case noun or adjective ("Karen rebels",
    "a Karen refugee camp"); alone, before a verb or before a capitalised word it is a
    person's given name ("Karen said", "Karen Bass"). Issue 14, round 22 (branch a45)."""
    if end != i + 1 or _kind(entries) != "demonym" or tokens.lower[i] not in tables.first_names:
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
    The body's own country ("the Royal Navy of the United Kingdom") keeps it."""
    if _kind(entries) != "org" or not is_country(entries[0].country) \
            or end + 1 >= limit or tokens.lower[end] != "of":
        return False
    after = end + 2 if tokens.lower[end + 1] == "the" else end + 1
    named_end, named = _name_at(tokens, after, limit, tables)
    if named_end < limit and tokens.lower[named_end] in POSSESSIVE_MARKERS:
        return False  # "warned the Royal Navy of China's response": "of" is the verb's
    return bool(named) and _kind(named) == "country" \
        and all(e.country != named[0].country for e in entries)


MODIFIED_POS = frozenset({"NOUN", "ADJ"})
"""Parts of speech of the word a people's name modifies ("Karen rebels", "Karen armed groups")."""


def _indefinite_epithet(tokens: Tokens, i: int, end: int) -> bool:
    """An epithet of ``DEFINITE_EPITHETS`` not written after "the" ("an Islamic republic")."""
    if tokens.lower[i] == "the":
        return False
    return fold(tokens.span(i, end)) in DEFINITE_EPITHETS


def _kind(entries: tuple[Entry, ...]) -> str:
    return entries[0].kind


def name_atoms(tokens: Tokens, sent, tables: ActorTables, taken: list[bool]) -> list[Atom]:
    """Dictionary names (countries, demonyms, metonyms, organisations, roster full names)."""
    atoms, i = [], sent.start
    while i < sent.end:
        if not taken[i] and _starts_name(tokens, i, tables) and _may_start_name(tokens, i, tables):
            end, entries = _name_at(tokens, i, sent.end, tables)
            if entries and not _case_differs(tokens, i, end, entries) \
                    and not acronym_modifier(tokens, i, end, entries) \
                    and not _indefinite_epithet(tokens, i, end) \
                    and not given_name_alone(tokens, i, end, entries, tables) \
                    and not of_another_country(tokens, end, sent.end, entries, tables):
                start = i + 1 if tokens.lower[i] == "the" and end > i + 1 else i
                atoms.append(Atom(start, end, _kind(entries), "", entries))
                for k in range(i, end):
                    taken[k] = True
                i = end
                continue
        i += 1
    return atoms


NAME_LINKS = frozenset({"of", "for", "the", "and", "&", "'s", "-"})
"""Lower-case words inside a body's spelled-out name ("Union for the Total Independence of")."""


def spelled_out_atoms(tokens: Tokens, sent, tables: ActorTables, taken: list[bool],
                      people: frozenset[int] = frozenset()) -> list[Atom]:
    """A body's name spelled out before its acronym in brackets, where the tables know the
    acronym and not the name ("National Union for the Total Independence of Angola
    (UNITA)"): one atom from the name's first word to the closing bracket, the acronym's
    entries."""
    atoms = []
    for i in range(sent.start + 2, sent.end - 1):
        if tokens.lower[i - 1] != "(" or tokens.lower[i + 1] != ")" or any(taken[i - 1:i + 2]):
            continue
        entries = tables.lookup(tokens.span(i, i + 1))
        if not entries or _kind(entries) not in ("org", "person"):
            continue
        start = _name_start(tokens, i - 1, sent.start, people)
        if start is None or any(taken[start:i + 2]):
            continue
        if _kind(entries) == "person":  # "Montenegro Municipality Association (AKK)":
            taken[i] = _is_acronym(tokens, i)  # the body's acronym, not a person's initials
            continue
        if defines_another_body(tokens.span(start, i - 1), entries):
            taken[i] = True  # the article's own body, not the Phoenix group of that acronym
            continue
        atoms.append(Atom(start, i + 2, "org", "", entries))
        for k in range(start, i + 2):
            taken[k] = True
    return atoms


PHOENIX_ORGANISATION = "org:phoenix:"
"""Entry prefix of ``phoenix_organisations.tsv`` rows (Phoenix's international and non-state
files, MIT), many of them obscure groups known by a bare acronym ("EPA", "HPG")."""


def defines_another_body(name: str, entries: tuple[Entry, ...]) -> bool:
    """A name spelled out before an acronym in brackets defines a body other than the
    Phoenix organisations the tables give that acronym: every entry is from
    ``phoenix_organisations.tsv`` and the name shares no word (beyond linking words) with
    theirs ("the Hungarian Press Guild (HPG)": not Turkey's HPG; "the Democratic Front for
    Liberation of Palestine (DFLP)" is Phoenix's DFLP). The article's own definition wins
    over an acronym only Phoenix gives (issue 13, round 21, branch a43); our own tables' still win."""
    if not entries or not all(e.entry.startswith(PHOENIX_ORGANISATION) for e in entries):
        return False
    words = set(fold(name).split()) - NAME_LINKS
    return not any(words & set(fold(e.name or "").split()) for e in entries)


ACRONYM_KINDS = frozenset({"capital", "region"})
"""Kinds of table names a unit's acronym may spell (countries' short forms, "US troops", "UK
officials", are no acronyms of anything else)."""


def acronym_modifier(tokens: Tokens, i: int, end: int, entries: tuple[Entry, ...]) -> bool:
    """A place's name written as one all-capital word that modifies the common noun after it is
    an acronym, not the place ("SWAT team members", "SWAT officers": the police's Special
    Weapons and Tactics units, not the Swat valley). A dateline ("ISLAMABAD, Pakistan --",
    "MANASSAS --") and a place the tables spell in capitals are still places (issue 13,
    round 19)."""
    if end != i + 1 or _kind(entries) not in ACRONYM_KINDS or not _is_acronym(tokens, i) \
            or any(e.name and e.name.isupper() for e in entries) or i + 1 >= len(tokens.lower):
        return False
    after = tokens.text[tokens.starts[i + 1]:tokens.ends[i + 1]]
    return after.isalpha() and after.islower() and tokens.pos[i + 1] == "NOUN"


def _is_acronym(tokens: Tokens, i: int) -> bool:
    """A word of two or more capital letters ("AKK", "MASSOB")."""
    word = tokens.text[tokens.starts[i]:tokens.ends[i]]
    return len(word) >= 2 and word.isalpha() and word.isupper()


def _name_start(tokens: Tokens, bracket: int, limit: int,
                people: frozenset[int] = frozenset()) -> int | None:
    """First token of the capitalised name that ends right before ``bracket`` (two words or
    more, linking words inside only, never a person's name: "Mike Ryan of the World Health
    Organization (WHO)"); None when no such name is there."""
    start, k = None, bracket - 1
    while k >= limit and k not in people and (
            tokens.text[tokens.starts[k]].isupper() or tokens.lower[k] in NAME_LINKS):
        if tokens.text[tokens.starts[k]].isupper():
            start = k
        k -= 1
    return start if start is not None and bracket - start >= 2 else None


def _case_differs(tokens: Tokens, i: int, end: int, entries: tuple[Entry, ...]) -> bool:
    """An organisation's name of several words, capitalised in the tables, written as words
    of a sentence: a function word first (capitalised only as the sentence's first word)
    and the rest in lower case ("We will win" inside a quote is not the Venezuelan group "We
    Will Win"); "European common market" and "U.N. war crimes court" still name bodies."""
    if end - i < 2 or _kind(entries) != "org" or tokens.pos[i] not in FUNCTION_POS:
        return False
    rest = [tokens.text[tokens.starts[k]:tokens.ends[k]] for k in range(i + 1, end)]
    names = [e.name for e in entries if e.name]
    return all(w[:1].islower() for w in rest if w[:1].isalpha()) and any(
        n.split()[-1][:1].isupper() for n in names)


FUNCTION_POS = frozenset({"PRON", "DET", "AUX", "VERB", "ADV", "ADP", "CCONJ", "SCONJ", "PART",
                          "NUM", "INTJ"})


def role_atoms(tokens: Tokens, sent, tables: ActorTables, taken: list[bool]) -> list[Atom]:
    """Role nouns and phrases ("prime minister", "troops"), longest first, on free tokens."""
    atoms, i = [], sent.start
    while i < sent.end:
        if not taken[i] and tokens.alpha[i] and tokens.lower[i] in tables.role_starts \
                and not _surname_after_title(tokens, i, tables):
            end, role = _role_at(tokens, i, sent.end, tables)
            if role and end == i + 1 and adjective_sense(sent.doc, i):
                role = None  # "the General Election", "the National Audit Office"
            if role and end == i + 1 and gathering_party(sent.doc, i):
                role = None  # "an altercation at an Arlington party": a gathering (round 19)
            if role and not any(taken[i:end]):
                atoms.append(Atom(i, end, "role", "ROLE", role=role))
                for k in range(i, end):
                    taken[k] = True
                i = end
                continue
        i += 1
    return atoms


def _surname_after_title(tokens: Tokens, i: int, tables: ActorTables) -> bool:
    """A capitalised role word right after a person's title or a given name is a surname
    ("Ms King said", "Mr Bishop", "Labour MP Oona King"), not the role."""
    if i == 0 or not tokens.text[tokens.starts[i]].isupper():
        return False
    before = tokens.lower[i - 1]
    return before in tables.person_titles or (
        before in tables.first_names and tokens.text[tokens.starts[i - 1]].isupper())


def _free_tail(ent, taken: list[bool]) -> tuple[int, int] | None:
    """The longest run of untaken tokens at the end of an entity ("Sergei Lavrov")."""
    end = ent.end
    while end > ent.start and taken[end - 1]:
        end -= 1
    start = end
    while start > ent.start and not taken[start - 1]:
        start -= 1
    return (start, end) if end > start else None


def _surname_entries(text: str, tables: ActorTables) -> tuple[Entry, ...]:
    key = fold(text)
    cache = surname_cache(tables)  # the same entries for the same key: made once
    found = cache.get(key)
    if found is None:
        people = tables.surnames.get(key, ())
        found = cache[key] = tuple(Entry("person", p.country, None, f"roster:{p.id}", p.name, p)
                                   for p in people)
    return found


def entity_atoms(doc, ents, tables: ActorTables, taken: list[bool],
                 named: frozenset[str] | set[str] = frozenset(), full: dict | None = None) -> list[Atom]:
    """spaCy entities not explained by a dictionary name: roster surnames, else unknowns. A
    surname that ends a full name the article gave before and no table knows (``named``:
    "Michael Howard" ... "Mr Howard") is that person, not the roster's John Howard."""
    atoms = []
    cols, text = columns(doc), doc_text(doc)
    idx, length, lower = cols.idx, cols.length, cols.lower
    for ent in ents:
        free = _free_tail(ent, taken)
        if free is None:
            continue
        start, end = free
        if lower[start] == "the" and end > start + 1:
            start += 1
        span_text = text[idx[start]:idx[end - 1] + length[end - 1]]
        if not span_text[-1:].isalnum() or all(doc[k].is_stop for k in range(start, end)):
            continue
        label = ent.label_
        entries = tables.lookup(span_text)
        by_surname = not entries
        whole = (start, end) == (ent.start, ent.end) or label == "PERSON"
        if whole and not (by_surname and end - start == 1 and span_text in named):
            # not "Howard" of "Howard University" (the role took "University")
            entries = entries or _surname_entries(span_text, tables)
            if by_surname and end - start == 1:
                entries = named_in_full(span_text, entries, full)
        if not entries and end - start > 1:
            entries = _full_name_by_surname(Span(doc, start, end), tables)
        if entries and not by_surname and end - start == 1 and _kind(entries) in ACRONYM_KINDS \
                and acronym_modifier(Tokens.of(doc), start, end, entries):
            continue  # "SWAT team": an acronym, not the place
        if entries and not by_surname and given_name_alone(Tokens.of(doc), start, end, entries,
                                                           tables):
            entries = ()  # "Karen said": a given name, not the people
        if entries:
            atoms.append(Atom(start, end, _kind(entries), label, entries,
                              by_surname=by_surname and end - start == 1))
        elif label in NAME_LABELS and span_text[:1].isupper():
            atoms.append(Atom(start, end, "unknown", label))
        else:
            continue
        for k in range(start, end):
            taken[k] = True
    return atoms


def _full_name_by_surname(span, tables: ActorTables) -> tuple[Entry, ...]:
    """A two-or-more-word name whose last word is a roster surname and whose first name
    matches the person's ("Vladimir V. Putin")."""
    found = _surname_entries(span[-1].text, tables)
    first = span[0].text.lower()
    return tuple(e for e in found if e.name and e.name.lower().startswith(first))


PLACE_KINDS = frozenset({"capital", "region", "country"})


def inside_no_person(atoms: list[Atom], people, taken: list[bool]) -> list[Atom]:
    """Drop place names that are part of a longer person's name ("George Washington",
    "Michael Jordan"); their tokens go back to the entity."""
    return release(atoms, taken, lambda atom: atom.kind in PLACE_KINDS and any(
        e.start <= atom.start and atom.end <= e.end and e.end - e.start > atom.end - atom.start for e in people))


def _before_possessive(tokens: Tokens, atom: Atom) -> int:
    """The end of ``atom`` without a closing possessive ("Jack McConnell's" ends at "McConnell": the
    surname "Mr McConnell" names later; issue 13 round 21); a lone curly apostrophe too."""
    end = atom.end
    while end - atom.start > 1 and tokens.span(end - 1, end).replace("’", "'") in POSSESSIVE_MARKERS:
        end -= 1
    return end


def named_in_full(surname: str, entries: tuple, full: dict | None) -> tuple:
    """The roster entries of a bare surname, unless the article named in full before a roster
    person of that last word whom those entries do not hold: then that person's ("Mr Fox" after
    "Liam Fox" is Liam Fox, not the roster's Vicente Fox; issue 13 round 20)."""
    earlier = (full or {}).get(surname)
    if not earlier or not entries:
        return entries
    ids = {getattr(e.person, "id", None) for e in entries if getattr(e, "person", None) is not None}
    mine = {getattr(e.person, "id", None) for e in earlier if getattr(e, "person", None) is not None}
    return entries if ids & mine else earlier


def surname_atoms(tokens: Tokens, sent, tables: ActorTables, taken: list[bool],
                  named: set[str], blocked: set[int], known: frozenset[str] | set[str] = frozenset(),
                  full: dict | None = None) -> list[Atom]:
    """Proper nouns spaCy did not tag that are roster surnames ("Putin", "Mr Lavrov") or the
    last word of a person named earlier in the article ("Sidorenko" after "Ivan Sidorenko"). A
    capitalised word the tagger took for a common noun counts when it is the surname of a roster
    person the article named in full before ("Guterres calls for ..." after "Antonio Guterres";
    ``known``; issue 13 round 13)."""
    atoms = []
    for i in range(sent.start, sent.end):
        if taken[i] or i in blocked or not tokens.text[tokens.starts[i]].isupper():
            continue
        if tokens.pos[i] != "PROPN" and not (tokens.pos[i] == "NOUN" and tokens.span(i, i + 1) in known):
            continue
        text = tokens.span(i, i + 1)
        entries = named_in_full(text, _surname_entries(text, tables), full) if text not in named else ()
        if entries:
            atoms.append(Atom(i, i + 1, "person", "PERSON", entries, by_surname=True))
        elif text in named:
            atoms.append(Atom(i, i + 1, "unknown", "PERSON"))
        else:
            continue
        taken[i] = True
    return atoms


def pronoun_atoms(doc, tokens: Tokens, sent, tables: ActorTables,
                  taken: list[bool]) -> list[Atom]:
    """Pronouns; "it" only as a clause subject that is not extraposed ("it is clear that")."""
    atoms = []
    head_of, dep = heads(doc), columns(doc).dep
    for i in range(sent.start, sent.end):
        pronoun = tables.pronouns.get(tokens.lower[i])
        if not pronoun or taken[i] or tokens.pos[i] not in ("PRON", "DET"):
            continue
        speech = tokens.lower[head_of[i]] in tables.it_verbs and dep[i] == "nsubj"
        if pronoun.linked_only and not referring_it(doc[i]):
            continue
        atoms.append(Atom(i, i + 1, "pron", "PRON", pronoun=pronoun, speech=speech))
        taken[i] = True
    return atoms


def referring_it(token) -> bool:
    """An "it" that may stand for an actor: an active subject whose clause has no
    extraposed clause ("it is important to...", "it seems that...")."""
    if token.dep_ != "nsubj":
        return False
    verb = token.head
    if verb.lower_ not in EXTRAPOSING:
        return True
    predicates = [verb, *(c for c in verb.children if c.dep_ in ("acomp", "attr"))]
    return not any(c.dep_ in ("ccomp", "xcomp", "csubj") and c.i > verb.i
                   for p in predicates for c in p.children)


EXTRAPOSING = word_list("actors", "vocabulary.yaml", "extraposing_verbs")
"""Verbs of "it is clear that", "it seems that": the "it" stands for the clause after."""


MISSPELT_LABELS = frozenset({"", "GPE", "ORG", "LOC"})
"""Entity labels (none, or a place or organisation) a misspelt country name may carry;
never a person, a people or a language ("Romani")."""


def misspelt_atoms(doc, tokens: Tokens, sent, tables: ActorTables, taken: list[bool]) -> list[Atom]:
    """Countries misspelt by one slip ("Afganistan", "Ethopia", "Quatar":
    ``tables.misspelt_country``): a proper noun standing alone, neither inside a longer
    entity, nor beside another capitalised proper noun ("Brunel University" is a name), nor
    a modifier of a noun ("the Syriza party": a party's name one letter from "Syria")."""
    atoms = []
    pos, dep = tokens.pos, columns(doc).dep
    for i in range(sent.start, sent.end):
        if taken[i] or pos[i] != "PROPN":
            continue
        if any(0 <= j < len(pos) and pos[j] == "PROPN" and tokens.text[tokens.starts[j]].isupper()
               for j in (i - 1, i + 1)):
            continue  # a name's part ("Brunel University")
        token = doc[i]
        if token.ent_type_ not in MISSPELT_LABELS:
            continue
        if token.ent_type_ and (token.ent_iob_ != "B" or (i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I")):
            continue
        if dep[i] in ("amod", "compound") and token.head.i == i + 1 \
                and tokens.lower[i + 1] in tables.roles:  # "Chenchen refugees"
            entries = misspelt_demonym(tables, token.text)
            if entries:
                atoms.append(Atom(i, i + 1, "demonym", "", entries))
                taken[i] = True
            continue
        if dep[i] == "compound":
            continue  # a modifier ("the Syriza party": a party's name one letter from "Syria")
        entries = misspelt_country(tables, token.text)
        if entries:
            atoms.append(Atom(i, i + 1, "country", "", entries))
            taken[i] = True
    return atoms


def find_atoms(doc, tables: ActorTables) -> list[Atom]:
    """All atoms of the document, sorted by position, never overlapping."""
    taken = [False] * len(doc)
    atoms: list[Atom] = []
    named: set[str] = set()
    known: set[str] = set()  # last words of roster people named in full ("Guterres" of "Antonio Guterres")
    full: dict[str, tuple] = {}  # their entries, by that last word ("Fox" of "Liam Fox", round 20)
    tokens = Tokens.of(doc)
    ents = [e for e in entities(doc) if e.label_ in ENTITY_LABELS]
    blocked = {i for e in entities(doc) if e.label_ in OTHER_LABELS for i in range(e.start, e.end)}
    people = [e for e in ents if e.label_ == "PERSON"]
    ent_starts = [e.start for e in ents]  # doc.ents come in text order
    in_people = frozenset(i for e in people for i in range(e.start, e.end))
    later = named_later(ents, tables)  # "Campbell" before "Alastair Campbell" (a48)
    for sent in doc.sents:
        first = len(atoms)
        atoms += spelled_out_atoms(tokens, sent, tables, taken, in_people)
        named_here = other_given_name(tokens, name_atoms(tokens, sent, tables, taken), people, taken, tables)
        atoms += war_names(tokens, inside_no_person(named_here, people, taken), taken)  # a46
        atoms += role_atoms(tokens, sent, tables, taken)
        atoms += misspelt_atoms(doc, tokens, sent, tables, taken)
        inside = ents[bisect_left(ent_starts, sent.start):bisect_left(ent_starts, sent.end)]
        found = entity_atoms(doc, inside, tables, taken, named, full)
        named.update(tokens.span(last - 1, last) for a in found
                     if a.kind == "unknown" and a.label == "PERSON" and (last := _before_possessive(tokens, a)) - a.start > 1)
        atoms += found
        for a in atoms[first:]:
            if a.kind == "person" and a.end - a.start > 1:
                known.add(tokens.span(a.end - 1, a.end))
                if any(getattr(e, "person", None) is not None for e in a.entries):
                    full.setdefault(tokens.span(a.end - 1, a.end), tuple(a.entries))
        before = blocked | before_full_names(atoms[first:])  # not "al-Azhar Ahmed el-Tayeb" (a46)
        atoms += surname_atoms(tokens, sent, tables, taken, named, before, known, full)
        atoms += pronoun_atoms(doc, tokens, sent, tables, taken)
    atoms = named_ahead(tokens, atoms, later, doc)  # a48
    atoms = local_homonyms(tokens.text, atoms)  # "Paris police" in an Illinois story (round 19)
    for atom in atoms:
        if atom.kind != "unknown":
            atom.label = KIND_LABELS[atom.kind]
    atoms.sort(key=lambda a: a.start)
    return atoms
