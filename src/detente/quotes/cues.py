"""The speech-cue lexicon (``data/cues.tsv``) and finding cues in a parsed sentence.

Cues are data: a verb is found by its written form (so the stage does not need spaCy's
lemmatizer) and only when spaCy tags it as a verb; a phrase (``according to``) by its words.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

from detente.errors import ResourceError
from detente.nlp import columns
from detente.quotes.fast import cue_word_positions
from detente.resources import word_list

VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"})
NOUN_TAGS = frozenset({"NN", "NNS"})
FRAMES = frozenset({"clause", "object", "source", "bare", "deciding", "back", "as-put", "manner"})
DECIDING_BODIES = word_list("quotes", "vocabulary.yaml", "deciding_bodies")
"""Subjects whose finding is their words: a cue of the ``deciding`` frame counts only under
one ("the court found", "the judge ruled")."""


@dataclass(frozen=True)
class CueEntry:
    """One lexicon row: ``say`` (verb, clause frame) or ``according to`` (phrase)."""

    entry: str
    kind: str
    frame: str


COLON_ENTRY = CueEntry(":", "punct", "source")
"""The colon of ``Name, Outlet: "..."`` lines: a built-in cue (punctuation is not a lexicon
entry)."""


@dataclass(frozen=True)
class Cue:
    """A cue found in a document: its entry and token range ``[start, end)``."""

    entry: CueEntry
    start: int
    end: int
    head: int
    """Token index of the word that carries the syntax (the verb, or ``according``)."""


@dataclass(frozen=True)
class CueLexicon:
    """Verb forms and phrases of ``cues.tsv``, indexed for one lookup per token."""

    verbs: dict[str, CueEntry]
    phrases: dict[str, list[tuple[tuple[str, ...], CueEntry]]]
    nouns: dict[str, CueEntry] = field(default_factory=dict)
    """Nouns that carry words (``statement``, ``tweet``): a quote they introduce is theirs,
    and whoever issued them speaks (``X released a statement: "..."``)."""
    sector_adjectives: dict[str, str] = field(default_factory=dict)
    """The actors stage's sector adjectives ("military": MIL; ``ActorTables.sector_adjectives``,
    shared by ``quotes.load``, not read again): the sector of an unnamed source."""

    def find(self, doc, start: int, end: int) -> list[Cue]:
        """Cues among tokens ``start..end`` of ``doc`` (a linear scan)."""
        found = []
        cols = columns(doc)
        lower, tags = cols.lower, cols.tag
        for i in cue_word_positions(self, lower, start, end):  # the tokens a cue may start at
            low = lower[i]
            entry = self.verbs.get(low)
            if entry is not None and tags[i] in VERB_TAGS:
                if _discourse_marker(doc, lower, i):
                    continue  # "That said, the council is working on ...": no one speaks
                if entry.frame == "deciding" and not _decided_by_a_body(doc[i]):
                    continue  # "the court found ..." is a finding; "police found a body" not
                if entry.frame == "back" and not _answered_back(doc[i]):
                    continue  # '"...," Roe shot back' is speech; "shot back at the gunmen" not
                if entry.frame == "manner" and (_reports_a_phrase(doc[i]) or not any(t.is_quote for t in doc[i].sent)):
                    continue  # "Business boomed across the city" after a quote is no speech: a manner verb
                    # speaks only in a sentence that holds a quote mark (round 24 review)
                if entry.frame == "manner" and _reports_a_phrase(doc[i]):
                    continue  # '"...?" Roe questioned' is speech; "questioned whether the
                    # plan was "fair"" reports a clause (its quote is a partial one)
                if entry.frame == "as-put" and not _as_put(doc[i]):
                    continue  # "As Roe put it, "..."" is speech; "put it on the shelf" not
                if entry.frame != "bare" or not any(
                        c.dep_ in ("dobj", "attr", "xcomp") for c in doc[i].children):
                    found.append(Cue(entry, i, i + 1, i))
                continue
            entry = self.nouns.get(low)
            if entry is not None and tags[i] in NOUN_TAGS:
                found.append(Cue(entry, i, i + 1, i))
                continue
            for words, phrase in self.phrases.get(low, ()):
                if end - i >= len(words) and all(lower[i + k] == w for k, w in enumerate(words)):
                    found.append(Cue(phrase, i, i + len(words), i))
        return found


DEMONSTRATIVES = frozenset({"that", "this"})
MARKER_OPENERS = frozenset({",", ";", "--", "—", "but", "and", "yet", "still", "so"})


def _discourse_marker(doc, lower, i: int) -> bool:
    """The cue verb is part of a discourse marker that opens a clause, not speech: "That
    said, ...", "This said, ...", "That being said, ...", "Needless to say, ...". The
    marker stands first in the sentence (or after a conjunction or comma) and a comma
    follows it."""
    if i + 1 >= len(lower) or lower[i + 1] != ",":
        return False
    before = lower[i - 1] if i >= 1 else None
    if before == "being" and i >= 2 and lower[i - 2] in DEMONSTRATIVES:
        first = i - 2  # "That being said,"
    elif before == "to" and i >= 2 and lower[i - 2] == "needless":
        first = i - 2  # "Needless to say,"
    elif before in DEMONSTRATIVES:
        first = i - 1  # "That said,"
    else:
        return False
    return first == 0 or doc[first].is_sent_start or lower[first - 1] in MARKER_OPENERS \
        or not lower[first - 1].strip()


def _answered_back(verb) -> bool:
    """``shot back``, ``fired back``, ``hit back`` as a retort (frame ``back``): the particle
    "back" on the verb and no object or "at" phrase ("police shot back at the gunmen", "hit
    back the ball" are acts); only in a sentence that holds a quote mark (the retort's own
    sentence: "the team hit back in the second half" near a quote is no cue; round-20 merge)."""
    return any(c.lower_ == "back" and c.dep_ in ("advmod", "prt") for c in verb.children) \
        and any(t.is_quote for t in verb.sent) and not any(c.dep_ in ("dobj", "pobj") or (c.dep_ == "prep" and c.lower_ == "at")
                    for c in verb.children)


def _reports_a_phrase(verb) -> bool:
    """A manner-of-speaking verb (frame ``manner``, round 24) with an object, or with a clause
    or phrase of its own that is not the quote itself (one opening on a quote mark is the
    quote: 'boomed, "Today ..."'): "questioned the figures", "questioned whether ...",
    "scoffed at the idea that ..." report no direct quote."""
    doc = verb.doc
    for c in verb.children:
        if c.dep_ in ("dobj", "attr", "xcomp"):
            return True
        if c.dep_ in ("ccomp", "prep", "advcl") and c.i > verb.i:
            left = c.left_edge.i
            opens = doc[left].is_quote or (left > 0 and doc[left - 1].is_quote)
            if not opens and any(t.is_quote for t in c.subtree):
                return True
    return False


def _as_put(verb) -> bool:
    """``as X put it`` (frame ``as-put``, round 24): the verb with the object "it" and the
    marker "as", the formula that hands the words after (or before) it to X; "put it on the
    shelf" or "she put it to the board" is no cue."""
    return any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children) \
        and any(c.lower_ == "as" and c.dep_ in ("mark", "advmod") for c in verb.children)


def _decided_by_a_body(verb) -> bool:
    """True when the verb's subject is a body that decides (a court, a judge, an inquiry:
    ``deciding_bodies`` of ``vocabulary.yaml``), so that its finding is its words."""
    for _ in range(3):  # "a judge agreed ... but ruled that": the conjuncts share a subject
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects or verb.dep_ != "conj":
            return any(_deciding(c) for c in subjects)
        verb = verb.head
    return False


def _deciding(subject) -> bool:
    """A deciding body, or a person titled or described as one ("Judge Ana Costa", "Ana
    Costa, the coroner")."""
    return subject.lemma_.lower() in DECIDING_BODIES or any(
        c.dep_ in ("compound", "appos") and c.lemma_.lower() in DECIDING_BODIES
        for c in subject.children)


def read_cues(path: Path) -> CueLexicon:
    """Load ``cues.tsv`` (comment lines start with ``#``).

    >>> from detente.resources import data_path
    >>> lexicon = read_cues(data_path("quotes", "cues.tsv"))
    >>> lexicon.verbs["said"].entry
    'say'
    """
    verbs: dict[str, CueEntry] = {}
    nouns: dict[str, CueEntry] = {}
    phrases: dict[str, list[tuple[tuple[str, ...], CueEntry]]] = {}
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    for row in csv.DictReader(lines, delimiter="\t"):
        if row["frame"] not in FRAMES or row["kind"] not in ("verb", "phrase", "noun"):
            raise ResourceError(f"{path.name}: bad row {row}; frame must be one of {sorted(FRAMES)}")
        entry = CueEntry(row["entry"], row["kind"], row["frame"])
        for form in row["forms"].split("|"):
            if row["kind"] in ("verb", "noun"):
                (verbs if row["kind"] == "verb" else nouns)[form] = entry
            else:
                words = tuple(form.split())
                phrases.setdefault(words[0], []).append((words, entry))
    return CueLexicon(verbs, phrases, nouns)
