"""Checks that turn a bad input into a Rejection with a reason a person can act on."""

from __future__ import annotations

import re

from detente.nlp import MAX_CHARS

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to a in is that for on was with as by it at from he be are his said has have "
    "an this not but were they had which their its or who been will would after over more "
    "also than into about up two she her there when one all new other can could".split()
)
OTHER_FUNCTION_WORDS = frozenset(
    # French, German, Spanish, Italian, Portuguese, Dutch: frequent words that are not English
    "le la les des du et est une que qui dans pour pas sur au aux avec ce il elle sont "
    "der die das und ist nicht ein eine mit den dem zu von auf sich auch des wird "
    "el los las y en del por con una se lo su para es como pero sus fue "
    "il di che e della per non sono gli una nel alla "
    "o os da do em um uma não com mais ao dos das "
    "de het een van en zijn niet met voor op aan dat".split()
) - ENGLISH_FUNCTION_WORDS
MIN_WORDS_FOR_LANGUAGE = 20
"""Shorter texts are not judged: too few words to tell a language by."""
def decode(data: bytes) -> str:
    """UTF-8 text (BOM allowed) or ValueError saying where decoding failed."""
    if b"\x00" in data[:8192]:
        raise ValueError("binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(
            f"undecodable bytes: not UTF-8 at byte {exc.start} ({data[exc.start:exc.start + 4]!r}); "
            "convert the file to UTF-8"
        ) from None


def text_problem(text: str) -> str | None:
    """Why ``text`` cannot be coded as an English news article, or None when it can."""
    if not text or not text.strip():
        return "empty text"
    if len(text) > MAX_CHARS:
        return f"article too long: {len(text):,} characters (limit {MAX_CHARS:,})"
    controls = sum(1 for ch in text[:10000] if ord(ch) < 32 and ch not in "\n\r\t\f")
    if controls > 0.01 * min(len(text), 10000):
        return "binary content (control characters), not text"
    return language_problem(text[:20000])


def language_problem(text: str) -> str | None:
    """Why ``text`` is not English, or None. Judged by script (mostly non-Latin letters) and by
    function words (another language's outnumber English ones); headline-style English with
    few function words passes."""
    words = _WORD.findall(text.lower())
    if len(words) < MIN_WORDS_FOR_LANGUAGE:
        return None
    latin = sum(1 for w in words if w.isascii() or all(ord(c) < 0x250 for c in w))
    if latin < 0.5 * len(words):
        return "not English (mostly non-Latin script); detente codes English news"
    english = sum(1 for w in words if w in ENGLISH_FUNCTION_WORDS)
    other = sum(1 for w in words if w in OTHER_FUNCTION_WORDS)
    if other > 2 * english and other >= 0.1 * len(words):
        return (f"not English ({other} non-English vs {english} English function words); "
                "detente codes English news")
    return None
