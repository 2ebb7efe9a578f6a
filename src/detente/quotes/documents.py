"""Documents, posts and outlets at a cue: a document that is itself the subject of the cue ("the
email said", whose issuer speaks), an outlet that quotes someone "as saying", and the words of a
speaking document. ``attribute.QuoteAttributor`` reads these beside ``subjects.subject_of``.

Moved unchanged out of ``subjects.py`` (round 21 merge); ``subjects`` keeps ``is_document``,
``verb_subject`` and ``quoted_as_saying``, which both use.
"""

from __future__ import annotations

from detente.quotes.cues import Cue
from detente.quotes.statements import outside_quotes
from detente.quotes.subjects import (
    QUOTING_VERBS,
    is_document,
    quoted_as_saying,
    speaker_span,
    verb_subject,
)

DOCUMENT_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def speaking_document(doc, cue: Cue, quoted: list[tuple[int, int]] = ()):
    """The document, post or medium that is itself the subject of the cue ("the email
    said", "The email from X to Y asks", "the email" as a noun cue that is the subject of
    its verb), whose issuer ``subject_of`` gives as the speaker; None otherwise (a phrase
    cue, a quoting verb's object, a document someone "released" or answered). The words at
    the cue are the document's: PolNeAR's source span, while the speaker's name and actor
    stay the issuer's (``document_span``)."""
    if cue.entry.kind == "phrase":
        return None
    if cue.entry.kind == "noun":
        noun = doc[cue.head]
    else:
        if cue.entry.entry in QUOTING_VERBS and any(
                c.dep_ in ("dobj", "nsubjpass") and outside_quotes(c, quoted)
                for c in doc[cue.head].children):
            return None
        noun = verb_subject(doc, cue, quoted)
    if not is_document(noun) or noun.dep_ not in DOCUMENT_SUBJECT_DEPS \
            or noun.head.pos_ not in ("VERB", "AUX") or not outside_quotes(noun, quoted):
        return None
    return noun


def relaying_outlet(doc, cue: Cue, quoted: list[tuple[int, int]] = ()):
    """The outlet that quotes someone "as saying" ("the RBK news website quoted Ms. Roe, the
    editor, as saying"): the subject of an active quoting verb whose object ``subject_of``
    gives as the speaker. The words at the cue are the outlet's (PolNeAR's source), while
    the speaker's name and actor stay the person quoted; None otherwise (a passive "was
    quoted by", a pronoun subject). The cue may be the quoting verb ('"...," the website
    quoted X as saying') or the "saying" of its "as" phrase when the quote follows it ("An
    early tweet quoted the president as saying "...""; round 20)."""
    if cue.entry.kind != "verb":
        return None
    verb = doc[cue.head]
    if cue.entry.entry not in QUOTING_VERBS:
        if verb.dep_ != "pcomp" or quoted_as_saying(verb) is None:
            return None
        verb = verb.head.head  # "quoted the president as saying": the quoting verb
    if not any(c.dep_ == "dobj" and outside_quotes(c, quoted) for c in verb.children):
        return None
    outlet = next((c for c in verb.children if c.dep_ == "nsubj" and outside_quotes(c, quoted)), None)
    if outlet is None or outlet.pos_ == "PRON":
        return None
    return outlet


def document_span(noun, issuer) -> tuple[int, int]:
    """Token range of a speaking document's words: its modifiers to the left and the noun,
    run on to the issuer when the issuer is named inside the document's phrase ("The email
    from Clinton aide Neera Tanden to ...")."""
    left, right = speaker_span(noun)
    right = noun.i + 1
    if issuer is not None and noun.left_edge.i <= issuer.i <= noun.right_edge.i:
        right = max(right, speaker_span(issuer)[1])
    return left, right
