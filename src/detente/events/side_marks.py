"""Evidence marks for round 29's side rules (round 29 review, f62): a row whose doer or target one
of these rules supplied says so in its ``rule``, as ``~home`` or ``~merged`` do, so a user can see
why a side is there.

- ``~plural``: a plural pronoun doer stood for its coordinated antecedent ("Chile and Peru announced
  the withdrawal of their troops": both withdraw; ``plurals.plural_doers``);
- ``~forces``: the owner of forces a passive says are moved -- their possessor or, with no owner
  named, the reporter ("Belgium says all troops will be withdrawn": Belgium; ``sources._moved_forces``);
- ``~stationed``: a withdrawal's place from a relative clause on its doer ("Chile, which has troops in
  Haiti, announced its withdrawal"; ``stationed.stationed_places``);
- ``~antecedent``: a country anaphor doer stood for the last country named before it ("North Korea
  fired missiles. The country also threatened Japan": North Korea; ``anaphors.referred_country``,
  round 32);
- ``~repeated``: a target in a repeated preposition ("sanctions against Russia and against Iran";
  ``arguments.repeated_prepositions``)."""

from __future__ import annotations

from detente.events.anaphors import ANAPHOR_RULE
from detente.events.plurals import plural_pronoun
from detente.records import Mention

__all__ = ["confirmed_repeated", "doer_marks", "repeated_mark"]


def doer_marks(sources: list[Mention], doc, moved: list[Mention]) -> str:
    """``~plural`` when a plural pronoun doer was widened to more than one country, ``~forces`` when the
    doers are the owners ``moved`` of passive moved forces (``sources._moved_forces``), ``~antecedent``
    when a doer stands for a country anaphor (``anaphors.referred_country``)."""
    marks = ""
    if len({m.actor.country for m in sources}) > 1 and any(plural_pronoun(m, doc) is not None for m in sources):
        marks += "~plural"  # "Chile and Peru ... their troops"
    if moved and _spans(sources) == _spans(moved):
        marks += "~forces"  # "all troops will be withdrawn", told by Belgium
    if any((m.rule or "").startswith(ANAPHOR_RULE) for m in sources):
        marks += "~antecedent"  # "North Korea fired missiles. The country also threatened Japan"
    return marks


def repeated_mark(token, targets: list[Mention]) -> str:
    """``~repeated`` when a target is the object of a preposition coordinated with one of the trigger's
    (or its object's) own ("imposed sanctions against Russia and against Iran": Iran)."""
    owners = [token, *(c for c in token.children if c.dep_ in ("dobj", "attr"))]
    ranges = [(min(t.idx for t in p.subtree), max(t.idx + len(t.text) for t in p.subtree))
              for o in owners for c in o.children if c.dep_ == "prep" for p in _repeated(c)]
    return "~repeated" if any(lo <= m.start and m.end <= hi for m in targets for lo, hi in ranges) else ""


def confirmed_repeated(marks: str, token, targets: list) -> str:
    """A row's side ``marks`` without ``~repeated`` when none of its final targets (after venues and the
    other filters of ``coder.code_sentence``) lies in a repeated preposition: "two car bombings near Mosul
    and in Kirkuk killed 30 people" marks its places, which are no targets (review r29e, f65)."""
    if "~repeated" not in marks or repeated_mark(token, [t for t in targets if t.start is not None]):
        return marks
    return marks.replace("~repeated", "")


def _repeated(prep) -> list:
    """The prepositions coordinated with ``prep`` (the parse hangs "and against Iran" on "against")."""
    out, frontier = [], [prep]
    while frontier:
        for c in frontier.pop().children:
            if c.dep_ == "conj" and c.pos_ == "ADP":
                out.append(c)
                frontier.append(c)
    return out


def _spans(mentions: list[Mention]) -> set[tuple[int, int]]:
    return {(m.start, m.end) for m in mentions}
