"""``detente.nlp``'s cached sentences and entities give what spaCy gives, and free the Doc."""

from __future__ import annotations

import weakref

import pytest

from detente.nlp import (
    entities,
    fast_sentences,
    forget_spans,
    load_nlp,
    parse,
    sentence_starts,
)
from detente.pipeline import spacy_exclusions

TEXTS = [
    "Talks resumed in Geneva on Monday. Both sides agreed to meet again. The minister said nothing.",
    "Rebels shelled the northern town overnight, killing two civilians, officials said.\n\n"
    "The army denied it. \"We will respond,\" a spokesman told reporters in the capital.",
    "Peace.",
    "A court sentences opposition leader to five years. Police fire tear gas at protesters",
    "",
]


def _plain(text: str):
    return load_nlp(spacy_exclusions())(text)


def _same(a, b) -> bool:
    return (a.start, a.end, a.label_) == (b.start, b.end, b.label_)


@pytest.mark.parametrize("text", TEXTS)
def test_hooked_sentences_match_spacy(text):
    plain = _plain(text)
    doc = next(parse([text], disable=spacy_exclusions()))  # parse installs the hooks
    assert "sents" in doc.user_hooks and "sent" in doc.user_token_hooks
    assert [(s.start, s.end) for s in doc.sents] == [(s.start, s.end) for s in plain.sents]
    assert [(s.start, s.end) for s in doc.sents] == [(s.start, s.end) for s in doc.sents]  # cached
    for token, other in zip(doc, plain, strict=True):
        assert _same(token.sent, other.sent)
    for start in range(len(doc)):
        for end in range(start + 1, min(len(doc), start + 4) + 1):
            assert _same(doc[start:end].sent, plain[start:end].sent)
    if len(doc) > 1:
        assert sentence_starts(doc)[0] == 0


@pytest.mark.parametrize("text", TEXTS)
def test_entities_match_doc_ents(text):
    doc = _plain(text)
    assert [(e.start, e.end, e.label_) for e in entities(doc)] == \
           [(e.start, e.end, e.label_) for e in doc.ents]
    assert entities(doc) is entities(doc)  # built once


def test_sentences_follow_a_new_parse():
    """After ``doc.from_array`` changes the heads (the headline repair), the cached starts are
    dropped and read again."""
    from spacy.attrs import DEP, HEAD

    from detente.nlp import SENT_SPANS_KEY, SENTS_KEY

    doc = next(parse(["Talks resumed. Both sides agreed."], disable=spacy_exclusions()))
    assert sentence_starts(doc) == [0, 3]
    heads = doc.to_array([HEAD, DEP])
    heads[3, 0] = (2 - 3) % 2**64  # "Both" now hangs on "." of the first sentence: one sentence
    doc.from_array([HEAD, DEP], heads)
    for key in (SENTS_KEY, SENT_SPANS_KEY):
        doc.user_data.pop(key, None)
    plain_starts = [s.start for s in _plain_sents(doc)]
    assert plain_starts != [0, 3]  # the new heads moved the boundary
    assert sentence_starts(doc) == plain_starts
    assert [s.start for s in doc.sents] == plain_starts


def _plain_sents(doc):
    """spaCy's own ``Doc.sents`` of ``doc``, without the hook."""
    hook = doc.user_hooks.pop("sents")
    try:
        return list(doc.sents)
    finally:
        doc.user_hooks["sents"] = hook


def test_forget_spans_frees_the_doc():
    """Entities and sentences kept on a Doc point back at it; after ``forget_spans`` the Doc is
    freed as soon as it is dropped, with no garbage collection."""
    import gc

    doc = _plain("Russia and Ukraine agreed. Talks resumed in Geneva.")
    fast_sentences(doc)
    entities(doc)
    list(doc.sents)
    forget_spans(doc)
    ref = weakref.ref(doc)
    was = gc.isenabled()
    gc.disable()
    try:
        del doc
        assert ref() is None
    finally:
        if was:
            gc.enable()
