"""The matcher's shortcuts never hide a dictionary name: every key the lookup answers can
still start where its text starts."""

from __future__ import annotations

import pytest

from detente.actors.atoms import Tokens
from detente.actors.matcher import find_atoms
from detente.actors.names import may_start_name
from detente.actors.tables import load_tables
from detente.nlp import load_nlp


@pytest.fixture(scope="module")
def tables():
    return load_tables()


def test_every_name_and_acronym_may_start_where_it_is_written(tables):
    tokenizer = load_nlp().tokenizer
    keys = [*tables.names, *tables.acronyms]
    assert len(keys) > 1000
    missed = []
    for key in keys:
        for text in (key, "the " + key):
            tokens = Tokens.of(tokenizer(text))
            if tables.lookup(text) and not may_start_name(tokens, 0, tables):
                missed.append(text)
    assert missed == []


def test_a_word_no_name_starts_with_is_not_looked_up(tables):
    tokens = Tokens.of(load_nlp().tokenizer("Yesterday Zzyzx Quorblat said."))
    assert not may_start_name(tokens, 0, tables)
    assert not may_start_name(tokens, 1, tables)


def test_a_run_going_on_into_the_next_token_is_not_judged(tables):
    # "Al-" style names: the tokenizer may cut a word where a name key does not
    doc = load_nlp().tokenizer("gonna")  # spaCy splits it into "gon" + "na"
    tokens = Tokens.of(doc)
    assert len(doc) == 2 and may_start_name(tokens, 0, tables)


def test_names_found_in_a_sentence(tables):
    doc = load_nlp()("The Kremlin said Vladimir Putin met officials of the United Nations in Geneva.")
    found = {doc[a.start:a.end].text for a in find_atoms(doc, tables) if a.kind != "role"}
    assert {"Kremlin", "Vladimir Putin", "United Nations"} <= found
