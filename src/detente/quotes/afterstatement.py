"""A partial quote in a sentence with no cue, right after a speaker's statement: the speaker's
words go on (issue 14, round 32, branch q68).

News reports a speech in sentences that alternate between cued and uncued ones: ``Roe said
the depot would close in May. Any new plan must "protect the jobs" of the drivers.`` The
second sentence has no verb of speech, but the quoted words are still Roe's: the writer goes
on reporting what she said. ``continuation.follows`` already gives a quote that opens such a
sentence to the statement's speaker; this module does the same for a quote inside it, which
``direct.attribute`` otherwise drops as a term (short) or leaves without a cue (long).

A quote qualifies (``in_narration``) when it is two words or more, begins in lower case, reads
as no name, title or gloss (``partial.named_or_term``), stands after its sentence's main verb
or holds it (a phrase in the subject is a name: ``Tenants in the "old quarter" agree``) and
qualifies no noun outside the marks (``for "voter identification" calls``: a term), its
sentence does not open the paragraph and names no person, body, country or group outside the
marks (they could be the ones speaking). Round 32 review (branch f79): nor has a subject with a
voice or words of its own (``_voiced_subject``: "Managers are worried ...", "The treaty commits
...", "She is expected to face ..."), and the quote is no term (``_term``: "years of "shuttle
diplomacy"", a compound noun). Its speaker (``statement_before``) is that of the
quote or reported statement right before it, when that lies in the sentence just before, in
the same paragraph, with a named speaker. The rule is ``direct:after-statement``; the speaker
keeps the statement's evidence (its rule gains ``+after-statement``)."""

from __future__ import annotations

from detente.quotes.attribution import Attribution, token_range
from detente.quotes.marks import QuotedSpan
from detente.quotes.partial import named_or_term
from detente.quotes.rolewords import role_words
from detente.quotes.statements import document_words
from detente.records import Quote
from detente.resources import word_list

RULE = "direct:after-statement"
MIN_WORDS = 2
"""A one-word quote in narration is too often a term or a scare quote ("the "reform"")."""
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "appos"})
"""A quote hung on a noun outside it as one of these qualifies that noun: a term."""
OTHER_VOICES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
"""Entities that, named in the sentence outside the marks, could be the ones speaking."""
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
RAISING_VERBS = frozenset({"expect", "set", "believe", "think", "say", "report", "understand", "know",
                           "forecast", "predict", "project", "tip", "slate", "schedule", "rumour",
                           "rumor", "poise"})
"""Passives of a writer's forecast or hearsay ("is expected to", "is said to"): their subject
speaks no one's words; a purpose passive ("are intended to", "is designed to") keeps the rule
(review r32f, bug 4)."""
VOICE_TEXTS = word_list("quotes", "vocabulary.yaml", "legal_texts")
"""Laws, treaties, bills: texts whose own wording a quote in their sentence can be (beside the
authored documents and statement nouns of ``statements.document_words``)."""
RELATION_NOUNS = word_list("quotes", "vocabulary.yaml", "relation_nouns")
"""Friends, critics, rivals, opponents: people the sentence names by their relation to
someone ("His opponents think ..."), so voices of their own."""


def in_narration(doc, span: QuotedSpan) -> bool:
    """The quote is a speaker's phrase inside a sentence with no voice of its own (see the
    module's docstring); the caller checks that the sentence has no cue."""
    rng = token_range(doc, span.start, span.end)
    if rng is None:
        return False
    first, last = rng
    words = [t for t in doc[first:last] if not (t.is_punct or t.is_space)]
    if len(words) < MIN_WORDS or not words[0].is_lower or named_or_term(doc, first, last):
        return False
    sent = doc[first].sent
    opening = next((t for t in sent if not (t.is_space or t.is_quote)), None)
    if opening is None or opening.i >= first or _sentence_before(doc, sent) is None:
        return False  # a quote that opens its sentence is ``continuation.follows``'s
    root = sent.root
    if root.i >= first and not root.i < last:
        return False  # a phrase before the main verb: in the subject, a name or a place
    if any(t.dep_ in MODIFIER_DEPS and not first <= t.head.i < last for t in words):
        return False  # 'for "voter identification" calls': a term that qualifies a noun
    if _term(doc[first:last], first, last):
        return False
    outside = [t for t in sent if not first - 1 <= t.i <= last]
    return not any(t.ent_type_ in OTHER_VOICES for t in outside) \
        and not any(_voiced_subject(t) for t in outside if t.dep_ in SUBJECT_DEPS)


def _voiced_subject(subject) -> bool:
    """A subject outside the marks that has a voice or words of its own, so the quote may be
    its words and not the previous speaker's (round 32 review, branch f79): a person or body
    noun ("Managers are worried the walkout could be "..."", ``role_words``), a relation noun
    ("His opponents think ..."), a document or legal text ("The treaty commits both sides to
    "..."", "The inspectors' report found that "...""), or a noun owned by one of those or by
    a named entity ("The union's members had voted for "...""); or the subject of a raising
    passive ("She is expected to face "..."": the writer's forecast, no one's words)."""
    if subject.dep_ == "nsubjpass" and subject.head.lemma_ in RAISING_VERBS \
            and any(c.dep_ == "xcomp" for c in subject.head.children):
        return True
    return _voice_noun(subject) or any(
        c.dep_ == "poss" and (_voice_noun(c) or c.ent_type_ in OTHER_VOICES)
        for c in subject.children)


def _voice_noun(token) -> bool:
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    roles = role_words()
    for word in {token.lower_, token.lemma_.lower()}:
        role = roles.get(word)
        if (role is not None and role.kind != "name") or word in RELATION_NOUNS \
                or word in VOICE_TEXTS or word in document_words():
            return True
    return False


TERM_PREPOSITION_HEADS = frozenset({"NOUN", "PROPN"})


def _term(words, first: int, last: int) -> bool:
    """A quoted phrase that names a thing rather than goes on in anyone's words (round 32
    review, branch f79): the object of a preposition inside a noun phrase ("years of "shuttle
    diplomacy"", "the calculation of "road load"", "a chapter in a long "war of words"") or
    of "as" ("what staff see as "..."": a characterisation, the clause's subject's), or the
    subject of a clause ("after a "cooling off period" ends")."""
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") for t in words):
        return False  # a clause of its own: words, not a term
    roots = [t for t in words if not first <= t.head.i < last and not (t.is_punct or t.is_space)]
    if len(roots) != 1:
        return False
    root = roots[0]
    if root.dep_ in SUBJECT_DEPS or _compound_noun(words, root):
        return True
    prep, owner = root.head, root.head.head
    return root.dep_ == "pobj" and (prep.lower_ == "as" or owner.pos_ in TERM_PREPOSITION_HEADS or (
        owner.pos_ == "ADJ" and any(c.dep_ == "det" for c in owner.children)))  # "the first under"


def _compound_noun(words, root) -> bool:
    """A quoted noun (``_term`` has already refused quotes with a verb of their own), made a
    compound by a noun or a participle before it ("shuttle diplomacy", "a "cooling off period"",
    "unsafe staffing levels"): a term. An adjective alone ("the "unfair taxes"") may be the
    speaker's judgement and stays."""
    if root.pos_ not in ("NOUN", "PROPN"):
        return False
    return any(c.dep_ == "compound" or (c.dep_ == "amod" and c.pos_ == "VERB")
               for c in root.children if c in words)


def short_in_narration(doc, span: QuotedSpan, has_cue: bool) -> Attribution | None:
    """An attribution with no cue (rule ``RULE``) for a short quote that ``in_narration``
    accepts in a sentence with no cue; the speaker is found later (``statement_before``)."""
    if has_cue or not in_narration(doc, span):
        return None
    return Attribution(span, None, RULE)


def statement_before(doc, span: QuotedSpan, previous: Quote | None) -> Quote | None:
    """The quote or reported statement right before ``span`` whose speaker goes on: it lies
    in the sentence just before the quote's, in the same paragraph, and its speaker is
    named. None otherwise."""
    if previous is None or previous.speaker is None or not previous.speaker.name \
            or previous.end > span.open_mark:
        return None
    rng = token_range(doc, span.start, span.end)
    if rng is None:
        return None
    before = _sentence_before(doc, doc[rng[0]].sent)
    if before is None:
        return None
    inside = before.start_char <= previous.start < before.end_char or (
        previous.cue_start is not None and before.start_char <= previous.cue_start < before.end_char)
    return previous if inside else None


def _sentence_before(doc, sent):
    """The sentence before ``sent`` in the same paragraph, ending in ".", "!" or "?", maybe
    with a closing quote mark after it (its part
    in this paragraph when the parser ran it over a break); None when ``sent`` opens its
    paragraph (as ``cueless``'s, which cannot be imported here: it imports ``direct``)."""
    if sent.start == 0 or "\n" in doc[sent.start - 1].text_with_ws:
        return None
    before = doc[sent.start - 1].sent
    breaks = [t.i for t in before if "\n" in t.text_with_ws]
    if breaks:
        before = doc[breaks[-1] + 1:sent.start]
    last = [t for t in before if not t.is_space]
    while last and last[-1].is_quote and last[-1].text != "'":
        last.pop()  # 'X said: "We tried everything."' (round 32 review, branch f79)
    return before if last and last[-1].text in (".", "!", "?") else None
