"""Why a sentence gave the rows it gave: each candidate trigger and where it was dropped.

Off by default and free when off: nothing in the events stage knows about it. ``recording()``
wraps the stage's per-sentence call (``detente.events.code_sentence``) and its article-level
filters for as long as it is open, and watches the coder with ``sys.settrace`` only inside
that call. For every candidate trigger of a coded sentence it records its fate:

- ``inner``: a trigger inside another's complement, coded only as part of the outer one;
- ``decide: GUARD``: :func:`coder.decide` returned no coding; GUARD is the check that fired
  (the last call in the ``if`` before the ``return`` that gave a true value, e.g.
  ``guards.grounds``), or the test's own text when it calls nothing;
- ``no source: KIND``: no source actor was resolved (``code_trigger`` found no doer); KIND is what
  stands in the doer's place (``subject_kind``: pronoun, name, noun, passive with no agent ...);
- ``code_trigger: GUARD``: coded and given a source, then dropped by a later check;
- ``code_sentence: TEST`` / ``no interaction``: dropped in the sentence loop (no partner, a guessed
  home with no one acted on; the row had no target and the sentence names no other side);
- ``deduplicated``, ``removed: FILTER`` (repeats, sports, commercial, verifier): a row was
  written and later removed;
- ``row``: a row survived.

Sentences the stage never coded are ``no actor`` (no resolved actor in them) or ``skipped`` (a
question, a repeated sentence, a discard phrase). The labels of a word that is no trigger and of
what stands in a doer's place are read by ``miss_kinds``.

>>> from detente.events.explain import explain
>>> report = explain("Russia and Ukraine agreed to resume talks.", date="2022-03-01")  # doctest: +SKIP
>>> [(c.trigger, c.fate) for s in report for c in s.candidates]  # doctest: +SKIP
[('agreed', 'row'), ('talks', 'inner')]
"""

from __future__ import annotations

import ast
import contextlib
import inspect
import sys
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache

import detente.events as stage
from detente.events import coder
from detente.events.arguments import MentionIndex
from detente.events.miss_kinds import (
    entry_types,
    source_mention,
    subject_kind,
    unmet_requirements,
    word_status,
)
from detente.nlp import doc_text
from detente.records import Event

FILTERS = ("drop_repeats", "sports_rows", "commercial_rows", "sense_rows", "verify")
"""The article-level filters of ``events.run`` whose removals are recorded (by name)."""


@dataclass
class Fate:
    """One candidate trigger and what became of it."""

    trigger: str
    start: int
    end: int
    lemma: str
    pos: str
    entry: str
    """The lexicon entry's id."""
    lexicon_type: str
    """The type the lexicon gives the trigger ('' for an intent or a setting word)."""
    coded: str = ""
    """The type ``decide`` coded it as ('' when it coded nothing)."""
    fate: str = ""
    rows: list[Event] = field(default_factory=list)
    outer: str = ""
    """For an inner trigger: the outer trigger's text."""
    head: int = -1
    """Character offset of the trigger's head word."""
    entry_types: frozenset[str] = frozenset()
    """Every type the lexicon's entries of the trigger's word and part of speech carry (the matched
    entry's among them; ``entry_types``): which types the word could have coded."""

    def describe(self) -> str:
        rows = "; ".join(f"{e.type} {_sides(e.source)} -> {_sides(e.target)} [{e.rule}]" for e in self.rows)
        coded = f" coded {self.coded}" if self.coded else ""
        inner = f" of '{self.outer}'" if self.outer else ""
        return f"{self.trigger} ({self.pos} {self.lemma}, {self.lexicon_type or '-'}{coded}): {self.fate}{inner}" + \
            (f": {rows}" if rows and self.fate in ("row", "deduplicated") or self.fate.startswith("removed") else "")


@dataclass
class SentenceTrace:
    """The candidates of one sentence of an article."""

    index: int
    start: int
    end: int
    text: str = ""
    status: str = "no actor"
    """``coded`` (the events stage coded it), ``no actor`` or ``skipped``."""
    names: str = ""
    """For a sentence with no actor: what it names instead -- ``unresolved`` (a mention the actors
    stage found but could not place), else the first of its spaCy entity labels GPE, NORP,
    PERSON, ORG, LOC, FAC, or ``nothing``."""
    candidates: list[Fate] = field(default_factory=list)
    rule_rows: list[Event] = field(default_factory=list)
    """Rows of the trigger-less rules (conditional threats, labels, obligations ...)."""
    words: list[tuple[int, int, str, str, str]] = field(default_factory=list)
    """(start, end, lemma, status, spaCy part of speech) of each word of a coded sentence; status (``word_status``)
    says why a word is no trigger: ``trigger``, ``not in lexicon``, ``other part of speech``,
    ``in a name``, ``complement missing`` or ``unmatched``."""
    word_types: dict[int, frozenset[str]] = field(default_factory=dict)
    """Start offset of each word of a coded sentence -> the types of its lexicon entries of its own
    part of speech (``entry_types``; empty for a word with none)."""
    unmet: dict[int, frozenset[tuple[str, str, str]]] = field(default_factory=dict)
    """Start offset of each word that is no candidate though it has entries -> (type, requirement
    kind, ``absent`` / ``other word``) of each of its entries that wants a complement
    (``unmet_requirements``)."""


@dataclass
class ArticleTrace:
    """Every sentence of one coded article."""

    sentences: list[SentenceTrace] = field(default_factory=list)
    removed: dict[int, str] = field(default_factory=dict)
    """id() of each row an article filter removed -> the filter's name."""

    def finish(self, events: list[Event]) -> None:
        """Mark the fates of rows removed after the sentence loop (``events``: the rows kept)."""
        kept = {id(e) for e in events}
        for sentence in self.sentences:
            for cand in sentence.candidates:
                if cand.fate == "row" and cand.rows and not any(id(e) in kept for e in cand.rows):
                    cand.fate = "removed: " + self.removed.get(id(cand.rows[0]), "after coding")
            sentence.rule_rows = [e for e in sentence.rule_rows if id(e) in kept]


def _sides(parts) -> str:
    return ",".join(f"{p.country or '?'}/{p.sector or '?'}" for p in parts) or "-"


# ---------------------------------------------------------------- labels read off the coder's source

@cache
def _exits(code) -> dict[int, tuple[str, str]]:
    """For each ``return``/``continue`` line of a coder function: (kind, label). kind is
    ``none`` (returns None or continues under an ``if``), ``call`` (returns a call's value) or
    ``value``; the label is the ``if`` test's text, or the returned call's name."""
    lines, first = inspect.getsourcelines(code)
    tree = ast.parse(textwrap.dedent("".join(lines)))
    offset = first - 1
    out: dict[int, tuple[str, str]] = {}

    def visit(node, test):
        for child in ast.iter_child_nodes(node):
            inner_test = test
            if isinstance(node, ast.If) and child in node.body:
                inner_test = node.test
            if isinstance(child, ast.Return | ast.Continue):
                value = getattr(child, "value", None)
                if isinstance(value, ast.Call):
                    out[child.lineno + offset] = ("call", _name(value.func))
                elif value is None or isinstance(value, ast.Constant) and value.value is None:
                    label = _short(ast.unparse(inner_test)) if inner_test is not None else ""
                    span = (inner_test.lineno + offset, inner_test.end_lineno + offset) if inner_test else (0, 0)
                    out[child.lineno + offset] = ("none", label, *span)
                else:
                    out[child.lineno + offset] = ("value", "")
            visit(child, inner_test)

    visit(tree, None)
    return out


def _name(func) -> str:
    return ast.unparse(func).replace("sem.", "semantics.")


def _short(text: str, width: int = 70) -> str:
    text = " ".join(text.split()).replace("lexicon.words", "words")
    return text if len(text) <= width else text[:width - 3] + "..."


def _qualified(frame) -> str:
    module = frame.f_globals.get("__name__", "").rsplit(".", 1)[-1]
    return f"{module}.{frame.f_code.co_name}"


# ---------------------------------------------------------------- the tracer

class _Tracer:
    """Watches one ``code_sentence`` call (``sys.settrace``) and fills its SentenceTrace."""

    def __init__(self, sentence: SentenceTrace):
        self.sentence = sentence
        self.codes = {coder.code_sentence.__code__: "code_sentence", coder.code_trigger.__code__: "code_trigger",
                      coder.decide.__code__: "decide"}
        self.make_event = coder.make_event.__code__
        self.find = coder.find_candidates.__code__
        self.dedup = coder.deduplicate.__code__
        self.by_cand: dict[int, Fate] = {}
        self.current: Fate | None = None
        self.calls: dict[object, list] = {}  # a watched frame -> [(line, name, truthy)] of its calls
        self.cand_rows: dict[int, Fate] = {}  # id(Event) -> the candidate that wrote it

    # the global trace function: which frames to watch
    def __call__(self, frame, event, arg):
        if event != "call":
            return None
        code, parent = frame.f_code, frame.f_back
        kind = self.codes.get(code)
        if kind == "code_sentence":
            return self._sentence
        if kind == "code_trigger" and parent is not None and parent.f_code is coder.code_sentence.__code__:
            self.current = self._fate(frame.f_locals["cand"])
            self.calls[frame] = []
            return self._exit("code_trigger")
        if kind == "decide" and parent is not None and parent.f_code is coder.code_sentence.__code__:
            self.current = self._fate(frame.f_locals["cand"])  # decided once, before code_trigger
            self.calls[frame] = []
            return self._exit("decide")
        if parent is None:
            return None
        if parent in self.calls:  # a call made by decide or code_trigger: keep its line and whether it held
            record = [parent.f_lineno, _qualified(frame), False]
            self.calls[parent].append(record)
            frame.f_trace_lines = False

            def result(_frame, ev, value):
                if ev == "return":
                    record[2] = bool(value)
                return None
            return result
        if parent.f_code is coder.code_sentence.__code__ and code in (self.make_event, self.find, self.dedup):
            frame.f_trace_lines = False
            return self._sentence_call(code)
        return None

    def _fate(self, cand) -> Fate:
        fate = self.by_cand.get(id(cand))
        if fate is None:  # a candidate not returned by find_candidates (none known): record it anyway
            fate = self.by_cand[id(cand)] = _new_fate(cand)
            self.sentence.candidates.append(fate)
        return fate

    def _exit(self, kind: str):
        def tracer(frame, event, arg):
            if event != "return":
                return tracer
            calls = self.calls.pop(frame, [])
            fate = self.current
            if fate is None or arg is not None:
                if kind == "decide" and fate is not None and arg is not None:
                    fate.coded = arg.type
                return tracer
            if kind == "decide":
                fate.fate = "decide: " + _cause(frame, calls)
            elif not fate.fate:
                exit_ = _exits(frame.f_code).get(frame.f_lineno, ("", ""))
                if "not sources" in exit_[1] and not frame.f_locals.get("sources"):
                    fate.fate = "no source: " + subject_kind(frame.f_locals["cand"])
                else:
                    fate.fate = "code_trigger: " + _cause(frame, calls)
            return tracer
        return tracer

    def _sentence(self, frame, event, arg):
        if event == "line" and self.current is not None and not self.current.fate:
            exit_ = _exits(frame.f_code).get(frame.f_lineno)
            if exit_ is not None and exit_[0] == "none":  # a `continue` after code_trigger gave a coding
                self.current.fate = "code_sentence: " + exit_[1]
        elif event == "return":
            kept = {id(e) for e in arg or []}
            for event_ in frame.f_locals.get("events", []):
                fate = self.cand_rows.get(id(event_))
                if fate is None:
                    if id(event_) in kept:
                        self.sentence.rule_rows.append(event_)
                    continue
                fate.rows.append(event_)
            for event_ in arg or []:  # rows of the trigger-less rules appended after the loop
                if id(event_) not in self.cand_rows and event_ not in self.sentence.rule_rows:
                    self.sentence.rule_rows.append(event_)
            for fate in self.sentence.candidates:
                if fate.rows:
                    fate.fate = "row" if any(id(e) in kept for e in fate.rows) else "deduplicated"
                elif not fate.fate and fate.coded:
                    fate.fate = "no interaction"  # coded with a source, but no target and no other side named
                elif not fate.fate:
                    fate.fate = "inner" if fate.outer else "not reached"
        return self._sentence

    def _sentence_call(self, code):
        def tracer(frame, event, arg):
            if event != "return":
                return tracer
            if code is self.find:
                for cand in arg or []:
                    self.by_cand[id(cand)] = fate = _new_fate(cand)
                    self.sentence.candidates.append(fate)
            elif code is self.make_event and self.current is not None and arg is not None:
                self.cand_rows[id(arg)] = self.current
            return tracer
        return tracer


ENTITY_ORDER = ("GPE", "NORP", "PERSON", "ORG", "LOC", "FAC")


def _named(sentence, index) -> str:
    """What a sentence with no resolved actor names (``SentenceTrace.names``)."""
    if any(i in index.unresolved for i in range(sentence.start, sentence.end)):
        return "unresolved"
    labels = {e.label_ for e in sentence.ents}
    return next((label for label in ENTITY_ORDER if label in labels), "nothing")


def _new_fate(cand) -> Fate:
    start, end = cand.span
    token, entry = cand.token, cand.entry
    return Fate(trigger=doc_text(token.doc)[start:end], start=start, end=end, lemma=entry.lemma, pos=entry.pos,
                entry=entry.id, lexicon_type=entry.type, outer=cand.outer.token.text if cand.outer else "",
                head=token.idx)


def _cause(frame, calls: list) -> str:
    """The check that ended a coder function with no result: the last call in the test of the
    ``if`` around the ``return`` that held, else the test's text (or the returned call's name)."""
    exit_ = _exits(frame.f_code).get(frame.f_lineno)
    if exit_ is None:
        return f"line {frame.f_lineno}"
    if exit_[0] == "call":
        return exit_[1] + " gave nothing"
    if exit_[0] == "none" and exit_[2]:
        held = [name for line, name, truthy in calls if truthy and exit_[2] <= line <= exit_[3]]
        if held:
            return held[-1].replace("coder.", "").replace("decision.", "").replace("trigger_sides.", "")
    return exit_[1] or "no result"


# ---------------------------------------------------------------- recording a pipeline run

class Recording:
    """The traces of the articles coded while ``recording()`` was open, by article id."""

    def __init__(self) -> None:
        self.articles: dict[str, ArticleTrace] = {}
        self.skipped: set[str] = set()
        """Sentence texts ``events.skipped`` turned away (questions, repeats, discard phrases)."""
        self._coded: dict[str, object] = {}
        self.current: ArticleTrace | None = None
        self.indexes: list[tuple[object, MentionIndex]] = []
        """(doc, mention index) of every article the events stage read, coded or not."""

    def article(self, coded) -> ArticleTrace:
        trace = self.articles.get(coded.article.id)
        if trace is None or self._coded.get(coded.article.id) is not coded:
            trace = self.articles[coded.article.id] = ArticleTrace()
            trace.sentences = [SentenceTrace(i, s.start_char, s.end_char) for i, s in enumerate(coded.doc.sents)]
            self._coded[coded.article.id] = coded
        return trace

    def source_mention(self, text: str, start: int, end: int) -> str:
        """What stands in the doer's place of the trigger at ``start``-``end`` of the article
        whose text is ``text`` (``source_mention``); ``article not read`` when the events stage
        never parsed it."""
        for doc, index in self.indexes:
            if doc_text(doc) == text:
                return source_mention(doc, index, start, end)
        return "article not read"

    def finish(self) -> None:
        """Mark rows removed after the sentence loop, and the sentences turned away."""
        for article_id, trace in self.articles.items():
            coded = self._coded[article_id]
            trace.finish(coded.events)
            for sentence in trace.sentences:
                sentence.text = coded.article.text[sentence.start:sentence.end]
                if sentence.status != "coded" and sentence.text in self.skipped:
                    sentence.status = "skipped"


@contextlib.contextmanager
def recording() -> Iterator[Recording]:
    """Record every candidate's fate while open (the caller's thread only: run the pipeline in
    this process). Patches the events stage's module-level names and restores them on exit."""
    rec = Recording()
    original = {name: getattr(stage, name) for name in ("code_sentence", "skipped", "story_act", "place_homes",
                                                        "MentionIndex", *FILTERS)}

    def mention_index(doc, *args, **kwargs):
        index = original["MentionIndex"](doc, *args, **kwargs)
        rec.indexes.append((doc, index))
        return index

    def code_sentence(coded, sentence, sentence_index, lexicon, index):
        rec.current = trace = rec.article(coded)
        sentence_trace = trace.sentences[sentence_index]
        sentence_trace.status = "coded"
        previous = sys.gettrace()
        sys.settrace(_Tracer(sentence_trace))
        try:
            return original["code_sentence"](coded, sentence, sentence_index, lexicon, index)
        finally:
            sys.settrace(previous)
            triggers = {c.start for c in sentence_trace.candidates}
            sentence_trace.word_types = {t.idx: entry_types(t, lexicon) for t in sentence}
            sentence_trace.unmet = {t.idx: unmet for t in sentence if t.idx not in triggers and
                                    sentence_trace.word_types[t.idx] and (unmet := unmet_requirements(t, lexicon))}
            for fate in sentence_trace.candidates:
                fate.entry_types = sentence_trace.word_types.get(fate.head, frozenset()) | {fate.lexicon_type} - {""}
            sentence_trace.words = [(t.idx, t.idx + len(t), t.lemma_.lower(),
                                     "trigger" if t.idx in triggers else word_status(t, lexicon), t.pos_)
                                    for t in sentence]

    def place_homes(coded, index, lexicon):  # called once per article with an actor, before its sentences
        rec.current = rec.article(coded)
        return original["place_homes"](coded, index, lexicon)

    def story_act(sentence, index, lexicon):
        result = original["story_act"](sentence, index, lexicon)
        if rec.current is not None and rec.current.sentences:
            for trace in rec.current.sentences:
                if trace.start == sentence.start_char and trace.end == sentence.end_char:
                    trace.names = _named(sentence, index)
        return result

    def skipped(text, seen, lexicon):
        result = original["skipped"](text, seen, lexicon)
        if result:
            rec.skipped.add(text)
        return result

    def filtered(name):
        def wrapper(events, *args):
            out = original[name](events, *args)
            if rec.current is not None:
                kept = {id(e) for e in out}
                for event in events:
                    if id(event) not in kept:
                        rec.current.removed.setdefault(id(event), name)
            return out
        return wrapper

    patches = {"code_sentence": code_sentence, "skipped": skipped, "story_act": story_act, "place_homes": place_homes,
               "MentionIndex": mention_index, **{name: filtered(name) for name in FILTERS}}
    for name, value in patches.items():
        setattr(stage, name, value)
    try:
        yield rec
    finally:
        for name in patches:
            setattr(stage, name, original[name])
        rec.finish()


def explain(text: str, *, date=None, resources=None) -> list[SentenceTrace]:
    """Code one text and return, per sentence, every candidate trigger and its fate."""
    from detente.pipeline import code_articles, make_article

    article = make_article(text, date=date, id="explain")
    with recording() as rec:
        coded = list(code_articles([article], resources=resources))
    trace = rec.articles.get(article.id)
    if trace is None:  # no sentence coded: every sentence turned away
        trace = ArticleTrace(sentences=[SentenceTrace(i, s.start, s.end, text=text[s.start:s.end],
                                                      status="skipped" if text[s.start:s.end] in rec.skipped
                                                      else "no actor")
                                        for i, s in enumerate(coded[0].sentences)] if coded else [])
    return trace.sentences
