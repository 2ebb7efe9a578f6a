"""Checks that turn a bad input into a Rejection with a reason a person can act on."""

from __future__ import annotations

import re

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
MAX_ARTICLE_CHARS = 300_000
"""Longest article ingested, in characters (spaCy itself would take ``nlp.MAX_CHARS``). A long
news feature is 20,000-50,000; at 1,000,000 characters of prose a worker peaked at
2.97 GiB, at this limit it stays under 1.5 GiB (benchmarks/article_memory.py, docs/robustness.md)."""
MAX_SENTENCES = 10_000
"""Most sentences (estimated: ``.``, ``!`` or ``?`` before a space, or a line break) in one
article. A long news feature has a few hundred; the coding stages keep per-sentence
structures, so 100,000 short "sentences" took 5.2 GB. Measured by
benchmarks/article_memory.py."""
MAX_SENTENCE_WORDS = 1_000
"""Most words in one (estimated) sentence: prose never comes close; a table or a word list
without punctuation does, and costs the parser and the argument finder dearly."""
MAX_WORD_CHARS = 1_000
"""Longest run of characters without a space. spaCy's tokenizer splits prefixes and
suffixes off a run one at a time, so 100,000 ``[`` took minutes; URLs stay far below."""
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+|\n\s*")
_LONG_RUN = re.compile(r"\S{" + str(MAX_WORD_CHARS + 1) + ",}")


def size_problem(text: str) -> str | None:
    """Why ``text`` is beyond the per-article limits, or None (it is then rejected whole:
    a truncated article would be coded as if it were the whole story)."""
    if len(text) > MAX_ARTICLE_CHARS:
        return f"article too long: {len(text):,} characters (limit {MAX_ARTICLE_CHARS:,})"
    run = _LONG_RUN.search(text)
    if run:
        return (f"a run of {len(run.group()):,}+ characters without a space at character "
                f"{run.start():,} (limit {MAX_WORD_CHARS:,}): not prose")
    pieces = _SENTENCE_END.split(text)
    if len(pieces) > MAX_SENTENCES:
        return f"article has about {len(pieces):,} sentences (limit {MAX_SENTENCES:,})"
    longest = max((len(p.split()) for p in pieces), default=0)
    if longest > MAX_SENTENCE_WORDS:
        return (f"article has a sentence of about {longest:,} words (limit "
                f"{MAX_SENTENCE_WORDS:,}): a table or a list, not prose")
    return None


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
    size = size_problem(text)
    if size:
        return size
    controls = len(_CONTROL.findall(text, 0, 10000))
    if controls > 0.01 * min(len(text), 10000):
        return "binary content (control characters), not text"
    return language_problem(text[:20000])


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")
"""A control character other than tab, line feed, form feed and carriage return."""

MIN_LETTERS_FOR_SCRIPT = 4
"""Fewer letters than this are not judged by script (``"OK"``, a lone initial)."""


def script_problem(text: str) -> str | None:
    """Why ``text`` is not English by its letters, or None: most letters outside the Latin
    script. Judged on letters, not words, so a short text in a script written without spaces
    (Chinese, Japanese, Thai) is caught too, which the word-based test would pass as too
    short to judge.

    >>> script_problem("中国和俄罗斯同意举行会谈。")[:11]
    'not English'
    """
    text = text[:20000]
    if all(_latin(ch) for ch in _NON_ASCII.findall(text) if ch.isalpha()):
        return None  # every letter Latin (ASCII letters are): nothing below can object
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < MIN_LETTERS_FOR_SCRIPT:
        return None
    latin = sum(1 for ch in letters if _latin(ch))
    if latin < 0.5 * len(letters):
        return "not English (mostly non-Latin script); detente codes English news"
    return None


_NON_ASCII = re.compile(r"[^\x00-\x7f]")
"""One character outside ASCII (``script_problem`` looks at these only when all are Latin)."""


def _latin(ch: str) -> bool:
    """A letter of the Latin script (Basic Latin to IPA Extensions, Latin Extended Additional)."""
    return ord(ch) < 0x250 or 0x1E00 <= ord(ch) < 0x1F00


def language_problem(text: str) -> str | None:
    """Why ``text`` is not English, or None. Judged by script (mostly non-Latin letters) and by
    function words (another language's outnumber English ones); headline-style English with
    few function words passes."""
    script = script_problem(text)
    if script:
        return script
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
