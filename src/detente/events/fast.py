"""Column-level shortcuts for the events stage's hot loops (speed only, same answers).

The rules read the parse through spaCy ``Token`` objects; building one and reading its strings
costs more than the rule's own test for most words. The helpers here answer the same questions
from the per-document columns (``detente.nlp.columns``, ``detente.nlp.heads``: plain lists read
once per Doc), so that a ``Token`` is built only for the words that may matter. Each helper
names the function whose answer it reproduces; ``tests/events/test_fast.py`` compares the two.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple


class _Word(NamedTuple):
    """The two attributes ``triggers.verb_lemmas`` reads, from the columns."""

    lower_: str
    lemma_: str


_TRIGGER_WORDS: dict[int, tuple[object, frozenset[str], dict[tuple[str, str], bool]]] = {}
_MAX_CACHED_WORDS = 100_000


def known_words(triggers: dict) -> dict[tuple[str, str], bool]:
    """The answers of ``may_trigger`` for ``triggers`` found so far, by ``(lower, lemma)``: a hot
    loop reads them with one ``dict.get`` and asks ``may_trigger`` only on a miss."""
    found = _TRIGGER_WORDS.get(id(triggers))
    return found[2] if found is not None and found[0] is triggers else {}


def may_trigger(triggers: dict, lower: str, lemma: str) -> bool:
    """False when ``triggers.match`` cannot find a lexicon entry for a word, whatever its part of
    speech and parse: every key ``match`` may look up -- ``(pos, lemma)``, ``(noun, lower)``,
    ``(verb, lemma)`` and ``(verb, l)`` for each ``l`` of ``verb_lemmas`` -- holds a word that no
    trigger key holds (``lemma`` lower-cased, as ``columns(doc).lemma``). Answers are kept per
    ``(lower, lemma)`` for the lexicon's table ``triggers``."""
    found = _TRIGGER_WORDS.get(id(triggers))
    if found is None or found[0] is not triggers:
        found = _TRIGGER_WORDS[id(triggers)] = (triggers, frozenset(word for _, word in triggers), {})
    _, words, seen = found
    key = (lower, lemma)
    answer = seen.get(key)
    if answer is None:
        answer = lemma in words or lower in words or any(w in words for w in verb_lemmas(_Word(lower, lemma)))
        if len(seen) > _MAX_CACHED_WORDS:
            seen.clear()
        seen[key] = answer
    return answer


def holds_token(held: list[int], start: int, end: int) -> bool:
    """Whether a sorted list of token indexes ``held`` has one in ``range(start, end)``: the
    events stage's ``any(index.by_token.get(i) for i in range(start, end))`` over a
    sentence, by bisection on the indexes of the tokens that hold a mention."""
    k = bisect_left(held, start)
    return k < len(held) and held[k] < end


def verb_lemmas(token) -> list[str]:
    """Lemmas to try for a verb form the lemmatizer missed or tagged as an adjective
    ("demobilized" as ADJ, "staged" -> "stag"): the lemma, then the form stripped of -ed/-d/-ing/-s.

    >>> from types import SimpleNamespace as T
    >>> verb_lemmas(T(lemma_="shelled", lower_="shelled"))[:3]
    ['shelled', 'shell', 'shelle']
    """
    lower, lemmas = token.lower_, [token.lemma_.lower()]
    for suffix, add in (("ied", "y"), ("ed", ""), ("d", ""), ("ing", ""), ("ing", "e"), ("es", ""), ("s", "")):
        if lower.endswith(suffix) and len(lower) > len(suffix) + 2:
            lemmas.append(lower[: -len(suffix)] + add)
    for suffix in ("ed", "ing"):  # a doubled final consonant: "unbanned" -> "unban"
        stem = lower[: -len(suffix)]
        if lower.endswith(suffix) and len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "aeiouyls":
            lemmas.append(stem[:-1])
    return lemmas


_WORD_START = r"(?<![\w-])("
_WORD_END = r")s?(?![\w-])"
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_FAST_PATTERNS: dict[re.Pattern, re.Pattern | None] = {}


def _consuming(pattern: re.Pattern) -> re.Pattern | None:
    r"""``pattern`` -- ``(?<![\w-])(a|b|...)s?(?![\w-])`` compiled case-insensitive, its text ASCII
    without capitals, each alternative ending in a letter or digit -- with the look-behind made a
    consumed ``[^\w-]`` and without ``IGNORECASE``; None for any other pattern."""
    text = pattern.pattern
    if not (pattern.flags & re.IGNORECASE and text.isascii() and text == text.lower() and
            text.startswith(_WORD_START) and text.endswith(_WORD_END)):
        return None
    alternatives = text[len(_WORD_START):-len(_WORD_END)].split("|")
    if not all(a and a[0].isalnum() and a[-1].isalnum() and not a.endswith("\\s") for a in alternatives) or \
            any(c in text[len(_WORD_START):-len(_WORD_END)] for c in "()[]"):
        return None
    by_first: dict[str, list[str]] = {}  # one branch per first letter, each in the pattern's order
    for alternative in alternatives:
        by_first.setdefault(alternative[0], []).append(alternative[1:])
    branches = "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in by_first.items())
    return re.compile(r"[^\w-](" + branches + _WORD_END, pattern.flags & ~re.IGNORECASE)


def whole_words_found(pattern: re.Pattern, text: str) -> list[str]:
    r"""``[m.lower() for m in pattern.findall(text)]`` for a whole-word alternation compiled
    case-insensitive (``spurious._sports_pattern``), without trying every alternative at each
    position: on a text whose letters are all ASCII (any other character has no case), the
    lower-cased text is searched case-sensitively with the look-behind taken as a consumed
    character (a space put first stands for the text's start), the alternatives grouped by their
    first letter in their own order. The same matches: a match ends in a word character, so the
    character before the next one was never part of it; only alternatives of the letter at hand
    can match there, tried in the same order.

    >>> p = re.compile(r"(?<![\w-])(world\s+cup|goal)s?(?![\w-])", re.IGNORECASE)
    >>> whole_words_found(p, "Two GOALS in the World  Cup; goalkeeper, own-goal, goal")
    ['goal', 'world  cup', 'goal']
    """
    if pattern not in _FAST_PATTERNS:
        _FAST_PATTERNS[pattern] = _consuming(pattern)
    fast = _FAST_PATTERNS[pattern]
    if fast is None or not text.isascii() and any(
            c.lower() != c or c.upper() != c for c in set(_NON_ASCII.findall(text))):
        return [m.lower() for m in pattern.findall(text)]
    return fast.findall(" " + text.lower())
