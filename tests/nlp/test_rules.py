"""detente's attribute ruler and lemmatizer give exactly what spaCy's components give."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import spacy
from spacy.attrs import IDS
from spacy.pipeline import AttributeRuler

from detente.nlp import load_nlp
from detente.nlp import rules as fast_rules
from detente.nlp.rules import FastAttributeRuler, FastLemmatizer, install
from detente.nlp.tokens import PARAGRAPH_BREAKS

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = (ROOT / "samples" / "wikinews_2019_2020" / "wikinews_2019_2020.jsonl",
           ROOT / "samples" / "wcep_2003_2025" / "wcep_2003_2025.jsonl")
ATTRS = [IDS[a] for a in ("ORTH", "TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD", "ENT_TYPE",
                          "ENT_IOB", "NORM")]


def _texts(*counts: int) -> list[str]:
    """The last ``counts[k]`` articles of each sample file."""
    texts = []
    for path, n in zip(SAMPLES, counts, strict=True):
        lines = path.read_text(encoding="utf-8").splitlines()
        texts += [json.loads(line)["text"] for line in lines[-n:]]
    return texts


def test_the_default_pipeline_uses_the_fast_components_and_stock_keeps_spacys():
    names = dict(load_nlp().pipeline)
    assert isinstance(names["attribute_ruler"], FastAttributeRuler)
    assert isinstance(names["lemmatizer"], FastLemmatizer)
    stock = dict(load_nlp(stock=True).pipeline)
    assert type(stock["attribute_ruler"]) is AttributeRuler
    assert not isinstance(stock["lemmatizer"], FastLemmatizer)
    # the same components in the same places, after the headline-boundary component (nlp.tokens)
    assert load_nlp().pipe_names == [PARAGRAPH_BREAKS, *load_nlp(stock=True).pipe_names]


def test_real_articles_get_identical_tokens_tags_morphology_and_lemmas():
    # 6 Wikinews articles and 30 Current Events items (the ends of the files; the whole
    # sample corpus, 2,271 articles, was compared once by hand: identical).
    texts = _texts(6, 30)
    stock = list(load_nlp(stock=True).pipe(texts))
    ours = list(load_nlp().pipe(texts))
    for a, b in zip(stock, ours, strict=True):
        assert np.array_equal(a.to_array(ATTRS), b.to_array(ATTRS)), a.text[:80]
        assert [t.lemma_ for t in a] == [t.lemma_ for t in b]


def _ruler_pipeline(patterns: list[dict]):
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    for p in patterns:
        ruler.add(**p)
    return nlp


PATTERNS = [
    {"patterns": [[{"LOWER": {"IN": ["talks", "summit"]}}]], "attrs": {"POS": "NOUN", "MORPH": "Number=Plur"}},
    {"patterns": [[{"LOWER": "talks"}]], "attrs": {"POS": "VERB"}},  # later rule wins on POS only
    {"patterns": [[{"LOWER": "new"}, {"LOWER": "start"}]], "attrs": {"LEMMA": "treaty"}, "index": -1},
    {"patterns": [[{"LOWER": {"REGEX": "^gen"}}]], "attrs": {"LEMMA": "geneva"}},
    {"patterns": [[{"ORTH": "Russia"}, {"IS_PUNCT": True}]], "attrs": {"POS": "PROPN"}, "index": 0},
    {"patterns": [[{"LOWER": {"NOT_IN": ["the", "in"]}, "IS_ALPHA": True}]], "attrs": {"MORPH": "Foo=Bar"}},
]


def test_rule_order_multi_token_patterns_and_operators_match_spacy():
    text = "The talks in Geneva extended New START, Russia. talks summit new start"
    stock_nlp, fast_nlp = _ruler_pipeline(PATTERNS), _ruler_pipeline(PATTERNS)
    assert install(fast_nlp) == ["attribute_ruler"]
    a, b = stock_nlp(text), fast_nlp(text)
    got = [(t.text, t.pos_, str(t.morph), t.lemma_) for t in b]
    assert got == [(t.text, t.pos_, str(t.morph), t.lemma_) for t in a]
    assert ("talks", "VERB", "Foo=Bar", "") in got  # both rules applied; the later one won POS
    assert ("START", "", "Foo=Bar", "treaty") in got and ("Russia", "PROPN", "Foo=Bar", "") in got


LATER_EXACT = [  # patterns of several tokens whose first token has no exact value to file them by
    {"patterns": [[{"LOWER": {"REGEX": "^y'?$"}}, {"LOWER": "all"}]], "attrs": {"LEMMA": "you"}, "index": 0},
    {"patterns": [[{"IS_PUNCT": True}, {"LOWER": {"NOT_IN": ["the"]}}, {"ORTH": "talks"}]],
     "attrs": {"POS": "NOUN"}, "index": -1},
    {"patterns": [[{"IS_ALPHA": True}, {"IS_ALPHA": True}]], "attrs": {"MORPH": "Pair=Yes"}, "index": 1},
]


def test_a_longer_pattern_is_found_by_a_later_tokens_value_wherever_spacy_finds_it():
    # filed by the first token that tests an exact value ("all", "talks"), tried only where that
    # token's value occurs; one with none ("IS_ALPHA", "IS_ALPHA") at every token
    text = "Y'all know it. Y all said talks, and y'all agreed; \"new talks\" talks all"
    stock_nlp, fast_nlp = _ruler_pipeline(LATER_EXACT), _ruler_pipeline(LATER_EXACT)
    assert install(fast_nlp) == ["attribute_ruler"]
    a, b = stock_nlp(text), fast_nlp(text)
    got = [(t.text, t.pos_, str(t.morph), t.lemma_) for t in b]
    assert got == [(t.text, t.pos_, str(t.morph), t.lemma_) for t in a]
    assert sum(t.lemma_ == "you" for t in b) == 2 and sum(t.pos_ == "NOUN" for t in b) == 1


def test_a_pattern_form_it_does_not_implement_keeps_spacys_ruler():
    nlp = _ruler_pipeline([{"patterns": [[{"LOWER": "talks", "OP": "+"}]], "attrs": {"POS": "NOUN"}}])
    assert install(nlp) == []
    assert type(nlp.get_pipe("attribute_ruler")) is AttributeRuler


def _unlemmatized(text: str):
    nlp = load_nlp(stock=True)
    doc = nlp.make_doc(text)
    for name in ("tok2vec", "tagger", "parser", "attribute_ruler"):
        doc = nlp.get_pipe(name)(doc)
    return doc


def test_the_lemma_cache_stays_bounded(monkeypatch):
    monkeypatch.setattr(fast_rules, "MAX_CACHED", 5)
    lemmatizer = FastLemmatizer(load_nlp(stock=True).get_pipe("lemmatizer"))
    doc = lemmatizer(_unlemmatized("Envoys were recalled and talks resumed after ministers met."))
    assert len(lemmatizer.cache) > 5
    assert [t.lemma_ for t in doc][:3] == ["envoy", "be", "recall"]
    lemmatizer(_unlemmatized("Talks resumed."))
    assert 0 < len(lemmatizer.cache) <= 3  # cleared before the second document, then refilled


@pytest.mark.parametrize("text", ["", " ", "\n\n"])
def test_empty_and_blank_documents(text):
    stock, ours = load_nlp(stock=True)(text), load_nlp()(text)
    assert [(t.pos_, t.lemma_) for t in stock] == [(t.pos_, t.lemma_) for t in ours]


def test_rule_tables_give_spacys_rule_lemma_for_every_token_and_made_up_words():
    # every distinct (word, POS, morphology) of sample articles, and made-up words of each
    # suffix class (-ies, -ves, -ing, -ed, -er/-est, -s) in the parts of speech that have rules
    lemmatizer = load_nlp(stock=True).get_pipe("lemmatizer")
    tables = fast_rules.RuleTables(lemmatizer)
    made_up = ("The blorfies were snarved by zindlers who frobbed glimmest quarves, frobbing "
               "and blorfing; the snarviest ministers said envoys had reconvened. Ministries "
               "are 'negotiating' U.S.-led talks and 3.5 percent cuts.")
    docs = [_unlemmatized(text) for text in [*_texts(4, 20), made_up]]
    seen = 0
    for doc in docs:
        for token in doc:
            lemmatizer.cache.clear()
            assert tables.lemma(token) == lemmatizer.rule_lemmatize(token)[0], (token.text, token.pos_)
            seen += 1
    assert seen > 500
    assert {t.lemma_ for t in load_nlp()(made_up)} >= {"zindler", "reconvene", "minister", "envoy"}


def test_a_new_word_is_not_looked_up_in_spacys_word_lists(monkeypatch):
    lemmatizer = FastLemmatizer(load_nlp(stock=True).get_pipe("lemmatizer"))
    assert lemmatizer.rules is not None  # English's rule lemmatizer: the set-indexed path

    def linear(token):  # spaCy's own path: its word index is a list, scanned per candidate form
        raise AssertionError("spaCy's rule_lemmatize was called")

    monkeypatch.setattr(lemmatizer.wrapped, "lemmatize", linear)
    monkeypatch.setattr(lemmatizer.wrapped, "rule_lemmatize", linear)
    doc = lemmatizer(_unlemmatized("Envoys were recalled and the zindlers resumed talks."))
    assert [t.lemma_ for t in doc][:3] == ["envoy", "be", "recall"]
