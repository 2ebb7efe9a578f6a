"""What the words of an actor phrase say beyond its atoms' own entries: a stance prefix
("pro-Russian", :func:`is_stance`), a former word (:func:`is_former`), a city used as a place
(:func:`is_place_use`), the international body whose office a title names
(:func:`titling_body`), a possessor that names a patron (:func:`is_patron`), the tokens the phrase spans (:func:`phrase_span`, :func:`contiguous`)
and whether a role phrase is definite (:func:`definite`). Moved from ``resolver.py``, which
builds the phrases from them.
"""

from __future__ import annotations

from detente.actors.arrays import token_text
from detente.actors.atoms import Atom
from detente.actors.seats import PLACE_PREPOSITIONS
from detente.actors.sectors import BODY_SECTORS
from detente.actors.tables import ActorTables
from detente.actors.trees import anchor_of
from detente.nlp import children, columns, heads
from detente.resources import word_list

ACCREDITED_ROLES = word_list("actors", "vocabulary.yaml", "accredited_roles")
"""Offices held at a body for a country ("UN ambassador"), not for the body."""

PATRON_NOUNS = word_list("actors", "vocabulary.yaml", "patron_nouns")
"""Nouns for a party acting for or beside another ("ally", "proxy"): the possessor is the patron."""

PATRON_MARK = "+patron"
"""The rule mark of a phrase whose possessor names its patron (``is_patron``): its country is
none the phrase names, and no later fill may give it the sentence's or story's one other
country, most often the party it fights (review r30d, bug 4)."""


def is_patron(doc, root: Atom, owner: Atom) -> bool:
    """True when ``owner`` is a possessor naming the patron of a role phrase, not its country:
    "Israel's militia ally" (the role word compounds an ally noun the possessor owns) and
    "Iran's proxy militias" (an ally noun modifies the role word). The militia is another
    country's, or none the phrase names (issue 14 round 30).
    The word as written, not its lemma: "allied" lemmatises to "ally", but "Britain's allied
    troops" are Britain's own (review r30d, bug 4).
    """
    cols, head_of, kids = columns(doc), heads(doc), children(doc)
    role, own = anchor_of(doc, root), anchor_of(doc, owner)
    if cols.dep[own] != "poss":
        return False
    host = head_of[role]
    if cols.dep[role] == "compound" and _patron_word(cols.lower[host]) and head_of[own] == host:
        return True
    return head_of[own] == role and any(
        cols.dep[c] in ("compound", "amod") and _patron_word(cols.lower[c]) for c in kids[role])


def _patron_word(lower: str) -> bool:
    """True for an ally noun as written, singular or plural ("ally", "allies", "proxies")."""
    return lower in PATRON_NOUNS or lower.endswith("ies") and lower[:-3] + "y" in PATRON_NOUNS \
        or lower.endswith("s") and lower[:-1] in PATRON_NOUNS


def is_stance(doc, atom: Atom, tables: ActorTables) -> bool:
    """True for "pro-Russian", "anti-Syria": a stance, not a nationality."""
    i, lower = atom.start, columns(doc).lower
    if i >= 2 and token_text(doc, i - 1) == "-" and lower[i - 2] in tables.stance_prefixes:
        return True
    text = token_text(doc, i)
    return "-" in text and text.split("-")[0].lower() in tables.stance_prefixes


def is_former(doc, tokens: list[int], tables: ActorTables, skip: frozenset = frozenset()) -> bool:
    """True when a "former"/"ex-"/"ousted" word (not one of ``skip``) modifies one of the tokens."""
    lower, kids = columns(doc).lower, children(doc)
    words = tables.former_words - skip
    for i in tokens:
        for child in kids[i]:
            if lower[child] in words and child < i:
                return True
        if i >= 1 and lower[i - 1] in words:
            return True
        if i >= 2 and token_text(doc, i - 1) == "-" and lower[i - 2] in ("ex",):
            return True
    return False


def is_place_use(doc, anchor: int, tables: ActorTables) -> bool:
    """A city or region used as a place, not a government: the object of a locative
    preposition ("a curfew in Abidjan", "talks in Helsinki") or of a verb of physical action
    on places ("rebels shelled Juba", "farmers would blockade Paris")."""
    token = doc[anchor]
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ == "pobj":
        return token.head.lower_ in PLACE_PREPOSITIONS
    return token.dep_ == "dobj" and token.head.lower_ in tables.place_verbs


def titling_body(group: list[Atom]) -> Atom | None:
    """The international body whose office a person's title names, when no country does
    ("U.N. mediator Diego Cordovez", "IAEA chief ...": the person acts for the body, not for
    the country a dictionary gives them); never an office accredited to the body ("UN
    ambassador ..." is a country's) or one a country word claims ("Russia's UN envoy")."""
    roles = [a for a in group if a.kind == "role" and a.role.person]
    bodies = [a for a in group if a.kind == "org" and a.entries
              and a.entries[0].sector in BODY_SECTORS]
    if not roles or len(bodies) != 1 or any(
            a.kind in ("country", "demonym", "capital", "seat") for a in group):
        return None
    if any(a.role.phrase in ACCREDITED_ROLES for a in roles):
        return None
    return bodies[0]


def phrase_span(doc, group: list[Atom], root: Atom, tables: ActorTables) -> tuple[int, int]:
    """Tokens from the first to the last atom, with leading "the", "former" or sector
    adjectives modifying them ("the Kremlin leader", "Former President Bill Clinton",
    "military officials"), and a trailing generic place noun the last atom names when the
    phrase reaches beyond it ("rebels in Helmand province")."""
    start, end = min(a.start for a in group), max(a.end for a in group)
    inside = range(start, end)
    lower, head_of = columns(doc).lower, heads(doc)
    while start > 0 and head_of[start - 1] in inside and (
            lower[start - 1] in tables.span_words):
        start -= 1
    if (len(group) > 1 and end < len(doc) and lower[end] in tables.place_nouns
            and head_of[end - 1] == end and end - 1 != anchor_of(doc, root)):
        end += 1
    return start, end


def definite(doc, root: Atom, mods: list[Atom]) -> bool:
    cols, anchor = columns(doc), anchor_of(doc, root)
    if any(cols.dep[c] == "det" and cols.lower[c] == "the" for c in children(doc)[anchor]):
        return True
    return any(cols.dep[anchor_of(doc, m)] == "poss" for m in mods)


def contiguous(group: list[Atom], atoms_between: list[Atom]) -> bool:
    ids = {id(a) for a in group}
    return all(id(a) in ids for a in atoms_between)
