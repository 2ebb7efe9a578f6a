"""``readers.checks``: the script and control-character checks give the answers of a plain count
over every character (they look only at non-ASCII letters and count controls with one regex)."""

from __future__ import annotations

import random

from detente.readers.checks import MIN_LETTERS_FOR_SCRIPT, script_problem, text_problem


def _counted_script_problem(text: str) -> bool:
    letters = [ch for ch in text[:20000] if ch.isalpha()]
    if len(letters) < MIN_LETTERS_FOR_SCRIPT:
        return False
    latin = sum(1 for ch in letters if ord(ch) < 0x250 or 0x1E00 <= ord(ch) < 0x1F00)
    return latin < 0.5 * len(letters)


def test_script_problem_matches_a_count_of_every_letter():
    pool = "ab XY 1.,\u00e9\u0250\u4e2d\u0410\u1e00\u1f00\u0391\u2019\n"
    draw = random.Random(22)
    for _ in range(20000):
        text = "".join(draw.choice(pool) for _ in range(draw.randint(0, 12)))
        assert (script_problem(text) is not None) == _counted_script_problem(text), text


def test_script_problem_reads_only_the_first_20000_characters():
    assert script_problem("a" * 20000 + "\u4e2d" * 50) is None
    assert script_problem("\u4e2d" * 30 + "Talks resumed in Geneva.") is not None
    assert script_problem("Talks resumed in Zürich, said Mr Müller.") is None


def test_control_characters_counted_as_before():
    words = "Russia and Ukraine agreed to resume talks in Istanbul next week. " * 30
    assert text_problem(words + "\t\f\r\n") is None  # tab, form feed, returns: no controls
    assert text_problem(words[:100] + "\x0b" * 30 + words) is not None  # vertical tabs are
    assert text_problem(words * 6 + "\x01" * 200) is None  # controls after the first 10,000 characters
