"""Joining atoms into actor phrases over the dependency parse: the trees the resolver reads.

"Russian President Vladimir Putin" is three atoms (demonym, role, person) in one phrase: the
demonym modifies the role noun, which is a compound of the name. A phrase is a tree of atoms
linked by modifier relations (compound, amod, poss, nmod, and "of"/"from"/"in" for role
nouns: "rebels in eastern Ukraine"); conjoined modifiers attach where their first conjunct
does ("Hungarian and Romanian officials"). ``build_trees`` gives the roots and children;
``detente.actors.resolver`` resolves each tree.
"""

from __future__ import annotations

from detente.actors.atoms import Atom
from detente.nlp import columns, heads
from detente.resources import word_list

MODIFIER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
ROLE_PREPOSITIONS = frozenset({"of", "from", "in", "throughout", "across"})
LEADING_WORDS = word_list("actors", "vocabulary.yaml", "leading_words")
"""A country "-led" group is that country's ("Vietnamese-led forces"), unlike "-backed"."""
SITUATED_WORDS = word_list("actors", "vocabulary.yaml", "situated_words")
"""Participles that place a group ("a newspaper based in Beirut" is Lebanon's)."""
HOLDING_WORDS = word_list("actors", "vocabulary.yaml", "holding_participles")
"""Participles of holding a place: "<nationality> rebel-held territory" is those rebels'."""
ORIGIN_WORDS = word_list("actors", "vocabulary.yaml", "origin_participles")
"""Participles that give people their origin ("refugees fleeing the war in Liberia")."""
ORIGIN_PREPOSITIONS = frozenset({"in", "from"})
RESIDENT_PREPOSITIONS = frozenset({"of"})
ETHNIC_PREPOSITIONS = frozenset({"of", "in"})
ETHNIC_WORDS = word_list("actors", "sectors.yaml", "ethnic_words")
PLACE_ATOMS = frozenset({"country", "capital", "region"})
SPEAKS_FOR = word_list("actors", "vocabulary.yaml", "speaks_for")
SPOKEN_FOR = frozenset({"for"})
"""A spokesperson "for" a body is the body's voice ("a spokesman for the newspaper")."""


def anchor_of(doc, atom: Atom) -> int:
    """The token of the atom whose head lies outside it (the atom's syntactic head)."""
    head_of = heads(doc)
    for i in range(atom.end - 1, atom.start - 1, -1):
        head = head_of[i]
        if head < atom.start or head >= atom.end or head == i:
            return i
    return atom.end - 1


def parent_token(doc, token, role_heads: dict[int, frozenset[str]]) -> int | None:
    """Token index that ``token``'s atom modifies, if it is a modifier of something."""
    cols, head_of = columns(doc), heads(doc)  # the token's head and labels, read as arrays
    dep, lower = cols.dep, cols.lower
    first = token.i
    while dep[first] == "conj" and head_of[first] != first:
        first = head_of[first]
    if dep[first] in MODIFIER_DEPS:
        return head_of[first]
    head = head_of[first]
    if dep[first] == "npadvmod" and lower[head] in LEADING_WORDS and dep[head] == "amod":
        return head_of[head]
    origin = _fled_by(doc[first]) if cols.pos[token.i] == "PROPN" else None
    if origin is not None:
        return origin
    if dep[first] == "pobj" and dep[head] == "prep":
        target = head_of[head]
        if dep[target] == "acl" and lower[target] in SITUATED_WORDS:
            target = head_of[target]
        return target if lower[head] in role_heads.get(target, ()) else None
    return None


def _fled_by(token) -> int | None:
    """The people who fled the place ``token`` names: "refugees fleeing Liberia" or
    "refugees fleeing the civil war in Liberia" (the place gives them their country)."""
    fled = token
    if token.dep_ == "pobj" and token.head.lower_ in ORIGIN_PREPOSITIONS:
        fled = token.head.head
        if fled.dep_ == "acl" and fled.lower_ in ORIGIN_WORDS:
            return fled.head.i
    if fled.dep_ == "dobj" and fled.head.dep_ == "acl" and fled.head.lower_ in ORIGIN_WORDS:
        return fled.head.head.i
    return None


def conjoined_demonym_role(doc, atom: Atom, anchor: int,
                           at_token: dict[int, Atom]) -> Atom | None:
    """The role a demonym really modifies when the parser made the role its conjunct
    ("Sierra Leonean and Liberian refugees": "refugees" parsed as conj of "Leonean")."""
    if atom.kind != "demonym":
        return None
    for child in doc[anchor].children:
        role = at_token.get(child.i)
        if child.dep_ == "conj" and role is not None and role.kind == "role" and any(
                g.dep_ in ("amod", "compound") and g.i in at_token
                and at_token[g.i].kind == "demonym" for g in child.children):
            return role
    return None


def place_prepositions(doc, atom: Atom, anchor: int) -> frozenset[str]:
    """Prepositions through which a place gives an atom its country: any group role noun
    ("rebels in Darfur"); people named by nationality when they are residents ("Albanians of
    southern Serbia") or an ethnic group ("ethnic Albanians in south Serbia"); a person
    "of" a country ("King Hassan of Morocco")."""
    if atom.kind == "role":
        if atom.role.phrase in SPEAKS_FOR:
            return ROLE_PREPOSITIONS | SPOKEN_FOR
        return ROLE_PREPOSITIONS
    token = doc[anchor]
    if atom.label == "PERSON":
        return RESIDENT_PREPOSITIONS
    if atom.kind in ("demonym", "unknown") and is_people_noun(token):
        ethnic = any(c.lower_ in ETHNIC_WORDS for c in token.children)
        return ETHNIC_PREPOSITIONS if ethnic else RESIDENT_PREPOSITIONS
    return frozenset()


def build_trees(doc, atoms: list[Atom], place_nouns: frozenset[str] = frozenset()
                ) -> tuple[list[Atom], dict[int, list[Atom]]]:
    """Roots and children of the atom trees: an atom's parent is the atom it modifies; a
    place name modifying a generic place noun ("Helmand province") modifies what that noun
    modifies ("rebels in Helmand province")."""
    at_token = {i: a for a in atoms for i in range(a.start, a.end)}
    anchors = {id(a): anchor_of(doc, a) for a in atoms}
    role_heads = {i: place_prepositions(doc, a, anchors[id(a)]) for a in atoms
                  for i in _preposition_heads(a, anchors[id(a)])}
    roots, children = [], {}
    titled = titled_names(doc, atoms, anchors)
    lower, dep, head_of = columns(doc).lower, columns(doc).dep, heads(doc)
    for atom in atoms:
        target = None
        if atom.kind != "pron":
            target = parent_token(doc, doc[anchors[id(atom)]], role_heads)
        parent = at_token.get(target) if target is not None else None
        if parent is not None and _inner_role_word(parent, atom, target, anchors):
            parent = None  # "the chief of staff of the Israeli army": the army's own, not the chief's
        if parent is not None and _speaks_for_person(doc, atom, anchors[id(atom)]):
            parent = None  # "a spokesman for Boris Johnson" is not Johnson: the person's own
        if parent is None and target is not None and lower[target] in place_nouns:
            beyond = parent_token(doc, doc[target], role_heads)
            parent = at_token.get(beyond) if beyond is not None else None
        if parent is None and target is not None and dep[target] in ("compound", "amod"):
            place = at_token.get(head_of[target])  # "Christian" of "Christian east Beirut"
            parent = place if place is not None and place.kind in PLACE_ATOMS else None
        if parent is None and target is not None:
            parent = sibling_role(doc, atom, target, at_token)
        if parent is None:
            parent = conjoined_demonym_role(doc, atom, anchors[id(atom)], at_token)
        if id(atom) in titled:
            parent = titled[id(atom)]
        elif any(p is atom for p in titled.values()):
            parent = None
        if parent is None or parent is atom or parent.kind == "pron":
            roots.append(atom)
        else:
            children.setdefault(id(parent), []).append(atom)
    return roots, children


def _preposition_heads(atom: Atom, anchor: int) -> range:
    """The tokens of an atom a place's preposition may hang from: its anchor, or any word of a
    role of several words, where the parse hangs "of <country>" on the role's last word ("the
    Ministry of Health of <country>": "of <country>" modifies "Health"; issue 14 round 32)."""
    return range(atom.start, atom.end) if atom.kind == "role" else range(anchor, anchor + 1)


def _inner_role_word(parent: Atom, atom: Atom, target: int, anchors: dict[int, int]) -> bool:
    """A role hung on an inner word of a role of several words ("the chief of staff of the
    Israeli army": "of the army" on "staff"): only a place gives such a role its country ("the
    Ministry of Health of Ukraine"), a body after it is its own (review r32d, bug 1)."""
    return parent.kind == "role" and atom.kind == "role" and target != anchors[id(parent)] \
        and atom.role is not None and not atom.role.person  # "of the French president": the chief's (r32f)


def _speaks_for_person(doc, atom: Atom, anchor: int) -> bool:
    """A person after the "for" of a spokesperson: the spokesperson is not the person."""
    token = doc[anchor]
    return (atom.kind == "person" or atom.label == "PERSON") and token.dep_ == "pobj" \
        and token.head.lower_ in SPOKEN_FOR


def titled_names(doc, atoms: list[Atom], anchors: dict[int, int]) -> dict[int, Atom]:
    """``{id(title): name}`` where the parser made a name the apposition of the title right
    before it ("US\u00a0President Joe Biden": "Biden" appos of "President"): the title is
    the name's, as when the parse makes it a compound."""
    found = {}
    for title, name in zip(atoms, atoms[1:], strict=False):
        if (title.kind == "role" and title.role.person and name.label == "PERSON"
                and all(doc[k].is_space for k in range(title.end, name.start))
                and doc[anchors[id(name)]].dep_ == "appos"
                and title.start <= doc[anchors[id(name)]].head.i < title.end):
            found[id(title)] = name
    return found


def sibling_role(doc, atom: Atom, head: int, at_token: dict[int, Atom]) -> Atom | None:
    """A role noun modifying the same thing, after the atom: "Israeli army bulldozers",
    "U.S. border patrol agents", "Israeli police custody" (the country goes to the role);
    also the holder of a "-held" word there ("Kurdish rebel-held territory")."""
    for child in doc[head].children:
        found = at_token.get(child.i)
        if found is None and child.dep_ == "amod" and child.lower_ in HOLDING_WORDS:
            child = next((g for g in child.children if g.i in at_token
                          and g.dep_ in ("npadvmod", "compound")), child)
            found = at_token.get(child.i)
            if found is not None:
                return found if found.kind == "role" and found.start >= atom.end else None
        if (found is not None and found is not atom and found.kind == "role"
                and found.start >= atom.end and child.dep_ in ("compound", "amod")):
            return found
    return None


def members(root: Atom, children: dict[int, list[Atom]]) -> list[Atom]:
    out, todo = [], [root]
    while todo:
        atom = todo.pop()
        out.append(atom)
        todo.extend(children.get(id(atom), []))
    return sorted(out, key=lambda a: a.start)


def is_people_noun(token) -> bool:
    """A nationality word used as a noun for people ("Libyans", "a Palestinian"), or naming
    a people ("Iraqi Kurds")."""
    if token.dep_ in ("compound", "amod"):
        return token.head.tag_ == "NNPS"
    if token.pos_ not in ("NOUN", "PROPN") or token.dep_ == "poss":
        return False
    return token.tag_ in ("NNS", "NNPS") or any(
        c.dep_ in ("det", "nummod") for c in token.children)
