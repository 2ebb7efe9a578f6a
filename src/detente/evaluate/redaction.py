"""Gold whose article texts may not enter the repository (the BBC sets: ``gold/events/rows/bbc*/``,
``gold/events/bbc3/``).

Such a folder's ``<half>.articles.jsonl`` names each article by ``path`` (relative to the folder)
and ``sha256`` instead of holding its ``text``: :func:`read_articles` (the one loader of the judged
rows and of the exhaustive gold) reads the file when it is there with that digest, and skips the
article with a :class:`ArticleSkipped` warning naming the file when it is absent or differs.

Its annotation records keep no article words either (``gold/FORMAT.md``, redacted records):
:func:`redact_record` replaces the record's ``sentence``, ``trigger`` and each side's (and each
alternative's) ``text`` by ``<key>_span`` -- ``[start, end]`` character offsets into the article
text, the trigger and the sides looked for inside the sentence first -- or, for words that stand
nowhere in the article, by the hash of ``evaluate.rows.redact`` (:func:`hash_words`); in a
``note``, any run of :data:`RUN` or more consecutive article words is elided. :func:`restore_record`
puts the words back from the article, so a redacted set scores exactly as the verbatim records
would.
"""

from __future__ import annotations

import hashlib
import json
import re
import warnings
from pathlib import Path

TEXT_KEYS = ("sentence", "trigger", "text")
"""The record keys that hold article words (``text``: a side's or an alternative's)."""
SPAN = "_span"
RUN = 8
"""Consecutive article words no committed file of a redacted set may hold."""
ELIDED = "[article words elided]"
WORD = re.compile(r"\w+")


class ArticleSkipped(UserWarning):
    """An article of a gold folder whose file is absent or differs from its digest."""


class Unplaceable(ValueError):
    """A record whose sentence does not stand in its article."""


def hash_words(words: str) -> str:
    """``#`` + the first 12 hex digits of the SHA-1 of ``words``."""
    return "#" + hashlib.sha1(words.encode("utf-8")).hexdigest()[:12]


def _lines(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_article(folder: Path, article: dict) -> dict | None:
    """The article with its ``text``: as it is when it holds one; else read from ``path`` (relative
    to ``folder``) when that file's SHA-256 is ``sha256`` (its first line the headline, as the BBC
    dataset writes it); None, with an :class:`ArticleSkipped` warning, when absent or different."""
    if "text" in article:
        return article
    if not article.get("path"):
        raise ValueError(f"article {article.get('id')} in {folder} has neither a text nor a path")
    path = Path(folder) / article["path"]
    if not path.is_file():
        warnings.warn(f"article {article.get('id')} skipped: {path} is absent", ArticleSkipped, stacklevel=2)
        return None
    data = path.read_bytes()
    if article.get("sha256") and hashlib.sha256(data).hexdigest() != article["sha256"]:
        warnings.warn(f"article {article.get('id')} skipped: {path} differs from its sha256 {article['sha256']}",
                      ArticleSkipped, stacklevel=2)
        return None
    return {**article, "text": data.decode("utf-8", errors="replace")}


def read_articles(folder: Path, half: str) -> list[dict]:
    """The articles of ``folder/<half>.articles.jsonl`` that have a text (:func:`load_article`)."""
    loaded = (load_article(folder, a) for a in _lines(Path(folder) / f"{half}.articles.jsonl"))
    return [a for a in loaded if a is not None]


def occurrences(words: str, text: str, start: int = 0, end: int | None = None) -> list[int]:
    """Start offsets of ``words`` in ``text[start:end]`` as whole words (no word character runs on
    across either end: "he" is not found inside "the"); where it stands nowhere as whole words, every
    plain occurrence."""
    end = len(text) if end is None else end
    head = r"(?<!\w)" if words[:1].isalnum() or words[:1] == "_" else ""
    tail = r"(?!\w)" if words[-1:].isalnum() or words[-1:] == "_" else ""
    pattern = re.compile(head + re.escape(words) + tail)
    found = [m.start() for m in pattern.finditer(text, start, end)]
    if not found:
        found = [start + m.start() for m in re.finditer(re.escape(words), text[start:end])]
    return found


def _place(words: str, text: str, within: tuple[int, int] | None) -> list[int] | None:
    """Offsets of ``words`` in ``text`` (:func:`occurrences`): inside ``within`` (the sentence) first,
    then anywhere."""
    for bounds in ((within,) if within else ()) + ((0, len(text)),):
        at = occurrences(words, text, *bounds)
        if at:
            return [at[0], at[0] + len(words)]
    return None


def _redact(value, text: str, within: tuple[int, int] | None, hashed: list[str]):
    if isinstance(value, list):
        return [_redact(v, text, within, hashed) for v in value]
    if not isinstance(value, dict):
        return value
    out = {}
    for key, v in value.items():
        if key in TEXT_KEYS and isinstance(v, str) and v:
            span = _place(v, text, within)
            if span:
                out[key + SPAN] = span
            else:
                out[key] = hash_words(v.strip().lower())
                hashed.append(key)
        elif key == "note" and isinstance(v, str):
            out[key] = elide(v, text)
        else:
            out[key] = _redact(v, text, within, hashed)
    return out


def redact_record(record: dict, text: str) -> tuple[dict, list[str]]:
    """The record without article words, and the keys whose words had to be hashed. Raises
    :class:`Unplaceable` when the record's sentence does not stand verbatim in ``text``."""
    sentence = record.get("sentence")
    within = None
    if isinstance(sentence, str) and sentence:
        start = text.find(sentence)
        if start < 0:
            raise Unplaceable(f"sentence not in its article: {hash_words(sentence.strip().lower())}")
        within = (start, start + len(sentence))
    hashed: list[str] = []
    out = _redact(record, text, within, hashed)
    if restore_record(out, text) != _hashed_only(record, text):
        raise Unplaceable("the redacted record does not restore to the original")
    return out, hashed


def _hashed_only(value, text: str):
    """The record as :func:`restore_record` gives it back: words that stand nowhere in the article
    hashed, notes elided."""
    if isinstance(value, list):
        return [_hashed_only(v, text) for v in value]
    if not isinstance(value, dict):
        return value
    return {k: (hash_words(v.strip().lower()) if k in TEXT_KEYS and isinstance(v, str) and v and v not in text
                else elide(v, text) if k == "note" and isinstance(v, str) else _hashed_only(v, text))
            for k, v in value.items()}


def restore_record(value, text: str):
    """A redacted record with its words read back from the article ``text`` (keys in place)."""
    if isinstance(value, list):
        return [restore_record(v, text) for v in value]
    if not isinstance(value, dict):
        return value
    out = {}
    for key, v in value.items():
        base = key.removesuffix(SPAN)
        if key.endswith(SPAN) and base in TEXT_KEYS and isinstance(v, list) and len(v) == 2:
            out[base] = text[v[0]:v[1]]
        else:
            out[key] = restore_record(v, text)
    return out


def words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


def runs(text: str, n: int = RUN) -> set[tuple[str, ...]]:
    """Every run of ``n`` consecutive words of ``text`` (lower-cased)."""
    w = words(text)
    return {tuple(w[i:i + n]) for i in range(len(w) - n + 1)}


def elide(note: str, text: str, n: int = RUN) -> str:
    """The note with every stretch of ``n`` or more consecutive words of ``text`` replaced by :data:`ELIDED`."""
    tokens = list(WORD.finditer(note))
    if len(tokens) < n:
        return note
    article = runs(text, n)
    covered = [False] * len(tokens)
    for i in range(len(tokens) - n + 1):
        if tuple(t.group().lower() for t in tokens[i:i + n]) in article:
            covered[i:i + n] = [True] * n
    out, last, i = [], 0, 0
    while i < len(tokens):
        if not covered[i]:
            i += 1
            continue
        j = i
        while j + 1 < len(tokens) and covered[j + 1]:
            j += 1
        out += [note[last:tokens[i].start()], ELIDED]
        last, i = tokens[j].end(), j + 1
    return "".join(out) + note[last:]
