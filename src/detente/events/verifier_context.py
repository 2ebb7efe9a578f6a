"""What the row verifier reads off the parse around a finished row (issue 13 item 5, round 23).

``row_features`` (``verifier.py``) sees the row alone; these features see the sentence the row
came from, cheaply (a walk up the dependency tree from each side's mention, the trigger's own
children, one dictionary look-up in the lexicon):

- ``source_rel`` / ``target_rel``: how each side's mention hangs from the trigger -- ``subj``
  (``nsubj``, ``nsubjpass``, ``csubj``), ``obj`` (``dobj``, ``attr``, ``dative``), ``pobj-<prep>``
  (the object of a preposition of the trigger: ``pobj-by``, ``pobj-in``, ``pobj-against``...),
  ``poss``, ``mod`` (``compound``, ``amod``, ``nmod``, ``npadvmod``), ``deep`` (further down the
  trigger's subtree), ``governs`` (the mention governs the trigger), ``apart`` (elsewhere in the
  sentence), ``inside`` (within the trigger's words), ``othersent``, ``none`` (no offsets).
  A conjunct or apposition is read through its first conjunct ("Russia and Ukraine agreed": both
  ``subj``); also per type (``type+source_rel``);
- ``family`` / ``family_types``: how many lexicon entries share the trigger's lemma and part of
  speech, and how many PLOVER types they give (an ambiguous word, ``call``, against a
  single-sense one, ``ambush``);
- ``negation`` (a negation word under the trigger the rules did not read as a negated row),
  ``modal`` (``speculative``: could, might, may, would, should, must; ``other``: will, can...),
  ``question`` (the sentence ends with ``?``), ``conditional`` (an if/unless clause on the
  trigger's path to the root or under it);
- ``open_rel``: an object (``obj``) or prepositional object (``pobj-<prep>``) of the trigger
  on neither side (per type, and whether the row has a target: "condemns the group" with no
  target);
- ``free_rel``: how each actor mention of the sentence that is on neither side hangs
  from the trigger (the same values; ``free:none`` when there is none) -- an object or a
  prepositional object left out is the target a row lacks, a subject left out its doer;
- ``tokens``: the sentence's length; ``same_type`` / ``sentence_rows``: how many other rows of the
  row's type, and rows in all, its sentence has.

The word lists are those the rules already read from ``semantics.yaml`` (``conditional.marks``,
``speculative_auxiliaries``, ``negation_words``).
"""

from __future__ import annotations

from bisect import bisect_right

from detente.records import Event
from detente.resources import bucket

SUBJECT = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"}
OBJECT = {"dobj", "obj", "attr", "dative", "oprd"}
MODIFIER = {"compound", "amod", "nmod", "npadvmod", "nummod"}
THROUGH = {"conj", "appos"}
PREPOSITION = {"prep", "agent"}
POS = {"VERB": "verb", "AUX": "verb", "NOUN": "noun", "PROPN": "noun", "ADJ": "adj"}
LENGTHS = (10, 20, 30, 45)


class Tokens:
    """Character offsets -> tokens of one parsed document (built once per article)."""

    def __init__(self, doc) -> None:
        self.doc = doc
        self.starts = [t.idx for t in doc]
        self.sentences = list(doc.sents)
        self.sentence_of = [0] * len(doc)  # token index -> sentence index (``Token.sent`` is slow)
        for n, sentence in enumerate(self.sentences):
            self.sentence_of[sentence.start:sentence.end] = [n] * (sentence.end - sentence.start)

    def sentence(self, token):
        return self.sentences[self.sentence_of[token.i]]

    def span(self, start: int | None, end: int | None) -> list:
        """The tokens overlapping ``[start, end)``."""
        if start is None or end is None or not self.starts:
            return []
        i = max(bisect_right(self.starts, start) - 1, 0)
        out = []
        while i < len(self.starts) and self.starts[i] < end:
            token = self.doc[i]
            if token.idx + len(token) > start:
                out.append(token)
            i += 1
        return out


def head_of(tokens: list):
    """The token of ``tokens`` whose head lies outside them (the first such)."""
    inside = {t.i for t in tokens}
    for token in tokens:
        if token.head.i not in inside or token.head.i == token.i:
            return token
    return tokens[0] if tokens else None


def relation(mention, trigger: set[int], trigger_head, tokens: Tokens) -> str:
    """How a mention's head token hangs from the trigger (the module's ``source_rel`` values)."""
    if mention is None:
        return "none"
    if mention.i in trigger:
        return "inside"
    if tokens.sentence_of[mention.i] != tokens.sentence_of[trigger_head.i]:
        return "othersent"
    node = mention
    while node.dep_ in THROUGH and node.head.i != node.i and node.head.i not in trigger:
        node = node.head
    path = [node]
    while path[-1].head.i != path[-1].i and path[-1].head.i not in trigger:
        path.append(path[-1].head)
    if path[-1].head.i not in trigger:  # the root reached: the mention is not under the trigger
        return "governs" if any(a.i == mention.i for a in trigger_head.ancestors) else "apart"
    child = path[-1]
    if len(path) == 1:
        dep = child.dep_
        if dep in SUBJECT:
            return "subj"
        if dep in OBJECT:
            return "obj"
        if dep == "poss":
            return "poss"
        if dep in MODIFIER:
            return "mod"
        return "other"
    if len(path) == 2 and child.dep_ in PREPOSITION:
        return f"pobj-{child.lower_}"
    return "deep"


def _side_relation(mention: list, trigger: set[int], trigger_head, tokens: Tokens) -> str:
    """``relation`` of a mention's tokens; a mention within the trigger's words ("attacked
    Ukraine") is read against the trigger's other words."""
    own = {t.i for t in mention}
    if trigger_head.i in own:
        return "inside" if mention else "none"
    return relation(head_of(mention), trigger - own, trigger_head, tokens)


def clause_marks(trigger_head, marks: frozenset[str]) -> bool:
    """An if/unless clause on the trigger's way to the root, or an adverbial one under it."""
    for node in (trigger_head, *trigger_head.ancestors):
        for child in node.children:
            if child.dep_ == "mark" and child.lower_ in marks:
                return True
    for child in trigger_head.children:
        if child.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in marks for c in child.children):
            return True
    return False


FREE = ("subj", "obj", "poss", "mod", "pobj-")


def free_relations(event: Event, mentions: list, tokens: Tokens, trigger: set[int], trigger_head) -> list[str]:
    """``free_rel`` of the resolved mentions of the row's sentence that are on neither side."""
    sides = [(p.start, p.end) for p in (*event.source, *event.target) if p.start is not None]
    sentence = tokens.sentence(trigger_head)
    out = set()
    for m in mentions:
        if m.start < sentence.start_char or m.end > sentence.end_char:
            continue
        if any(m.start < end and start < m.end for start, end in sides):
            continue
        rel = _side_relation(tokens.span(m.start, m.end), trigger, trigger_head, tokens)
        if rel.startswith(FREE):
            out.add(rel)
    return [f"free_rel:{r}" for r in sorted(out)] or ["free:none"]


def open_relations(event: Event, trigger_head, trigger: set[int], tokens: Tokens) -> list[str]:
    """``open_rel`` of the trigger's objects and prepositional objects on neither side."""
    taken = {t.i for p in (*event.source, *event.target) for t in tokens.span(p.start, p.end)} | trigger
    out = set()
    for child in trigger_head.children:
        if child.i in taken:
            continue
        if child.dep_ in OBJECT and child.pos_ in {"NOUN", "PROPN", "PRON"}:
            out.add("obj")
        elif child.dep_ in PREPOSITION:
            if any(g.dep_ == "pobj" and g.i not in taken for g in child.children):
                out.add(f"pobj-{child.lower_}")
    return sorted(out)


_WORDS: dict[int, tuple] = {}


def _words(lexicon) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The negation words, speculative auxiliaries and if-clause marks of ``semantics.yaml``,
    read once per lexicon."""
    cached = _WORDS.get(id(lexicon))
    if cached is None or cached[0] is not lexicon:
        semantics = lexicon.semantics
        cached = (lexicon, frozenset(semantics.get("negation_words", ())),
                  frozenset(semantics.get("speculative_auxiliaries", ())),
                  frozenset(semantics.get("conditional", {}).get("marks", ())))
        _WORDS[id(lexicon)] = cached
    return cached[1:]


def context_features(event: Event, events: list[Event], tokens: Tokens, lexicon,
                     mentions: list | None = None) -> list[str]:
    """The parse features of one row (``events``: every row of its article; ``mentions``: the
    article's actor mentions)."""
    words = tokens.span(event.trigger_start, event.trigger_end)
    trigger_head = head_of(words)
    same = sum(1 for e in events if e is not event and e.sentence == event.sentence and e.type == event.type)
    rows = sum(1 for e in events if e.sentence == event.sentence)
    out = [f"same_type:{bucket(same, (0, 1))}", f"sentence_rows:{bucket(rows, (1, 2))}"]
    if trigger_head is None:
        return [*out, "trigger:unparsed"]
    trigger = {t.i for t in words}
    for name, side in (("source", event.source), ("target", event.target)):
        rels = sorted({_side_relation(tokens.span(p.start, p.end), trigger, trigger_head, tokens) for p in side})
        for rel in rels:
            out += [f"{name}_rel:{rel}", f"type+{name}_rel:{event.type}+{rel}"]
    for rel in open_relations(event, trigger_head, trigger, tokens):
        out += [f"open_rel:{rel}", f"target+open_rel:{bool(event.target)}+{rel}"]
    if mentions is not None:
        free = free_relations(event, mentions, tokens, trigger, trigger_head)
        out += free + [f"target+{f}" for f in free if not event.target]
    family = lexicon.triggers.get((POS.get(trigger_head.pos_, "other"), trigger_head.lemma_.lower()), [])
    out.append(f"family:{bucket(len(family), (0, 1, 3, 9))}")
    out.append(f"family_types:{bucket(len({t.type for t in family}), (1, 2))}")
    negations, speculative, marks = _words(lexicon)
    for child in trigger_head.children:
        if child.dep_ == "neg" or (child.dep_ == "advmod" and child.lower_ in negations):
            out.append("negation")
        if child.tag_ == "MD":
            out.append(f"modal:{'speculative' if child.lower_ in speculative else 'other'}")
    sentence = tokens.sentence(trigger_head)
    if sentence.text.rstrip().rstrip("\"'”’)").endswith("?"):
        out.append("question")
    if clause_marks(trigger_head, marks):
        out.append("conditional")
    out.append(f"tokens:{bucket(len(sentence), LENGTHS)}")
    return out
