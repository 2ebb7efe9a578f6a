"""``events.fast``: column-level shortcuts give the answers of the Token-level rules."""

from __future__ import annotations

import pytest

from detente.events.arguments import MentionIndex
from detente.events.fast import may_trigger
from detente.events.lexicon import POS_OF_SPACY, load_lexicon
from detente.events.triggers import find_candidates, match
from detente.nlp import columns, load_nlp
from detente.pipeline import spacy_exclusions

TEXTS = (
    "The ministers of Freedonia and Sylvania signed a trade accord on Tuesday, officials said.",
    "Rebels shelled the outskirts of Port Emerald, killing three villagers and wounding nine.",
    "A Valdoran court sentences the opposition leader to ten years; protesters rally in the capital.",
    "Police in Brightwater arrest two activists after demonstrations over fuel prices erupt.",
    "The council voted to impose sanctions, demanding the release of the detained journalists.",
)


@pytest.fixture(scope="module")
def parsed():
    nlp = load_nlp(spacy_exclusions())
    return load_lexicon(), [nlp(text) for text in TEXTS]


def test_a_word_may_trigger_only_if_match_can_find_it(parsed):
    lexicon, docs = parsed
    skipped = kept = 0
    for doc in docs:
        index, cols = MentionIndex(doc, []), columns(doc)
        for token in doc:
            if token.pos_ not in POS_OF_SPACY:
                continue
            if may_trigger(lexicon.triggers, cols.lower[token.i], cols.lemma[token.i]):
                kept += 1
            else:
                skipped += 1
                assert match(token, lexicon, index) is None, token.text
    assert skipped and kept  # the test sees both kinds of word


def test_every_trigger_word_may_trigger(parsed):
    lexicon, _ = parsed
    assert all(may_trigger(lexicon.triggers, word, word) for _, word in lexicon.triggers)
    assert not may_trigger(lexicon.triggers, "zqxjv", "zqxjv")


def test_find_candidates_same_as_matching_every_word(parsed):
    lexicon, docs = parsed
    for doc in docs:
        index = MentionIndex(doc, [])
        for sentence in doc.sents:
            every = [c for c in (match(t, lexicon, index) for t in sentence if t.pos_ in POS_OF_SPACY) if c]
            assert [(c.token.i, c.entry) for c in find_candidates(sentence, lexicon, index)] == \
                [(c.token.i, c.entry) for c in every]


def _base_verb_noun_by_tokens(sentence, verbs):
    """``headlines.base_verb_noun`` as written with a ``Token`` per word (the reference)."""
    from detente.events.headlines import PLURAL_NOUNS

    plural = joint = False
    for token in sentence:
        before = token.doc[token.i - 1] if token.i > sentence.start else None
        if before is not None and token.tag_ in ("NN", "VB") and token.lower_ in verbs and \
                (plural and before.pos_ in ("NOUN", "PROPN") or joint and before.pos_ == "PROPN"):
            return token.i
        plural = plural or token.tag_ in ("NNS", "NNPS") or token.lower_ in PLURAL_NOUNS
        joint = joint or (token.dep_ == "cc" and token.lower_ == "and")
    return None


HEADLINES = (
    "Police in Brightwater arrest opposition leader after rally",
    "Freedonia and Sylvania exchange fire across the river",
    "Protesters attack convoy near Port Emerald",
    "Anti-government protests erupt across Valdora",
    "Valdoran court sentences journalist to prison",
)


def test_base_verb_noun_from_columns_as_from_tokens(parsed):
    from detente.events.headlines import base_verb_noun, headline_verbs

    lexicon, _ = parsed
    nlp = load_nlp(spacy_exclusions())
    verbs = headline_verbs(lexicon)
    answers = []
    for text in HEADLINES + TEXTS:
        for sentence in nlp(text).sents:
            answers.append(base_verb_noun(sentence, verbs))
            assert answers[-1] == _base_verb_noun_by_tokens(sentence, verbs), sentence.text
    assert any(a is not None for a in answers) and None in answers


def test_holds_token_as_any_over_the_range():
    from detente.events.fast import holds_token

    by_token = {2: ["m"], 3: ["m"], 7: [], 11: ["m"], 20: ["m"]}
    held = sorted(i for i, found in by_token.items() if found)
    for start in range(0, 24):
        for end in range(start, 25):
            assert holds_token(held, start, end) == any(by_token.get(i) for i in range(start, end)), (start, end)
    assert not holds_token([], 0, 10)


def test_story_act_reads_lemmas_as_tokens_do(parsed):
    from detente.events import story_act

    lexicon, docs = parsed
    verbs = lexicon.words["story_act_verbs"]
    answers = []
    for doc in docs:
        index = MentionIndex(doc, [])
        for sentence in doc.sents:
            assert not story_act(sentence, index, lexicon)  # no story country: never
            index.story[sentence.start] = ("FRE", "home:article")
            answers.append(story_act(sentence, index, lexicon))
            assert answers[-1] == any(t.lemma_.lower() in verbs for t in sentence)
    assert True in answers and False in answers
