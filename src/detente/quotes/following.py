"""Cues in the sentence after a quote that no cue of its own sentence attributes: which of them
may take the quote (``"We are ready." Ames said.``) and which speak of something else.

A cue there attributes the quote before it only when it is bare (no reported clause or object
of its own: ``he said.``), names no earlier words (``after these remarks``), does not point
ahead to a colon (``She went on to say:``) and is no part of another cue's reported clause
(``He added that the talks would continue``). Moved out of ``direct`` in issue 14 round 29.
"""

from __future__ import annotations

from detente.quotes.anaphora import referred_back
from detente.quotes.cues import Cue


def following_cues(doc, cues: list[Cue], end: int) -> list[Cue]:
    """The cues of ``cues`` (found in the sentence after a quote, up to token ``end``) that
    may attribute that quote.

    >>> # '"We are ready." He added that talks would continue.': neither "added" (a clause
    >>> # of its own) nor "continue" (inside that clause) takes the quote
    """
    return [c for c in cues if _bare(doc, c) and not referred_back(doc, c)
            and not _points_ahead(doc, c, end) and not _reported_in(doc, c, cues)]


def _points_ahead(doc, cue: Cue, end: int) -> bool:
    """A cue whose clause closes on a colon ("She went on to say:"): it introduces the words
    after it, so it is no cue of a quote before it (round 20)."""
    for token in doc[cue.end:end]:
        if token.is_space:
            continue
        if token.text == ":":
            return True
        if token.is_quote or token.text in (".", "!", "?"):
            return False
    return False


ADDRESSEE_CUES = frozenset({"tell"})
"""Cues whose object is the one spoken to ("he told me"), not the words."""


def _bare(doc, cue: Cue) -> bool:
    """A cue with no reported clause of its own (``he said.``, and ``he told me.``: the
    object of ``tell`` that is a personal pronoun or a named person is the addressee, not
    the words; round 20)."""
    for c in doc[cue.head].children:
        if c.dep_ in ("ccomp", "xcomp"):
            return False
        if c.dep_ == "dobj" and not (cue.entry.entry in ADDRESSEE_CUES and (
                c.tag_ == "PRP" or c.ent_type_ == "PERSON")):
            return False
    return True


def _reported_in(doc, cue: Cue, cues: list[Cue]) -> bool:
    """A cue verb inside the reported clause of another cue of its sentence ("He added that
    the talks would continue"): it is part of what is reported, not a speech act of its own, so
    it is no cue of a quote before that sentence (issue 14, round 29)."""
    heads = {c.head for c in cues if c.entry.kind == "verb"}
    if _person_subject(doc, cue):
        return False  # "Aides said she insisted.": her speech act, reported (round 29, f63)
    token = doc[cue.head]
    while token.head.i != token.i:
        if token.dep_ == "ccomp" and token.head.i in heads:
            return True
        token = token.head
    return False


PERSONAL_PRONOUNS = frozenset({"i", "you", "he", "she", "we", "they"})


def _person_subject(doc, cue: Cue) -> bool:
    """A cue whose subject is a person -- a personal pronoun, a person's name or a role noun
    ("Aides said she insisted", "Officials said Holt insisted", "... said the minister
    insisted"): a speech act the outer cue reports, which may still take the quote before it;
    "the talks would continue" has no such subject."""
    from detente.quotes.rolewords import role_words

    for c in doc[cue.head].children:
        if c.dep_ not in ("nsubj", "nsubjpass"):
            continue
        if c.lower_ in PERSONAL_PRONOUNS or c.ent_type_ == "PERSON":
            return True
        role = role_words().get(c.lemma_.lower()) or role_words().get(c.lower_)
        return role is not None and role.kind in ("person", "head")
    return False
