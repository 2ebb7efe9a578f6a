"""``detente.actors.arrays`` gives what the spaCy-object way gives (made-up texts), and the
matcher's lookup filter finds the same names as looking every span up."""

from __future__ import annotations

import pytest

from detente.actors import names
from detente.actors.arrays import (
    has_newline,
    judged_run,
    line_break_tokens,
    name_pairs,
    paragraph_sentence_starts,
    surname_cache,
    token_text,
)
from detente.actors.atoms import Tokens
from detente.actors.person_atoms import surname_entries
from detente.actors.tables import (
    MISSPELT_MIN_LETTERS,
    Entry,
    country_words_by_initial,
    fold,
    load_tables,
    misspelt_country,
    one_slip,
)
from detente.nlp import parse, span_text
from detente.pipeline import spacy_exclusions

TEXTS = [
    "The U.S. envoy met Côte d'Ivoire's foreign minister in the capital on Monday.",
    "Rebels shelled the town overnight.\n\nThe army denied it. \"We will respond,\" a "
    "spokesman told reporters\nin the capital, officials said.\n",
    "The European Union and the African Union's Peace and Security Council met.  The "
    "U.N. Security Council did not. President Wilma Harcourt-Blake of Freedonia spoke.",
    "the the Kremlin said; THE NATO-led force, the U.K.-based group and al-Qaeda fighters "
    "left. Erdoğan's and Erdogan's aides met the Prime Minister's office in Ankara.",
    "Peace.",
]


@pytest.fixture(scope="module")
def docs():
    return list(parse(TEXTS, disable=spacy_exclusions()))


@pytest.fixture(scope="module")
def tables():
    return load_tables()


def test_token_and_span_texts(docs):
    for doc in docs:
        for i in range(len(doc)):
            assert token_text(doc, i) == doc[i].text
            for j in range(i + 1, min(len(doc), i + 6) + 1):
                assert span_text(doc, i, j) == doc[i:j].text
                assert has_newline(doc, i, j) == any("\n" in t.text for t in doc[i:j])
        assert not has_newline(doc, 0, 0)


def test_line_break_tokens(docs):
    for doc in docs:
        assert line_break_tokens(doc) == [t.i for t in doc if t.is_space and "\n" in t.text]


def _starts_by_tokens(doc) -> list[int]:
    """The spaCy-object way (``coref.sentence_starts`` before it read the arrays)."""
    starts = [0] * len(doc)
    for sent in doc.sents:
        start = sent.start
        for i in range(sent.start, sent.end):
            if i > sent.start and doc[i - 1].is_space and "\n" in doc[i - 1].text:
                start = i
            starts[i] = start
    return starts


def test_paragraph_sentence_starts(docs):
    for doc in docs:
        assert paragraph_sentence_starts(doc) == _starts_by_tokens(doc)
    assert any(len(set(paragraph_sentence_starts(d))) > len(list(d.sents)) for d in docs)


def _name_at_by_lookup(tokens, i, limit, tables):
    """``names.name_at`` without the pair filter: every span ending in a name's last
    word is looked up."""
    for end in range(min(limit, i + tables.max_name_tokens + 1), i, -1):
        if tokens.last[end - 1] not in tables.name_ends:
            continue
        entries = tables.lookup(tokens.span(i, end))
        if entries:
            return end, entries
    return i, ()


def test_name_at_finds_what_lookups_find(docs, tables):
    found = 0
    for doc in docs:
        tokens = Tokens.of(doc)
        for i in range(len(doc)):
            for limit in (len(doc), min(len(doc), i + 2)):
                got = names.name_at(tokens, i, limit, tables)
                assert got == _name_at_by_lookup(tokens, i, limit, tables)
                found += bool(got[1])
    assert found >= 8


def test_judged_run_is_every_key_start(docs, tables):
    pairs = name_pairs(tables)
    for doc in docs:
        tokens = Tokens.of(doc)
        for i in range(len(doc)):
            run = judged_run(tokens, i)
            if run is None or not names.may_start_name(tokens, i, tables):
                continue
            end, entries = _name_at_by_lookup(tokens, i, len(doc), tables)
            if entries and tokens.span(i, end).isascii() and end > i + 1:
                assert (run, tokens.last[end - 1]) in pairs


def test_name_pairs_follow_the_tables(tables):
    copy = load_tables()
    before = name_pairs(copy)
    copy.names = {**copy.names, "zorblax republic": (Entry("country", "ZZZ", None, "x"),)}
    assert ("zorblax", "republic") in name_pairs(copy) and ("zorblax", "republic") not in before


def test_surname_entries_are_the_roster_people(tables):
    surname = next(iter(tables.surnames))
    fresh = tuple(Entry("person", p.country, None, f"roster:{p.id}", p.name, p)
                  for p in tables.surnames[surname])
    assert surname_entries(surname.title(), tables) == fresh
    assert surname_entries(surname.title(), tables) is surname_entries(surname, tables)
    assert surname_entries("Qwxzyplo", tables) == ()
    assert "qwxzyplo" in surname_cache(tables)


def _misspelt_by_scan(tables, word):
    """``tables.misspelt_country`` comparing the word with every country name."""
    key = fold(word)
    if len(key) < MISSPELT_MIN_LETTERS or not key.isalpha() or not word[:1].isupper() \
            or key in tables.names or key in tables.first_names or key in tables.surnames:
        return ()
    close = [v for k, v in tables.country_words.items()
             if k[0] == key[0] and key not in (k + "s", k + "n") and one_slip(key, k)]
    return close[0] if len(close) == 1 else ()


@pytest.mark.parametrize("word", ["Afganistan", "Ethopia", "Quatar", "Jordon", "Chiles",
                                  "Venezuala", "Bangladseh", "Zimbabew", "Moroco", "Ukriane"])
def test_misspelt_country_by_initial(tables, word):
    assert misspelt_country(tables, word) == _misspelt_by_scan(tables, word)
    groups = country_words_by_initial(tables)
    assert sum(len(g) for g in groups.values()) == len(tables.country_words)


def test_misspelt_country_finds_some(tables):
    assert [e.country for e in misspelt_country(tables, "Afganistan")] == ["AFG"]
