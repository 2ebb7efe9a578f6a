"""VADER's valence of one word, by VADER's own rules, over words lower-cased once per span.

``SentimentIntensityAnalyzer.sentiment_valence`` lower-cases the words around word ``i`` again
in each of its checks (negation up to three times, idioms, ``least``): about 20 ``str.lower``
calls and six throw-away lists per word it scores. ``word_valence`` is the same sequence of
rules and the same arithmetic in the same order (the library's constants and tables, read
from the installed package), over a list of lower-case words the caller makes once per span.
``tests/tone/test_vader.py`` compares it with the library on made-up and random sentences.
"""

from __future__ import annotations

from vaderSentiment.vaderSentiment import (
    BOOSTER_DICT,
    C_INCR,
    N_SCALAR,
    NEGATE,
    SPECIAL_CASES,
    normalize,
)

_NEGATE = frozenset(NEGATE)


def _negated(low: str) -> bool:
    """VADER's ``negated([word])`` of one lower-case word."""
    return low in _NEGATE or "n't" in low


def _scalar_inc_dec(word: str, low: str, valence: float, is_cap_diff: bool) -> float:
    """VADER's ``scalar_inc_dec`` (``low``: ``word`` lower-cased)."""
    scalar = 0.0
    if low in BOOSTER_DICT:
        scalar = BOOSTER_DICT[low]
        if valence < 0:
            scalar *= -1
        if word.isupper() and is_cap_diff:
            if valence > 0:
                scalar += C_INCR
            else:
                scalar -= C_INCR
    return scalar


def _negation_check(valence: float, lows: list[str], start_i: int, i: int) -> float:
    """VADER's ``_negation_check``."""
    if start_i == 0:
        if _negated(lows[i - 1]):
            valence = valence * N_SCALAR
    if start_i == 1:
        if lows[i - 2] == "never" and (lows[i - 1] == "so" or lows[i - 1] == "this"):
            valence = valence * 1.25
        elif lows[i - 2] == "without" and lows[i - 1] == "doubt":
            pass
        elif _negated(lows[i - 2]):
            valence = valence * N_SCALAR
    if start_i == 2:
        if lows[i - 3] == "never" and (lows[i - 2] == "so" or lows[i - 2] == "this") or (
                lows[i - 1] == "so" or lows[i - 1] == "this"):
            valence = valence * 1.25
        elif lows[i - 3] == "without" and (lows[i - 2] == "doubt" or lows[i - 1] == "doubt"):
            pass
        elif _negated(lows[i - 3]):
            valence = valence * N_SCALAR
    return valence


def _special_idioms_check(valence: float, lows: list[str], i: int) -> float:
    """VADER's ``_special_idioms_check`` (called for ``i > 2`` only)."""
    onezero = f"{lows[i - 1]} {lows[i]}"
    twoonezero = f"{lows[i - 2]} {lows[i - 1]} {lows[i]}"
    twoone = f"{lows[i - 2]} {lows[i - 1]}"
    threetwoone = f"{lows[i - 3]} {lows[i - 2]} {lows[i - 1]}"
    threetwo = f"{lows[i - 3]} {lows[i - 2]}"
    for seq in (onezero, twoonezero, twoone, threetwoone, threetwo):
        if seq in SPECIAL_CASES:
            valence = SPECIAL_CASES[seq]
            break
    if len(lows) - 1 > i:
        zeroone = f"{lows[i]} {lows[i + 1]}"
        if zeroone in SPECIAL_CASES:
            valence = SPECIAL_CASES[zeroone]
    if len(lows) - 1 > i + 1:
        zeroonetwo = f"{lows[i]} {lows[i + 1]} {lows[i + 2]}"
        if zeroonetwo in SPECIAL_CASES:
            valence = SPECIAL_CASES[zeroonetwo]
    for n_gram in (threetwoone, threetwo, twoone):
        if n_gram in BOOSTER_DICT:
            valence = valence + BOOSTER_DICT[n_gram]
    return valence


def word_valence(lexicon: dict[str, float], items: list[str], lows: list[str], i: int,
                 is_cap_diff: bool) -> float:
    """What ``analyzer.sentiment_valence(0, text, items[i], i, [])[0]`` gives for a word in
    the analyzer's ``lexicon`` (``lows``: ``items`` lower-cased; ``is_cap_diff``: the span's
    ``SentiText.is_cap_diff``)."""
    item, low = items[i], lows[i]
    valence = lexicon[low]
    if low == "no" and i != len(lows) - 1 and lows[i + 1] in lexicon:
        valence = 0.0
    if (i > 0 and lows[i - 1] == "no") or (i > 1 and lows[i - 2] == "no") or (
            i > 2 and lows[i - 3] == "no" and lows[i - 1] in ("or", "nor")):
        valence = lexicon[low] * N_SCALAR
    if item.isupper() and is_cap_diff:
        if valence > 0:
            valence += C_INCR
        else:
            valence -= C_INCR
    for start_i in range(0, 3):
        if i > start_i and lows[i - (start_i + 1)] not in lexicon:
            s = _scalar_inc_dec(items[i - (start_i + 1)], lows[i - (start_i + 1)], valence,
                                is_cap_diff)
            if start_i == 1 and s != 0:
                s = s * 0.95
            if start_i == 2 and s != 0:
                s = s * 0.9
            valence = valence + s
            valence = _negation_check(valence, lows, start_i, i)
            if start_i == 2:
                valence = _special_idioms_check(valence, lows, i)
    # VADER's ``_least_check``
    if i > 1 and lows[i - 1] not in lexicon and lows[i - 1] == "least":
        if lows[i - 2] != "at" and lows[i - 2] != "very":
            valence = valence * N_SCALAR
    elif i > 0 and lows[i - 1] not in lexicon and lows[i - 1] == "least":
        valence = valence * N_SCALAR
    return valence


def compound(analyzer, sentiments: list[float], text: str) -> float:
    """``analyzer.score_valence(sentiments, text)["compound"]`` without the positive,
    negative and neutral shares it also works out (VADER's own ``normalize`` and
    ``_punctuation_emphasis``, the same arithmetic)."""
    if not sentiments:
        return 0.0
    sum_s = float(sum(sentiments))
    punct_emph_amplifier = analyzer._punctuation_emphasis(text)
    if sum_s > 0:
        sum_s += punct_emph_amplifier
    elif sum_s < 0:
        sum_s -= punct_emph_amplifier
    return round(normalize(sum_s), 4)
