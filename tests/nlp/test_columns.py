"""``detente.nlp``'s per-document columns give what spaCy's ``Token`` attributes give."""

from __future__ import annotations

from detente.nlp import Columns, children, columns, heads, load_nlp, parse, token_columns
from detente.pipeline import spacy_exclusions

TEXTS = [
    "Talks resumed in Geneva on Monday; the ministers' aides were Briefed.",
    "Rebels SHELLED the northern town overnight, killing two civilians.\n\n\"We will respond,\" "
    "a spokesman told Reuters in Côte d'Ivoire's capital. The U.N. envoy left.",
    "",
]


def _docs():
    return list(parse(TEXTS, disable=spacy_exclusions()))


def test_columns_match_token_attributes():
    for doc in _docs():
        cols = columns(doc)
        assert cols.idx == [t.idx for t in doc]
        assert cols.length == [len(t) for t in doc]
        assert cols.alpha == [int(t.is_alpha) for t in doc]
        assert cols.lower == [t.lower_ for t in doc]
        assert cols.lemma == [t.lemma_.lower() for t in doc]
        assert cols.pos == [t.pos_ for t in doc]
        assert cols.tag == [t.tag_ for t in doc]
        assert cols.dep == [t.dep_ for t in doc]
        assert heads(doc) == [t.head.i for t in doc]
        assert columns(doc) is cols


def test_columns_twice_from_the_caches():
    # the second parse reads every string from the per-attribute caches the first filled
    first = [Columns(doc) for doc in _docs()]
    for doc, before in zip(_docs(), first, strict=True):
        again = Columns(doc)
        assert (again.lower, again.lemma, again.pos, again.tag, again.dep) == (
            before.lower, before.lemma, before.pos, before.tag, before.dep)
        assert again.lemma == [t.lemma_.lower() for t in doc]


def test_token_columns_strings_and_numbers():
    doc = load_nlp(spacy_exclusions())("Russia and Ukraine agreed in Geneva.")
    idx, orth, ent, lemma = token_columns(doc, ("IDX", "ORTH", "ENT_TYPE", "LEMMA"))
    assert idx == [t.idx for t in doc] and orth == [t.text for t in doc]
    assert ent == [t.ent_type_ for t in doc] and lemma == [t.lemma_ for t in doc]
    assert token_columns(load_nlp(spacy_exclusions())(""), ("IDX", "LOWER")) == [[], []]


def test_children_match_token_children():
    for doc in _docs():
        assert children(doc) == [[c.i for c in t.children] for t in doc]
        assert children(doc) is children(doc)


def test_children_follow_new_heads():
    from detente.nlp import HEADS_KEY

    doc = _docs()[0]
    before = children(doc)
    doc.user_data.pop(HEADS_KEY)  # what a re-parse does (events.headlines)
    assert children(doc) is not before and children(doc) == before
