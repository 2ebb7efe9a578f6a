"""Definite descriptions of an office and of a body's voice.

``office_title`` reads the office a definite role phrase names ("The Senate Minority Leader"
-> "senate minority leader") as the offices table writes it; ``speaks_for`` gives the
organisation an organisation's spokesperson speaks for; ``of_other`` tells a role "of"
something that is not a country ("the president of the company"), which names no office of a
state.
"""

from __future__ import annotations

from detente.actors.atoms import Atom
from detente.actors.tables import ActorTables, Entry
from detente.nlp import doc_text
from detente.resources import word_list

SPEAKS_FOR = word_list("actors", "vocabulary.yaml", "speaks_for")
"""Roles that speak for the organisation they are of."""


def speaks_for(root: Atom, bearers: list[Atom]) -> Entry | None:
    """The organisation an organisation's spokesperson speaks for ("an Interpol
    spokesperson" is Interpol speaking); None for other roles and for a country's."""
    if root.role.phrase not in SPEAKS_FOR:
        return None
    bodies = [a for a in bearers if a.kind in ("org", "seat") and a.entries]
    return bodies[0].entries[0] if bodies else None


def office_end(doc, root: Atom, end: int, office: str) -> int:
    """The token after the office's name in a role phrase ending at ``end``: past the role
    word, or past "of the Exchequer" when the office is "chancellor of the exchequer"."""
    last = office.split()[-1]
    return next((i + 1 for i in range(end - 1, root.start - 1, -1)
                 if doc[i].lower_ == last), root.end) if " of " in office else root.end


def of_other(doc, root: Atom, anchor: int, bearers: list, after: int | None = None) -> bool:
    """The role is of something that is not a country it bears ("the president of the
    company", "the speaker at the rally"): no office of a state. Prepositions before
    ``after`` (default: the role's end) are the office's own words ("Secretary of State")."""
    inside = {i for b in bearers for i in range(b[0].start, b[0].end)}
    after = root.end if after is None else after
    for child in doc[anchor].children:
        if child.dep_ == "prep" and child.i >= after:
            objects = [c.i for c in child.children if c.dep_ == "pobj"]
            if objects and not inside.intersection(objects):
                return True
    return False


NOT_DROPPED = word_list("actors", "vocabulary.yaml", "office_changing")
"""Words that change the office: "deputy prime minister" is not "prime minister"."""


def office_title(doc, start: int, end: int, bearers: list[Atom],
                 tables: ActorTables) -> str | None:
    """The office a definite role phrase names ("The Senate Minority Leader" -> "senate
    minority leader", "Britain's prime minister" -> "prime minister"), as the offices table
    writes it; leading words no office has are dropped unless they change the office."""
    skip = {i for a in bearers for i in range(a.start, a.end)}
    words = [t for t in doc[start:end] if t.i not in skip and t.dep_ != "det"
             and t.tag_ != "POS" and not t.is_punct or t.text == "-"]
    while words and words[0].text == "-":
        words = words[1:]
    named = [t for t in doc[start:end] if t.dep_ != "det" and t.tag_ != "POS" and not t.is_punct]
    if named and len(named) > len(words):  # "The European Commission President": the body's
        title = tables.offices.canonical(  # name is part of how news writes the office
            doc_text(doc)[named[0].idx:doc[end - 1].idx + len(doc[end - 1])])
        if tables.offices.known(title) and title in tables.offices.home:
            return title
    while words:
        if words[0].ent_type_ in ("NORP", "GPE"):
            return None  # a country we do not know ("the Samoan Prime Minister")
        title = tables.offices.canonical(doc_text(doc)[words[0].idx:doc[end - 1].idx
                                                  + len(doc[end - 1])])
        if tables.offices.known(title):
            return title
        if words[0].lower_ in NOT_DROPPED:
            return None
        words = words[1:]
    return None
