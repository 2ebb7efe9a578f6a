"""Readings of the tokens around a speaker that the speaker rules (``speakers.py``) use.

The name a head token stands for (its entity's text, the proper nouns compounded with it,
the tail of a body's name, the organisation in a compound before a common noun, an earlier
person of the same surname, a possessive stripped, a birth name), the checks a pronoun's
candidate referent must pass (no one person for an ``IMPERSONAL`` pronoun, the other
gender, a person inside the pronoun's own fronted adjunct, a relative clause's antecedent)
and the speaker of a ``Name, Outlet: "..."`` line; also ``Recent``, the latest attributed
speaker that ``attribute.py`` hands the resolver. Moved unchanged from ``speakers.py``.
"""

from __future__ import annotations

from dataclasses import dataclass

from detente.nlp import doc_text, entities
from detente.quotes.names import gender_of
from detente.records import Speaker
from detente.resources import word_list


@dataclass(frozen=True)
class Recent:
    """The latest attributed speaker before a cue, with the sentence it spoke in."""

    speaker: Speaker
    sentence: int


BIRTH_WORDS = frozenset({"born", "née", "nee"})


def birth_name(ent) -> bool:
    """A person's name right after "born" or "née" ("Kay Roe was born Katherine Ann Roe",
    "Ann Lee (née Ann Marie Hart)"): the name they were given, not the one the article
    uses for them."""
    return ent.start > 0 and ent.doc[ent.start - 1].lower_ in BIRTH_WORDS


IMPERSONAL = frozenset({"it", "they"})
"""Pronouns that never refer to one named person: a body, a document or a group speaks."""


def _other_gender(name: str | None, pronoun) -> bool:
    """"he" for a name that marks a woman, or "she" for one that marks a man."""
    wanted = {"he": "m", "she": "f"}.get(pronoun.lower_)
    got = gender_of(name)
    return wanted is not None and got is not None and got != wanted


ADJUNCT_DEPS = frozenset({"advcl", "prep", "npadvmod"})


def _in_own_adjunct(pronoun, start: int) -> bool:
    """True when the character ``start`` lies in an adjunct set before a subject pronoun in
    its own clause ("Laying into Roe's record in government, he said", "After meeting Roe,
    she said"): the participle's doer is the pronoun's referent, so a person named inside
    the adjunct is someone else."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or pronoun.lower_ not in ("he", "she"):
        return False
    return any(c.dep_ in ADJUNCT_DEPS and c.i < pronoun.i and any(
        t.idx <= start < t.idx + len(t) for t in c.subtree)
        for c in verb.children) or _in_hosts_adjunct(pronoun, start)


def _in_hosts_adjunct(pronoun, start: int) -> bool:
    """The same check when the parser hung the cue on the quote as an inserted clause
    ("Speaking to Tom Reed of the Herald, she said, "..."": "said" a ``parataxis`` of the
    quote's verb, which took the participle): an adjunct of the quote's verb that ends
    before the pronoun with no quote mark between them is the cue's own fronted adjunct.
    An adjunct inside a quote before the cue (""After meeting Roe, we agreed," he said")
    has its closing mark between and does not count."""
    verb = pronoun.head
    if verb.dep_ != "parataxis" or verb.i < pronoun.i:
        return False
    doc = pronoun.doc
    for c in verb.head.children:
        if c.dep_ not in ADJUNCT_DEPS or c.right_edge.i >= pronoun.i:
            continue
        if any(doc[i].is_quote for i in range(c.left_edge.i, pronoun.i)):
            continue
        if any(t.idx <= start < t.idx + len(t) for t in c.subtree):
            return True
    return False


def _org_modifier(token) -> str | None:
    """The organisation named by the compound before a common noun ("the Atlantic Council
    think tank", "the Hampshire Constabulary press office"), or None; not before a person's
    role ("a Labour backbencher" is a person of the party, unnamed)."""
    from detente.quotes.describe import role_words

    if token.pos_ != "NOUN" or token.ent_type_:
        return None
    role = role_words().get(token.lemma_.lower())
    if role is not None and role.kind == "person" and role.sector == "LEG":
        return None
    for child in token.lefts:
        if child.dep_ == "compound" and child.ent_type_ == "ORG":
            ent = _entity_text(child)
            return ent[4:] if ent.lower().startswith("the ") else ent
    return None


def _unpossessed(name: str) -> str:
    """A mention's text without the possessive the tagger kept in it ("Marta Vine's")."""
    for ending in ("'s", "’s"):
        if name.endswith(ending) and len(name) > len(ending) + 1:
            return name[:-len(ending)]
    return name


def _proper_name(token) -> str:
    """The proper nouns compounded with ``token`` ("B Shiva Parvathi")."""
    words = [c for c in token.lefts if c.dep_ in ("compound", "flat") and c.pos_ == "PROPN"]
    first = min([token.i, *(c.left_edge.i for c in words)])
    breaks = [t.i for t in token.doc[first:token.i] if t.is_space or t.is_punct]
    first = breaks[-1] + 1 if breaks else first  # never over a paragraph break
    return token.doc[first:token.i + 1].text


NAME_LINKS = frozenset({"of", "for", "and", "the", "&"})
BODY_HEADS = word_list("quotes", "vocabulary.yaml", "body_heads")


def _name_tail(token) -> str:
    """The capitalised words that go on a body's name after its head word (``body_heads``)
    through "of", "for", "and" ("Department" + " for Work and Pensions"), within its
    sentence; "" when none (a person's surname takes none: "Smith of the Times")."""
    doc, end, i = token.doc, token.i + 1, token.i + 1
    if token.lower_ not in BODY_HEADS or i >= len(doc) or doc[i].lower_ not in ("of", "for"):
        return ""
    while i < token.sent.end and (doc[i].lower_ in NAME_LINKS or doc[i].is_title) \
            and not doc[i].is_space:
        if doc[i].is_title and doc[i].lower_ not in NAME_LINKS:
            end = i + 1
        i += 1
    return doc_text(doc)[token.idx + len(token):doc[end - 1].idx + len(doc[end - 1])] \
        if end > token.i + 1 else ""


def _earlier_person(token) -> str | None:
    """The latest PERSON entity before ``token`` whose last word is the token's text."""
    for ent in reversed(entities(token.doc)):
        if ent.end <= token.i and ent.label_ == "PERSON" and len(ent) > 1 \
                and ent[-1].text == token.text:
            return ent.text
    return None


def _entity_text(token) -> str:
    doc = token.doc
    for ent in entities(doc):
        if ent.start <= token.i < ent.end:
            return ent.text
    return token.text


def colon_speaker(doc, first: int, last: int) -> Speaker:
    """The speaker of a ``Name, Outlet: "..."`` line: the words before the colon, named by
    their first person or organisation."""
    span = doc[first:last]
    lead = span.text.split(",")[0].strip()  # "Name, Outlet": the outlet does not speak
    names = [e for e in span.ents if e.label_ in ("PERSON", "ORG")
             and e.start_char < span.start_char + len(lead) + 1]
    name = names[0].text if names else lead
    if "," in name:  # an entity run over the comma: "Garg, Harbour Divisional Railway"
        name = lead
    name = name.strip("\u200b\u200c\u200d\ufeff ")  # zero-width marks around the name
    return Speaker(span.text, name or None, None, span.start_char, span.end_char, rule="colon")


def _relative_antecedent(pronoun):
    """The head of a relative clause, or the person named right before the pronoun when
    the parser hung the clause on an earlier conjunct ("supported by Trade, Energy and Industry
    Secretary Jane Roe who said": Roe, not Trade)."""
    antecedent = pronoun.head.head
    before = pronoun.doc[pronoun.i - 1] if pronoun.i > 0 else None
    if before is not None and before.is_punct and before.i > 0:
        before = pronoun.doc[before.i - 1]
    if (before is not None and before.i > antecedent.i and before.ent_type_ == "PERSON"
            and antecedent.ent_type_ != "PERSON"):
        return before
    return antecedent
