"""Quotes with no cue of their own: whose words a careful reader takes them for.

Features and profiles go on in the words of whom they just described, a first-person phrase
reproduces its sentence's subject's own words, and a paragraph that is all quote follows the
sentence that announced a statement or post. Each helper returns the token heading the
speaker (``attribute._Builder`` resolves it) or None.
"""

from __future__ import annotations

import re

from detente.nlp import doc_text
from detente.quotes.attribution import token_range
from detente.quotes.direct import message_line
from detente.quotes.statements import statement_words
from detente.resources import word_list

FOLLOW_WORDS = 4
"""A quote with no cue this long, right after a reported statement, goes on with it."""


PERSON_PRONOUNS = frozenset({"he", "she"})


def _cueless_opening(doc, span):
    """The sentence before a quote of ``FOLLOW_WORDS`` or more words that opens a sentence
    (not the first) of the same paragraph; None otherwise."""
    rng = token_range(doc, span.open_mark, span.end) if span is not None else None
    if rng is None or len(doc[rng[0]:rng[1]]) < FOLLOW_WORDS:
        return None
    sent = doc[rng[0]].sent
    if sent.start != rng[0] or sent.start == 0:
        return None
    return _sentence_before(doc, sent)


def narrator(doc, span, quoted: list[tuple[int, int]]):
    """The subject of the sentence right before a quote with no cue that opens a sentence of
    the same paragraph, when it is a person (a name, or ``he``/``she``): features and
    profiles go on in the words of whom they just described ("Underwhelmed with her role,
    she left the series. "This is not what I wanted ...""). None otherwise."""
    before = _cueless_opening(doc, span)
    if before is None:
        return None
    root = before.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or any(a <= subject.i < b for a, b in quoted):
        return None
    if subject.lower_ in PERSON_PRONOUNS or subject.ent_type_ == "PERSON":
        return subject
    return None


def named_before(doc, span, quoted: list[tuple[int, int]], names):
    """The last token of the sentence right before a quote that opens a sentence of the same
    paragraph that is a word of a name in ``names`` (not a place); None when there is none."""
    before = _cueless_opening(doc, span)
    if before is None:
        return None
    return next((t for t in reversed(before) if t.text in names and t.is_title  # a name the
                 and t.ent_type_ not in ("GPE", "NORP")  # tagger may take for an ORG
                 and not any(a <= t.i < b for a, b in quoted)), None)


FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|my|me|mine|myself|we|we're|we've|our|"
                          r"ours|us)\b", re.I)
"""First-person words: a quoted phrase holding one is somebody's own words, not a term."""


def own_words_of(doc, span, quoted: list[tuple[int, int]]):
    """The person whose own words a first-person quote with no cue reproduces ("Tipton looked
    at the role as a "chance to face my demons,"", "Lisa Mancini has been cosplaying for two
    years, her "passion" for the hobby "stemmed through my love for Halloween.""): the
    subject of the quote's sentence, else of the sentence before it in the same paragraph,
    when it is a person (a name, or he/she); None otherwise, and for a quote that opens its
    sentence or follows a colon, or lies in a reported clause."""
    rng = token_range(doc, span.open_mark, span.end) if span is not None else None
    if rng is None or not FIRST_PERSON.search(doc_text(doc)[span.start:span.end]) \
            or "I" == doc_text(doc)[span.start:span.end].strip():
        return None
    sent = doc[rng[0]].sent
    before = doc[rng[0] - 1] if rng[0] > sent.start else None
    while before is not None and before.is_quote and before.i > sent.start:
        before = doc[before.i - 1]
    if before is None or before.is_quote or before.text == ":":
        return None  # only a phrase embedded in narration, not a sentence of its own
    if _reported(doc[rng[0]], rng):
        return None  # "assured supporters that the review would "reach ... my emails"": a
    sents = [sent]  # reported clause, attributed (or not) as a whole
    if sent.start > 0 and not any("\n" in t.text for t in doc[sent.start - 1:sent.start]):
        sents.append(doc[sent.start - 1].sent)
    for one in sents:
        if any("\n" in t.text for t in one) and one is not sent:
            break
        subject = next((c for c in one.root.children if c.dep_ == "nsubj"), None)
        if subject is None or any(a <= subject.i < b for a, b in quoted):
            continue
        if subject.lower_ in PERSON_PRONOUNS or subject.ent_type_ == "PERSON":
            return subject
    return None


def intent_of(doc, span, quoted: list[tuple[int, int]]):
    """The person whose stated aim a quoted verb phrase after "to" reproduces ("She expressed a
    desire to work with him to "create a government that works for everyone"", "he was
    directing the committees to "proceed with their investigations""): the subject of the
    sentence, when it is a person (a name, or he/she) and the quote opens with a verb's base
    form and runs ``FOLLOW_WORDS`` words or more; None otherwise."""
    rng = token_range(doc, span.start, span.end) if span is not None else None
    if rng is None or len(doc[rng[0]:rng[1]]) < FOLLOW_WORDS:
        return None
    first = doc[rng[0]]
    before = doc[rng[0] - 1] if rng[0] > 0 else None
    while before is not None and before.is_quote and before.i > 0:
        before = doc[before.i - 1]
    if before is None or before.lower_ != "to" or first.tag_ != "VB" or not first.is_lower:
        return None
    verb = first
    for _ in range(12):  # up to the clause whose subject is named
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None or verb.head.i == verb.i:
            break
        verb = verb.head
    if subject is None or any(a <= subject.i < b for a, b in quoted):
        return None
    return subject if subject.lower_ in PERSON_PRONOUNS or subject.ent_type_ == "PERSON" \
        else None


NOT_WRITERS = frozenset({"it", "this", "that", "there", "which"})


def line_writer(doc, span, quoted: list[tuple[int, int]]):
    """The writer of a message whose subject line, hashtag, headline or caption a quote
    gives (``direct.message_line``: "X dashed off a note to Y with the subject line, "..."",
    "..., punctuating his message with the hashtag "..."", "posted a photo with the caption
    "...""): the subject of the clause the line's phrase hangs on, climbing from a
    participle to the verb it hangs on; None otherwise."""
    rng = token_range(doc, span.open_mark, span.end) if span is not None else None
    before = message_line(doc, rng[0]) if rng is not None else None
    if before is None:
        return None
    head = before.head.head
    for _ in range(6):
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")
                        and not any(a <= c.i < b for a, b in quoted)), None)
        if subject is not None or head.head.i == head.i:
            break
        head = head.head
    if subject is None or subject.lower_ in NOT_WRITERS:
        return None
    return subject


ANNOUNCING_VERBS = frozenset({"tweet", "post", "write", "publish", "issue", "release"})
"""Verbs of a sentence that announces a statement whose words follow in the next paragraph."""


def announcer(doc, span, quoted: list[tuple[int, int]]):
    """The subject of the last sentence of the paragraph right before a quote of
    ``FOLLOW_WORDS`` or more words that opens its paragraph, when that sentence names a
    statement or post (a statement noun of ``cues.tsv``, or tweeting, posting, writing) and
    holds no quote; a person (name or he/she) or a named body. None otherwise."""
    rng = token_range(doc, span.open_mark, span.end) if span is not None else None
    if rng is None or len(doc[rng[0]:rng[1]]) < FOLLOW_WORDS or rng[0] < 2:
        return None
    lead = doc_text(doc).rfind("\n", 0, span.open_mark)
    if lead < 0 or doc_text(doc)[lead + 1:span.open_mark].strip():
        return None
    end = rng[0]
    while end > 0 and (doc[end - 1].is_space or doc[end - 1].is_quote):
        end -= 1
    last = doc[end - 1].sent if end > 0 else None
    if last is None or doc[end - 1].text not in (".", ":") or any(
            a < end and last.start < b for a, b in quoted):
        return None
    words = statement_words()
    if not any(t.lower_ in words or (t.pos_ == "VERB" and t.lemma_ in ANNOUNCING_VERBS)
               for t in doc[last.start:end]):
        return None
    subject = next((c for c in last.root.children if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.lower_ in PERSON_PRONOUNS or subject.ent_type_ in (
            "PERSON", "ORG")):
        return None
    return subject


QUOTE_NOUNS = word_list("quotes", "vocabulary.yaml", "quote_nouns")
DEMONSTRATIVES = frozenset({"that", "this", "those", "these"})


def owner_after(doc, span, quoted: list[tuple[int, int]]):
    """The owner a quote that is a sentence of its own is given by the sentence right after
    it, in the same paragraph, when that sentence's subject is a demonstrative or a noun for
    words (``quote_nouns``, the statement nouns) and it says whose they were: "That was the
    verdict of Jo Roe", "Those were the words of the mayor", "The remarks were Roe's". The
    token heading the owner, or None."""
    if span is None or span.close_mark is None:
        return None
    rng = token_range(doc, span.open_mark, span.close_mark + 1)
    text = doc_text(doc)
    if rng is None or rng[1] >= len(doc) or text[span.start:span.end].rstrip()[-1:] not in (
            ".", "!", "?"):
        return None
    after = doc[rng[1]]
    if "\n" in doc[rng[1] - 1].text_with_ws or after.is_space or after.is_quote:
        return None
    sent = after.sent
    if sent.start < rng[1] - 1 or any(a <= after.i < b for a, b in quoted):
        return None
    root = sent.root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not (subject.lower_ in DEMONSTRATIVES or _words_noun(subject)):
        return None
    if subject.dep_ == "nsubjpass":  # "The remarks were made by the mayor"
        return next((o for a in root.children if a.dep_ == "agent"
                     for o in a.children if o.dep_ == "pobj"), None)
    if root.lemma_ != "be":
        return None
    for attr in (c for c in root.children if c.dep_ == "attr"):
        if attr.tag_ == "NNP" or attr.ent_type_ == "PERSON":  # "The words were Roe's"
            return attr if any(c.tag_ == "POS" for c in attr.children) else None
        if not _words_noun(attr):
            continue
        for child in attr.children:
            if child.dep_ == "poss" and child.pos_ != "PRON":
                return child
            if child.dep_ == "prep" and child.lower_ == "of":
                return next((o for o in child.children if o.dep_ == "pobj"), None)
    return None


def owner_inline(doc, span, quoted: list[tuple[int, int]]):
    """The owner a quote is given by the words that close its own sentence: ""It is a sad
    day," was his reply." / "... was the verdict of the mayor." -- a form of "be" right after
    the closing mark (a comma between) whose complement is a noun for words (``quote_nouns``)
    with an owner (a possessive, pronouns too, or an "of" phrase) and ends the sentence. The
    token heading the owner, or None."""
    if span is None or span.close_mark is None:
        return None
    rng = token_range(doc, span.open_mark, span.close_mark + 1)
    if rng is None:
        return None
    i = rng[1]
    while i < len(doc) and (doc[i].text == "," or doc[i].is_quote):
        i += 1
    if i >= len(doc) or doc[i].lemma_ != "be" or "\n" in doc[i - 1].text_with_ws:
        return None
    verb = doc[i]
    for attr in (c for c in verb.children if c.dep_ in ("attr", "nsubj") and c.i > verb.i):
        if not _words_noun(attr) or any(a <= attr.i < b for a, b in quoted):
            continue
        rest = [t for t in doc[attr.right_edge.i + 1:attr.sent.end] if not t.is_space]
        if rest and not all(t.is_punct for t in rest):
            return None  # "... was his reply to the council, which ...": more follows
        for child in attr.children:
            if child.dep_ == "poss":
                return child
            if child.dep_ == "prep" and child.lower_ == "of":
                return next((o for o in child.children if o.dep_ == "pobj"), None)
    return None


def _words_noun(token) -> bool:
    return token.lemma_.lower() in QUOTE_NOUNS or token.lower_ in QUOTE_NOUNS \
        or token.lower_ in statement_words()


def _reported(token, rng: tuple[int, int]) -> bool:
    """True when, on the way from ``token`` to its sentence root, a clause hangs as a
    reported clause (``ccomp``) on a verb outside the quote."""
    for _ in range(20):
        if token.head.i == token.i:
            return False
        if token.dep_ == "ccomp" and not rng[0] <= token.head.i < rng[1]:
            return True
        token = token.head
    return False


def _sentence_before(doc, sent):
    """The sentence before ``sent`` in the same paragraph, ending in a full stop; when the
    parser ran it over a paragraph break, only its part in this paragraph. None when ``sent``
    opens its paragraph."""
    before = doc[sent.start - 1].sent
    breaks = [t.i for t in before if "\n" in t.text_with_ws]
    if breaks:
        before = doc[breaks[-1] + 1:sent.start]
    if "\n" in doc[sent.start - 1].text_with_ws or not _ends_sentence(before):
        return None
    return before


def _ends_sentence(sent) -> bool:
    last = [t for t in sent if not t.is_space]
    return bool(last) and last[-1].text in (".", "!", "?")
