"""Role and body words a description names, with the sector each gives.

``describe.py`` reads a speaker's description as tokens; these are the words it looks for: the
person roles and body words of the actors stage's ``sectors.yaml`` and of this stage's
``vocabulary.yaml`` lists (``role_words``), found as contiguous runs (``roles``). A body word
inside a longer proper name, a single adjective or a phrase of ``not_roles`` names no role; a
candidate's campaign for office is a party body (``political_campaign``), a campaign group
not; trade unions named without "union" are LAB (``union_names``).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache

from detente.nlp import columns, entities
from detente.quotes.fast import doc_memo
from detente.quotes.partytable import party_names
from detente.resources import word_list, yaml_data

VOCABULARY = "vocabulary.yaml"
TITLE_COP = word_list("quotes", VOCABULARY, "title_cop")
TITLE_LEG = word_list("quotes", VOCABULARY, "title_leg")
TITLE_MED = word_list("quotes", VOCABULARY, "title_med")
TITLE_BUS = word_list("quotes", VOCABULARY, "title_bus")
TITLE_REL = word_list("quotes", VOCABULARY, "title_rel")
TITLE_CVL = word_list("quotes", VOCABULARY, "title_cvl")
TITLE_JUD = word_list("quotes", VOCABULARY, "title_jud")
TITLES = {"COP": TITLE_COP, "LEG": TITLE_LEG, "MED": TITLE_MED, "BUS": TITLE_BUS,
          "REL": TITLE_REL, "CVL": TITLE_CVL, "JUD": TITLE_JUD}
"""Title and role words by sector, beside those of ``sectors.yaml``."""
BODY_NGO = word_list("quotes", VOCABULARY, "body_ngo")
BODY_EDU = word_list("quotes", VOCABULARY, "body_edu")
BODY_BUS = word_list("quotes", VOCABULARY, "body_bus")
ACADEMIC_HEADS = word_list("quotes", VOCABULARY, "academic_heads")
"""Office words that head a university when one describes the person (EDU, not GOV)."""
BODIES = {"NGO": BODY_NGO, "EDU": BODY_EDU, "BUS": BODY_BUS}
"""Words of a body's name that give its sector."""
ELECTION_WORDS = word_list("quotes", VOCABULARY, "election_words")
PERSON_BODIES_PARTY = word_list("quotes", VOCABULARY, "person_bodies_party")
UNION_NAMES = word_list("quotes", VOCABULARY, "union_names")
"""Trade unions' names with no "union" in them: LAB, as a name (capitalised)."""
HEAD_ROLES = word_list("quotes", VOCABULARY, "head_roles")
NOT_ROLES = word_list("quotes", VOCABULARY, "not_roles")
NAME_COMPLEMENTS = word_list("quotes", VOCABULARY, "name_complement_prepositions")
"""Prepositions that, capitalised inside a body's name, open what the body is for or against
("the League Against Badger Culls"): the body word before one still names the kind."""
LONGEST = 4
"""Words in the longest role phrase ("chairman of the board")."""


@dataclass(frozen=True)
class Role:
    sector: str | None
    """None for a head role of no sector of its own ("chairwoman")."""
    kind: str
    """``person`` (one person's role), ``head`` (one that heads a body), ``body``, or
    ``name`` (a body word only at the end of a capitalised name: "Post", "Times")."""
    phrase: str


@lru_cache(maxsize=1)
def role_words() -> dict[str, Role]:
    """Role phrase (lemmas, lower case) -> Role: ``sectors.yaml`` (people, groups, generic
    nouns) and this stage's title, head and body lists."""
    from detente.actors.tables import plurals

    spec = yaml_data("actors", "sectors.yaml")
    generic = {w.lower() for w in spec.get("generic", [])}
    out: dict[str, Role] = {}
    for sector, words in BODIES.items():
        for w in words:
            out[w] = Role(sector, "body", w)
    for sector, body in spec["sectors"].items():
        for w in body.get("groups", []):
            out[w.lower()] = Role(sector, "body", w.lower())
        for w in body.get("people", []):
            w = w.lower()
            out[w] = Role(sector, "head" if w in generic or w in HEAD_ROLES else "person", w)
    for sector, words in TITLES.items():
        for w in words:
            out[w] = Role(sector, "head" if w in HEAD_ROLES else "person", w)
    for w in spec.get("media_name_words", []):  # "The Jakarta Post", not "the blog post"
        out.setdefault(w.lower(), Role("MED", "name", w.lower()))
    for w in UNION_NAMES:  # "TUC general secretary", "a Unison spokesman"
        out.setdefault(w, Role("LAB", "name", w))
    for w in HEAD_ROLES - out.keys():  # "executive director": not an executive (BUS)
        out[w] = Role(None, "head", w)
    for w, role in list(out.items()):  # "South Sudan's Vice Presidents"
        if role.kind in ("person", "head"):
            for plural in plurals(w):
                out.setdefault(plural, role)
    return out


def roles(doc, tokens: list[int], places: frozenset[int] = frozenset()
           ) -> list[tuple[int, int, Role]]:
    """Role phrases among ``tokens`` (contiguous runs), longest first: (first, last, Role).
    ``places`` are the tokens of place names (a body's name may end in one)."""
    memo = doc_memo(doc, "roles", None)  # a description's roles are asked twice (describe)
    key = (tuple(tokens), places)
    if key in memo:
        return list(memo[key])
    have = set(tokens)
    out, i = [], 0
    ordered = sorted(tokens)
    while i < len(ordered):
        t = ordered[i]
        for n in range(LONGEST, 0, -1):
            run = range(t, t + n)
            if run[-1] >= len(doc) or not have.issuperset(run):  # all of ``run`` in ``have``
                continue
            found = _role_at(doc, run, places)
            if found is not None:
                if found is not NO_ROLE:
                    out.append((t, run[-1], found))
                i += n
                break
        else:
            i += 1
    memo[key] = out
    return list(out)


NO_ROLE = Role(None, "none", "")
"""What ``_role_at`` gives a phrase that names no role however its words read."""


def _role_at(doc, run: range, places: frozenset[int]) -> Role | None:
    """The role the tokens ``run`` name; ``NO_ROLE`` for a phrase of ``not_roles`` ("social
    media"), a single adjective ("National" of "National LGBT news source") or a body word
    inside a longer name; None when the words are no role phrase at all."""
    cols = columns(doc)  # ``doc[j].lower_``, ``doc[j].lemma_.lower()`` with no Token built
    lower, lemma = cols.lower, cols.lemma
    plain = " ".join(lower[j] for j in run)
    if plain in NOT_ROLES:
        return NO_ROLE
    words = role_words()
    role = words.get(" ".join(lemma[j] for j in run)) or words.get(plain)
    if role is None:
        return None
    if len(run) == 1 and doc[run[0]].pos_ == "ADJ":
        return NO_ROLE
    if role.kind == "name":  # a word that names media only as the end of a name
        if not (doc[run[-1]].is_title or doc[run[-1]].is_upper):
            return None
        role = replace(role, kind="body")
    if role.kind == "body" and not _names_kind(doc, run[-1], places):
        return NO_ROLE  # "Clergy" inside "Ending Clergy Abuse" is not what it is
    if role.kind == "body" and political_campaign(doc[run[-1]]):
        return replace(role, sector="PTY")  # "his campaign manager": not a campaign group
    if role.kind == "person" and _inside_org_name(doc, run[-1]):
        return NO_ROLE  # "General" of "Toronto General Hospital" is no general
    return role


def political_campaign(token) -> bool:
    """A common-noun "campaign" (``person_bodies_party``) that is a candidate's campaign for
    office: of a person ("the Smith campaign", "his campaign", "Smith's campaign") or of an
    election (``election_words``: "the re-election campaign") or of a party of
    ``parties.tsv`` ("Labour's campaign", "the Conservative campaign"), as the gold codes a
    campaign's spokespeople and managers PTY; a campaign group ("a road safety campaign",
    "the Campaign for Clean Air") stays NGO."""
    if token.lower_ not in PERSON_BODIES_PARTY or token.is_title or token.is_upper:
        return False
    for child in token.children:
        if child.dep_ == "poss" and (child.tag_ == "PRP$" or child.ent_type_ == "PERSON"):
            return True
        if child.dep_ in ("poss", "compound", "amod", "nmod") and _party_name(child):
            return True
        if child.dep_ in ("compound", "amod", "nmod") and (
                _person_word(child) or child.lower_ in ELECTION_WORDS):
            return True
    if token.dep_ == "compound":  # "his campaign manager", "a campaign spokesman for Tom Carr"
        return any((c.dep_ == "poss" and (c.tag_ == "PRP$" or c.ent_type_ == "PERSON"))
                   or (c.dep_ == "prep" and c.lower_ in ("for", "of") and any(
                       o.dep_ == "pobj" and o.ent_type_ == "PERSON" for o in c.children))
                   for c in token.head.children)
    return False


def _party_name(token) -> bool:
    """A modifier that is a party's name, in any country of ``parties.tsv``, capitalised as
    written there ("Labour's", "the Lib Dem campaign"); its own compounds are read with it."""
    words = [t.text for t in token.subtree if t.tag_ != "POS" and t.dep_ != "det"]
    return " ".join(words) in party_names()


def _inside_org_name(doc, last: int) -> bool:
    """A capitalised word that an organisation's name goes on after ("Toronto General
    Hospital")."""
    nxt = doc[last + 1] if last + 1 < len(doc) else None
    return doc[last].is_title and nxt is not None and nxt.is_title \
        and nxt.ent_type_ == "ORG" and nxt.ent_iob_ == "I"


def _names_kind(doc, last: int, places: frozenset[int]) -> bool:
    """A body word names the body's kind when it is a common noun ("victim group") or ends
    the body's proper name, a place name aside ("Democratic Party", "Coalition Taiwan"), or
    before a capitalised preposition that opens the name's complement ("League Against Badger
    Culls"; round 31, q66)."""
    if not doc[last].is_title and not doc[last].is_upper:
        return True
    nxt = doc[last + 1] if last + 1 < len(doc) else None
    if nxt is not None and (role := role_words().get(nxt.lower_)) is not None \
            and role.kind in ("person", "head"):
        return True  # "the Pharmacy Society President": the name ends before the role
    if nxt is not None and nxt.lower_ in NAME_COMPLEMENTS and nxt.is_title and doc[last].is_title:
        return True  # "the League Against Badger Culls": what follows says what it is against
    return nxt is None or not (nxt.is_title or nxt.is_upper) or nxt.i in places


def _person_word(token) -> bool:
    """A word naming a person: tagged so, or a capitalised proper noun that ends a person
    the article names elsewhere ("the Hartley campaign" beside "Owen Hartley")."""
    if token.ent_type_ == "PERSON":
        return True
    return token.pos_ == "PROPN" and token.is_title and token.ent_type_ not in (
        "GPE", "NORP", "LOC") and any(
        e.label_ == "PERSON" and e[-1].text == token.text for e in entities(token.doc))
