"""Why a required gold triple got no row: the fate of the nearest candidate trigger in its sentence.

Used by ``detente evaluate events --gold gold/events/``: the articles are coded inside
:func:`detente.events.explain.recording` (the CLI passes it as ``tracing``: an evaluator imports no
stage module), and each missed required triple (``trace``: its article's
``detente.events.explain.ArticleTrace``) is put in one class
(counts only: the table is an aggregate, safe to read for held-out and check halves):

- ``sentence not located``: the gold record's sentence is not found in the article text;
- ``article: no actor`` / ``article: a sports or entertainment story``: the events stage stopped
  before the article's sentences (no resolved actor at all; a story discard phrase);
- ``sentence: no actor, names WHAT`` / ``sentence: skipped``: the events stage did not code the
  sentence (no resolved actor in it -- WHAT it names instead, ``explain.SentenceTrace.names``; a
  question, a repeat or a discard phrase);
- ``row of the type: source`` / ``row of the type: target``: a row of the gold type survived in the
  sentence, with another source country (or none), or the right source and another target;
- ``no trigger: STATUS``: no candidate at the gold trigger's words and none of the gold type in the
  sentence; STATUS is the status (``miss_kinds.word_status``) of the first verb, noun or adjective of
  the gold trigger phrase (else the nearest to a trigger of its words): ``complement missing``
  (every lexicon entry of the word requires a complement not there), ``unmatched``, ``in a name``,
  ``other part of speech`` (entries only for another one), ``not in lexicon``;
- ``trigger of another type``: the candidate at the trigger word has another lexicon type and coded
  no row of the gold type (for a gold record with no trigger text, the PLOVER records: the
  sentence has candidates, none of the gold type; ``no trigger``: it has none);
- otherwise the fate of the candidate of the gold type (at the trigger word first): ``inner``,
  ``decide: GUARD``, ``no source``, ``code_trigger: GUARD``, ``code_sentence: TEST``, ``no
  interaction``, ``deduplicated``, ``removed: FILTER``, ``coded as another type``.
"""

from __future__ import annotations

from collections import Counter

from detente.evaluate.wrongs import locate as _locate

PROGRESS = ("inner", "not reached", "decide", "no source", "code_trigger", "code_sentence", "no interaction",
            "deduplicated", "removed", "row")
"""Candidate fates from the earliest drop to a written row: of several candidates of the gold
type, the one that went furthest is the nearest."""


def stage_of(cause: str) -> str:
    """The coarse class of a detailed cause ("decide: guards.grounds" -> "decide")."""
    return cause.split(":")[0]


def _progress(fate) -> int:
    head = stage_of(fate.fate)
    return PROGRESS.index(head) if head in PROGRESS else 0


def miss_cause(triple: tuple, accepts: set, sentence: str, trigger: str, text: str,
               trace, rows: list, symmetric: frozenset[str]) -> str:
    """The class of one missed required triple (see the module docstring). ``rows``: the
    article's final rows."""
    span = _locate(text, sentence)
    if span is None:
        return "sentence not located"
    if trace is None:
        return "article: no actor"  # the events stage stopped before its sentences
    sentences = [s for s in trace.sentences if s.start < span[1] and s.end > span[0]]
    coded = [s for s in sentences if s.status == "coded"]
    if not coded:
        if any(s.status == "skipped" for s in sentences):
            return "sentence: skipped"
        if not sentences[0].names:  # the sentence loop never ran
            return "article: a sports or entertainment story"
        return f"sentence: no actor, names {sentences[0].names}"
    types = {a[0] for a in accepts}
    indices = {s.index for s in coded}
    same_type = [e for e in rows if e.sentence in indices and e.type in types and not e.negated]
    if same_type:
        sources = {a[1] for a in accepts} | {a[2] for a in accepts if a[0] in symmetric}
        if not any((p.country or None) in sources for e in same_type for p in e.source) and \
                not (None in sources and any(not e.source for e in same_type)):
            return "row of the type: source"
        return "row of the type: target"
    at = _trigger_span(text, span, trigger)
    candidates = [c for s in coded for c in s.candidates]
    at_trigger = [c for c in candidates if at and c.start < at[1] and c.end > at[0]]
    typed = [c for c in at_trigger if c.lexicon_type in types or c.coded in types] or \
        [c for c in candidates if c.lexicon_type in types or c.coded in types]
    if typed:
        best = max(typed, key=_progress)
        if best.fate == "row":
            return "coded as another type"
        return best.fate
    if at_trigger:
        return "trigger of another type"
    if at is None and not trigger.strip():  # a gold record with no trigger text (PLOVER)
        return "trigger of another type" if candidates else "no trigger"
    return _no_trigger(coded, at)


def _trigger_span(text: str, span: tuple[int, int], trigger: str) -> tuple[int, int] | None:
    trigger = (trigger or "").strip()
    if not trigger:
        return None
    at = text.find(trigger, span[0], span[1] + len(trigger))
    if at < 0:
        at = text.lower().find(trigger.split()[0].lower(), span[0], span[1])
        return (at, at + len(trigger.split()[0])) if at >= 0 else None
    return at, at + len(trigger)


CONTENT = frozenset({"VERB", "NOUN", "ADJ"})
"""Parts of speech of the word of a gold trigger phrase whose status counts: its first one."""

NEAREST_STATUS = ("complement missing", "unmatched", "in a name", "other part of speech", "not in lexicon")
"""Word statuses (``miss_kinds.word_status``) of the gold trigger's words, the nearest to a trigger first."""


def _no_trigger(coded: list, at: tuple[int, int] | None) -> str:
    if at is None:
        return "no trigger: word not located"
    words = [w for s in coded for w in s.words if w[0] < at[1] and w[1] > at[0]]
    head = next((w for w in words if w[4] in CONTENT), None)  # "is accused of": accused
    if head is not None:
        return "no trigger: " + head[3]
    found = {w[3] for w in words}
    return "no trigger: " + next((status for status in NEAREST_STATUS if status in found), "not in lexicon")


def cause_tables(causes: Counter) -> tuple[list[list], list[list]]:
    """Rows of the coarse table (stage, n) and of the detailed table (cause, n)."""
    coarse = Counter()
    for cause, n in causes.items():
        coarse[stage_of(cause)] += n
    return [[k, v] for k, v in coarse.most_common()], [[k, v] for k, v in causes.most_common()]


# ---------------------------------------------------------------- type misses by mechanism (PLOVER)

TYPED_FATES = (("row", "typed: coded as another type"), ("no source", "typed: no source"),
               ("inner", "typed: inner of an outer trigger"), ("no interaction", "typed: no target"),
               ("code_sentence", "typed: no target"))
"""A candidate of the gold type that wrote no row of it: its fate's class (any other fate -- a
guard of ``decide`` or ``code_trigger``, deduplication, an article filter -- is ``typed: guard or
dedup``)."""


def _words_at(coded: list, text: str, span: tuple[int, int], phrase: str) -> list[tuple[int, set]]:
    """(start, entry types) of the sentence's words that are words of the gold trigger phrase."""
    wanted = {w.lower().strip(".,;:'\"()") for w in (phrase or "").split()} - {""}
    out = []
    for s in coded:
        for start, end, lemma, _status, _pos in s.words:
            if span[0] <= start < span[1] and (text[start:end].lower() in wanted or lemma in wanted):
                out.append((start, s.word_types.get(start, frozenset())))
    return out


def _unmet(coded: list, words: list, types: set) -> str:
    """`` (KIND STATE)``: what the gold words' entries of the gold type wanted (``explain.
    unmet_requirements``) -- ``other word`` first (a complement of the kind is there with words the
    entry does not list), else ``absent``."""
    found = {(kind, state) for s in coded for start, _types in words
             for type_, kind, state in s.unmet.get(start, ()) if type_ in types}
    if not found:
        return ""
    kind, state = min(found, key=lambda f: (f[1] != "other word", f[0]))
    return f" ({kind} {state})"


def type_mechanism(accepts: set, sentence: str, trigger: str, text: str, trace, rows: list) -> tuple[str, str] | None:
    """Why a missed gold event of a coded sentence got no row of its type, by mechanism, and the
    type pair ``GOLD -> CODED`` (the types of the sentence's rows, ``no row`` for none); None when
    the sentence was not coded. Mechanisms (``trigger``: the gold event's words, PLOVER's
    ``eventText``):

    - ``typed: ...``: a candidate of the gold type fired and wrote no row of it (``TYPED_FATES``);
    - ``entry lost: another entry of the word won``: no candidate of the gold type, but a
      candidate's word has a lexicon entry of the gold type -- the entry that matched first was
      another one;
    - ``trigger word: entry of the type unmatched (KIND STATE)`` (its entries of the gold type want a
      complement that is not there; KIND STATE: ``_unmet``), ``trigger word: fired with another type only`` (a candidate at the gold
      words, none of whose word's entries has the gold type: the lexicon lacks the sense),
      ``trigger word: entries of other types only`` (unmatched), ``trigger word: not in lexicon``
      -- the gold event's own words, no candidate of the type at them;
    - ``other word: entry of the type unmatched``: the gold words were not found or have no entry of
      the type, but another word of the sentence has one and did not match;
    - ``no entry of the type in the sentence``.

    Each but ``typed`` ends in ``, another word fired`` when the sentence has a candidate of another
    type, else ``, nothing fired``."""
    span = _locate(text, sentence)
    if span is None or trace is None:
        return None
    coded = [s for s in trace.sentences if s.start < span[1] and s.end > span[0] and s.status == "coded"]
    if not coded:
        return None
    types = {a[0] for a in accepts}
    gold = "/".join(sorted(types)) if len(types) < 3 else "INVESTIGATE"
    written = sorted({e.type for e in rows if any(s.start <= e.trigger_start < s.end for s in coded)})
    pair = f"{gold} -> {'+'.join(written) or 'no row'}"
    candidates = [c for s in coded for c in s.candidates]
    typed = [c for c in candidates if c.lexicon_type in types or c.coded in types]
    if typed:
        best = max(typed, key=_progress)
        head = stage_of(best.fate)
        label = next((label for fate, label in TYPED_FATES if head == fate), "typed: guard or dedup")
        if head == "inner":  # the outer trigger's type: which predicate the sentence was coded by
            outer = next((c for c in candidates if c.head != best.head and best.outer and
                          c.trigger.startswith(best.outer)), None)
            label += f" ({(outer.coded or outer.lexicon_type or 'intent') if outer else '?'})"
        return label, pair
    fired = ", another word fired" if candidates else ", nothing fired"
    if any(c.entry_types & types for c in candidates):
        return "entry lost: another entry of the word won" + fired, pair
    at = _words_at(coded, text, span, trigger)
    candidate_starts = {c.head for c in candidates}
    if at:
        own = [w for w in at if w[0] not in candidate_starts]
        if any(w[1] & types for w in own):
            return "trigger word: entry of the type unmatched" + _unmet(coded, own, types) + fired, pair
    others = [types_ for s in coded for start, types_ in s.word_types.items()
              if start not in candidate_starts and types_ & types]
    if others:
        return "other word: entry of the type unmatched" + fired, pair
    if at:
        if any(w[0] in candidate_starts for w in at):
            return "trigger word: fired with another type only", pair  # the lexicon lacks the sense
        if any(w[1] for w in at):
            return "trigger word: entries of other types only" + fired, pair
        return "trigger word: not in lexicon" + fired, pair
    return "no entry of the type in the sentence" + fired, pair


ACTORLESS = ("sentence: no actor", "article: no actor", "no source")
"""Miss causes split by the mention in the source's place (``source_mention_class``)."""


def source_mention_class(cause: str, sentence: str, trigger: str, text: str, recording,
                         source: str | None = "") -> str | None:
    """For a miss with no actor or no source (``ACTORLESS``): ``CAUSE | KIND | gold source
    SIDE``, SIDE ``none`` when the gold row has no source country (an unnamed doer: no actor
    resolution can give it) else ``a country``; KIND what stands
    where the gold source would be (``detente.events.miss_kinds.source_mention``: an unresolved name
    of a person, organisation or place, a common noun of a state body or a crowd, a pronoun,
    nothing ...); None for the other causes. Counts only, like the cause tables."""
    head = next((a for a in ACTORLESS if cause.startswith(a)), None)
    if head is None or recording is None:
        return None
    span = _locate(text, sentence)
    at = _trigger_span(text, span, trigger) if span else None
    kind = recording.source_mention(text, *at) if at else "trigger not located"
    return f"{head} | {kind} | gold source {'a country' if source else 'none'}"
