"""Common words that are actors: role nouns and phrases ("prime minister", "troops"),
pronouns, and countries misspelt by one slip.

Split out of ``matcher.py`` (issue 14, round 33).
"""

from __future__ import annotations

from detente.actors.atoms import Atom, Tokens
from detente.actors.senses import adjective_sense, gathering_party
from detente.actors.tables import ActorTables, RoleNoun, misspelt_country, misspelt_demonym
from detente.nlp import columns, heads
from detente.resources import word_list

ROLE_POS = ("NOUN", "PROPN")


def _role_at(tokens: Tokens, i: int, limit: int, tables: ActorTables) -> tuple[int, RoleNoun | None]:
    for end in range(min(limit, i + tables.max_role_tokens), i, -1):
        if tokens.pos[end - 1] not in ROLE_POS:
            continue
        role = tables.roles.get(tokens.span(i, end).lower())
        if role:
            return end, role
    return i, None


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
            if role and _company_modifier(sent, tokens, end, role, tables):
                role = None  # "Kenyan airline passengers": the passengers, not the airline
            if role and not any(taken[i:end]):
                atoms.append(Atom(i, end, "role", "ROLE", role=role))
                for k in range(i, end):
                    taken[k] = True
                i = end
                continue
        i += 1
    return atoms


def _company_modifier(sent, tokens: Tokens, end: int, role: RoleNoun, tables: ActorTables) -> bool:
    """A business group noun ("airline", "bank", "retailer") that modifies the common noun
    after it as a compound ("airline passengers", "bank accounts"), that noun no actor word:
    the phrase names the head noun's people or things, not a company (review r33d, f84)."""
    doc = sent.doc
    if role.sector != "BUS" or role.person or end >= sent.end:
        return False
    if columns(doc).dep[end - 1] != "compound" or heads(doc)[end - 1] != end \
            or tokens.pos[end] != "NOUN":
        return False
    if tokens.lower[end] in OWN_PEOPLE:
        return False  # "airline management", "carmaker bosses": the company's own people
    return tokens.lower[end] not in tables.role_starts and tokens.lower[end] not in tables.roles


OWN_PEOPLE = frozenset({"management", "board", "boss", "bosses", "chief", "chiefs",
                        "shareholders", "owners", "directors", "executives", "staff"})


def _surname_after_title(tokens: Tokens, i: int, tables: ActorTables) -> bool:
    """A capitalised role word right after a person's title or a given name is a surname
    ("Ms King said", "Mr Bishop", "Labour MP Oona King"), not the role."""
    if i == 0 or not tokens.text[tokens.starts[i]].isupper():
        return False
    before = tokens.lower[i - 1]
    return before in tables.person_titles or (
        before in tables.first_names and tokens.text[tokens.starts[i - 1]].isupper())


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
