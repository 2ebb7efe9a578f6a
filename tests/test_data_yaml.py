"""The YAML data files hold words, never values YAML 1.1 reads for them: a bare ``on``, ``off``,
``yes`` or ``no`` in a word list loads as True or False and silently never matches (round 21:
``crowd_actions.prepositions`` and ``election_target.topic_prepositions`` had lost "on")."""

from __future__ import annotations

from pathlib import Path

import yaml

DATA = sorted(Path(__file__).resolve().parents[1].joinpath("src", "detente").glob("*/data/*.yaml"))


def _booleans(node, path: str):
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(key, bool):
                yield f"{path}/{key} (key)"
            yield from _booleans(value, f"{path}/{key}")
    elif isinstance(node, list):
        for item in node:
            if isinstance(item, bool):
                yield f"{path}: {item}"
            else:
                yield from _booleans(item, path)


def test_the_data_files_are_found():
    assert len(DATA) >= 3


def test_no_word_list_holds_a_boolean():
    found = [hit for path in DATA for hit in _booleans(yaml.safe_load(path.read_text(encoding="utf-8")), path.name)]
    assert not found, f"quote these words in the YAML file: {found}"
