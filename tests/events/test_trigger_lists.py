"""Word lists several trigger entries require alike are written once (``semantics.yaml
trigger_word_lists``) and named ``$name`` in ``triggers.tsv``; the lexicon writes them out
(``lexicon.expand_lists``). Round 21: a structural change, the loaded lexicon is the same."""

from __future__ import annotations

import re

import pytest

from detente.errors import ResourceError
from detente.events.addressing import MESSAGE_NOUNS
from detente.events.lexicon import expand_lists, load_lexicon, semantics_file
from detente.events.triggers import INFORMATION_NOUNS, WRITTEN_MESSAGES
from detente.resources import data_path


def _named() -> dict[str, list[str]]:
    """``{list name: ids of the entries naming it}`` in triggers.tsv."""
    named: dict[str, list[str]] = {}
    for line in data_path("events", "triggers.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            cols = line.split("\t")
            for name in re.findall(r"\$([a-z_]+)", cols[3]):
                named.setdefault(name, []).append(cols[0])
    return named


def test_every_named_list_is_defined_and_every_list_is_shared():
    lists = semantics_file()["trigger_word_lists"]
    named = _named()
    assert set(named) == set(lists)
    assert all(len(ids) >= 2 for ids in named.values()), "a list one entry names belongs inline"
    assert all(isinstance(w, str) and w == w.strip() and w for words in lists.values() for w in words)


def test_entries_naming_one_list_require_the_same_words():
    lex = load_lexicon()
    entries = {t.id: t for ts in lex.triggers.values() for t in ts}
    arms = semantics_file()["trigger_word_lists"]["arms"]
    for rid in _named()["arms"]:
        assert entries[rid].requires.words == frozenset(arms)
    assert "tanks" in entries["verb:supply+arms"].requires.words


def test_expanding_keeps_other_words_and_requirements():
    assert expand_lists("prt=off&obj=$talks|summit", {"talks": ["talks", "negotiations"]}) == \
        "prt=off&obj=talks|negotiations|summit"
    assert expand_lists("obj=ties|relations", {}) == "obj=ties|relations"
    with pytest.raises(ResourceError, match=r"\$nothing"):
        expand_lists("obj=$nothing", {})


def test_written_messages_are_one_list_of_both_rules():
    assert WRITTEN_MESSAGES <= INFORMATION_NOUNS and WRITTEN_MESSAGES <= MESSAGE_NOUNS
    assert MESSAGE_NOUNS - WRITTEN_MESSAGES == {"note", "petition", "complaint"}
    assert "document" in INFORMATION_NOUNS and "document" not in MESSAGE_NOUNS
