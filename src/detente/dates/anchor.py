"""Event dates: which temporal expression, if any, tells when an event happened.

An event's date is not the article's date. The expression that governs the event's clause wins:
the dependency path from the expression's head up to its verb passes through the event trigger,
or reaches the same verb as the trigger's clause ("recalled ... in March"). Failing that, the one
dating expression of the sentence is taken when there is only one and it is in the same reported
region (a date inside "Putin said [he had been satisfied on Wednesday]" dates the satisfaction,
not the speech, and a date attached to "said" does not date what was said). Otherwise the
publication date, with ``date_precision="article"``. Durations, sets and PAST_REF-like
references never date an event.
"""

from __future__ import annotations

from datetime import timedelta

from detente.dates.calendar import anchor_of, period_end
from detente.dates.tense import clause_tense, governing_verb
from detente.dates.vocabulary import Vocabulary
from detente.nlp import span_at
from detente.records import CodedArticle, Event, TimeExpression

DATING_GRANULARITIES = ("day", "time", "week", "month", "season", "quarter", "year", "decade",
                        "century")
"""Granularities of expressions that can date an event (not durations, sets or references)."""

REPORTED_DEPS = ("ccomp", "parataxis")
"""Dependencies from a speech verb into the clause it reports."""

NOUN_MODIFIER_DEPS = ("compound", "amod", "nummod", "nmod", "appos")
"""Dependencies by which a date modifies a noun: "the 1994 AMIA bombing", "Directive 2000"."""

NOMINAL = ("NOUN", "PROPN")

BROAD = ("decade", "century")
"""Granularities of eras: one that holds the publication date is "our time", not an event's."""


def dates_an_event(time: TimeExpression) -> bool:
    """True for expressions that can date an event (a resolved point, not a span or a set)."""
    return time.value is not None and time.granularity in DATING_GRANULARITIES


def event_date(time: TimeExpression) -> tuple[str, str]:
    """``(date, date_precision)`` given to an event by ``time``: always an ISO (partial) date.

    A clock time dates the event to its day (``2021-06-16T14:00Z`` -> ``("2021-06-16", "day")``);
    a season or quarter to its year (``2021-SU`` -> ``("2021", "year")``); a decade or century to
    its first year with that precision (``199`` -> ``("1990", "decade")``), so the store can
    floor every event date.
    """
    assert time.value is not None and time.granularity is not None
    value, granularity = time.value, time.granularity
    if granularity == "time":
        return value[:10], "day"
    if granularity in ("season", "quarter"):
        return value[:4], "year"
    if granularity == "decade":
        return value + "0", "decade"
    if granularity == "century":
        return value + "00", "century"
    return value, granularity


def reported_region(token, vocabulary: Vocabulary) -> int | None:
    """Index of the root of the innermost reported clause holding ``token``, None at top level."""
    steps = 0
    while token.head.i != token.i and steps < 60:
        if token.dep_ in REPORTED_DEPS and token.head.lemma_.lower() in vocabulary.speech_verbs:
            return token.i
        token, steps = token.head, steps + 1
    return None


def quote_region(offset: int, coded: CodedArticle) -> int | None:
    """Index of the quote whose content holds ``offset``, None outside any quote."""
    for index, quote in enumerate(coded.quotes):
        if quote.start <= offset < quote.end:
            return index
    return None


class EventDater:
    """Chooses the expression that dates each event of one article."""

    def __init__(self, coded: CodedArticle, vocabulary: Vocabulary):
        self.coded = coded
        self.doc = coded.doc
        self.vocabulary = vocabulary
        self.by_sentence: dict[int, list[TimeExpression]] = {}
        self.time_nouns = frozenset(vocabulary.units) | frozenset(vocabulary.temporal_nouns) | (
            frozenset(vocabulary.time_head_nouns))
        for time in coded.times:
            if dates_an_event(time) and time.sentence is not None:
                self.by_sentence.setdefault(time.sentence, []).append(time)

    def _root(self, start: int, end: int):
        span = span_at(self.doc, start, end)
        return span.root if span is not None and len(span) else None

    def governs(self, time: TimeExpression, trigger) -> bool:
        """True when the path from the expression up to its verb meets the trigger's clause."""
        head = self._root(time.start, time.end)
        if head is None:
            return False
        noun = modified_noun(head, self.time_nouns)
        if noun is not None and not _adverbial(noun):
            return noun.i == trigger.i
        verb = governing_verb(head)
        token, steps = head, 0
        while steps < 60:
            if token.i == trigger.i:
                return True
            if verb is not None and token.i == verb.i or token.head.i == token.i:
                break
            token, steps = token.head, steps + 1
        trigger_verb = governing_verb(trigger)
        if verb is None or trigger_verb is None:
            return False
        return verb.i == trigger_verb.i or self._modifies(verb, trigger_verb)

    @staticmethod
    def _modifies(verb, main) -> bool:
        """True when ``verb`` heads a subjectless participle modifying ``main``.

        "Standing beside Putin in Helsinki in 2018, Trump refused ...": the date of the participle
        is the date of the clause it hangs on.
        """
        steps = 0
        while steps < 5 and verb.tag_ in ("VBG", "VBN") and verb.dep_ in ("advcl", "xcomp"):
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
                return False
            verb, steps = verb.head, steps + 1
            if verb.i == main.i:
                return True
        return False

    def same_region(self, time: TimeExpression, event: Event, trigger) -> bool:
        """False when the expression and the event sit on two sides of a speech act.

        A date inside a reported clause or quote does not date an event outside it, and a date
        attached to a speech verb does not date what the speech reports.
        """
        head = self._root(time.start, time.end)
        if head is None:
            return False
        time_region = reported_region(head, self.vocabulary)
        if time_region is not None and time_region != reported_region(trigger, self.vocabulary):
            return False
        time_quote = quote_region(time.start, self.coded)
        event_quote = quote_region(event.trigger_start, self.coded)
        if time_quote is not None and time_quote != event_quote:
            return False
        verb = governing_verb(head)
        if verb is None or verb.lemma_.lower() not in self.vocabulary.speech_verbs:
            return True
        if event_quote is not None and time_quote is None:
            return False
        reported = [c for c in verb.children if c.dep_ in REPORTED_DEPS]
        return not any(c.left_edge.i <= trigger.i <= c.right_edge.i for c in reported)

    def choose(self, event: Event) -> tuple[TimeExpression, str] | None:
        """The expression dating ``event`` and how it was chosen, or None."""
        in_sentence = self.by_sentence.get(event.sentence, [])
        trigger = self._root(event.trigger_start, event.trigger_end)
        if not in_sentence or trigger is None:
            return None
        candidates = [t for t in in_sentence if self.may_date(t, event, trigger)]
        governing = [t for t in candidates if self.governs(t, trigger)]
        if governing:
            nearest = min(governing, key=lambda t: abs(t.start - event.trigger_start))
            return nearest, "governs"
        if len(in_sentence) == 1 and candidates and self.only_one_dates(candidates[0], event,
                                                                          trigger):
            return candidates[0], "only-in-sentence"
        return None

    def may_date(self, time: TimeExpression, event: Event, trigger) -> bool:
        """False for an expression that cannot date the event whatever the parse says: one the
        tense rules out, a "since" start, an "until" end, one past a paragraph break."""
        text = self.coded.article.text
        between = text[min(time.end, event.trigger_start):max(time.start, event.trigger_end)]
        return not (self.impossible_for_tense(time, trigger) or self.starts_a_period(time, trigger)
                    or self._word_before(time) in self.vocabulary.end_bound_words
                    or "\n" in between)

    def only_one_dates(self, time: TimeExpression, event: Event, trigger) -> bool:
        """True when the sentence's one expression dates an event it does not govern."""
        return not self.present_era(time) and self.same_region(time, event, trigger) and (
            self.same_chain(time, trigger)) and not self.modifies_other_noun(time, trigger)

    def modifies_other_noun(self, time: TimeExpression, trigger) -> bool:
        """True when the expression modifies a noun that is not the event's trigger.

        "asks Iran to cooperate ... into the 1994 AMIA bombing": 1994 is the bombing's date.
        """
        head = self._root(time.start, time.end)
        noun = modified_noun(head, self.time_nouns) if head is not None else None
        return noun is not None and noun.i != trigger.i

    def present_era(self, time: TimeExpression) -> bool:
        """True for a decade or century that holds the publication date ("in the 21st century"
        in 2019): it dates an event only when it governs the event's clause."""
        published = self.coded.article.date
        end = period_end(time.value, time.granularity) if time.value else None
        return time.granularity in BROAD and published is not None and end is not None and (
            end >= published)

    def starts_a_period(self, time: TimeExpression, trigger) -> bool:
        """True for a date inside a "since" phrase or clause: the start of a period up to now.

        "for the first time since 1994", "since the start of the Syrian civil war in 2011",
        "since the Syrian civil war began in 2011" (unless the event is that clause's own verb:
        "since officials resisted an order four years ago" dates the resistance).
        """
        words = self.vocabulary.period_start_words
        token = self._root(time.start, time.end)
        verb = governing_verb(token) if token is not None else None
        steps = 0
        while token is not None and steps < 20:
            if token.lower_ in words:
                return True
            if verb is not None and token.i == verb.i or token.head.i == token.i:
                break
            token, steps = token.head, steps + 1
        if verb is None or verb.i == (governing_verb(trigger) or trigger).i:
            return False
        return any(c.lower_ in words for c in verb.children if c.dep_ == "mark")

    def impossible_for_tense(self, time: TimeExpression, trigger) -> bool:
        """True when the tense of the event's clause rules the date out.

        A present or future event ("sentences", "will cooperate") is not dated by a period that
        ended over a year before publication ("for the assassination ... in 2018" in 2024).

        A bound ("approves a law to ban the sale of petrol cars from 2035") is not the time of a
        present-tense event that sets it, and a past-tense event ("approved") did not happen
        after publication; a future event may start at its bound ("will block ... starting next
        year").
        """
        published = self.coded.article.date
        if published is None or time.value is None:
            return False
        tense = clause_tense(governing_verb(trigger), self.vocabulary)
        end = period_end(time.value, time.granularity)
        if tense in ("present", "future") and end is not None and (
                end < published - timedelta(days=365)):
            return True
        start = anchor_of(time.value, time.granularity)
        if start is None or start <= published:
            return False
        return tense == "past" or (tense == "present" and self._bounded(time))

    def _bounded(self, time: TimeExpression) -> bool:
        return self._word_before(time) in self.vocabulary.bound_words

    def _word_before(self, time: TimeExpression) -> str:
        """The word written right before the expression, lower-cased ("" at the start)."""
        words = self.coded.article.text[max(0, time.start - 30):time.start].split()
        return words[-1].lower() if words else ""

    def same_chain(self, time: TimeExpression, trigger) -> bool:
        """True when the expression's verb and the event's verb are in one chain of clauses.

        "No claims were reported yesterday, but officials attributed the bombing to rebels": two
        coordinated clauses (``conj``), each with its own subject, so "yesterday" says nothing
        about the bombing. A
        pluperfect event ("as the president had requested") lies before a simple-past anchor.
        """
        head = self._root(time.start, time.end)
        time_verb = governing_verb(head) if head is not None else None
        event_verb = governing_verb(trigger)
        if time_verb is None or event_verb is None:
            return True
        if _pluperfect(event_verb) and not _pluperfect(time_verb):
            return False
        if _own_conjunct(head, time_verb, event_verb):
            return False
        if trigger.pos_ not in NOMINAL and _own_subordinate(
                time_verb, event_verb, self.vocabulary.simultaneous_markers):
            return False
        if _dominates(time_verb, event_verb) or _dominates(event_verb, time_verb):
            return True
        return not (_has_subject(time_verb) and _has_subject(event_verb))


def modified_noun(head, temporal_nouns: frozenset[str] = frozenset()):
    """The noun a date modifies inside a noun phrase, or None when it modifies a clause.

    "the 1994 AMIA bombing", "the 1983 coup", "Directive 2000", "the attacks of 2001". A date
    right after a preposition ("In 2003 BP invested", parsed as a modifier of "BP") is adverbial,
    and so is one in apposition to a time ("11:25am US east coast time (1625 UTC)").
    """
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # "a 2012 and 2016 presidential candidate"
    first = head.left_edge
    after_preposition = first.i > 0 and first.nbor(-1).tag_ == "IN"
    noun = head.head
    if head.dep_ in NOUN_MODIFIER_DEPS and noun.pos_ in NOMINAL and noun.i != head.i and (
            not after_preposition) and noun.lemma_.lower() not in temporal_nouns:
        return noun
    preposition = head.head
    if head.dep_ == "pobj" and preposition.lower_ == "of" and preposition.head.pos_ in NOMINAL:
        return preposition.head
    return None


def _adverbial(noun) -> bool:
    """True when the noun is the object of a preposition on a verb: a frame of that clause.

    "During a 2018 trip to France, Trump refused", "In the November 27 deal, Turkey and Libya
    agreed": the date of the trip or deal is the time of the clause it frames.
    """
    preposition = noun.head
    return noun.dep_ == "pobj" and preposition.dep_ == "prep" and preposition.head.pos_ in (
        "VERB", "AUX")


def _first_conjunct(verb):
    steps = 0
    while verb.dep_ == "conj" and verb.head.i != verb.i and steps < 20:
        verb, steps = verb.head, steps + 1
    return verb


def _own_conjunct(head, time_verb, event_verb) -> bool:
    """True when the date sits in one coordinated clause and the event in another.

    "Qaboos was born 1940 and received his education in India": 1940 dates the birth only. A
    date written before the first conjunct ("In March, Russia recalled X and expelled Y")
    covers them all, and one after the last may be shared ("recalled and expelled diplomats
    in March").
    """
    if time_verb.i == event_verb.i or _dominates(time_verb, event_verb):
        return False
    first = _first_conjunct(time_verb)
    if first.i != _first_conjunct(event_verb).i:
        return False
    return time_verb.i < event_verb.i and first.i < head.i < event_verb.i


SUBORDINATE_DEPS = ("relcl", "acl", "advcl")
"""Clauses inside another clause: a date in one with its own subject dates that clause only."""


def _own_subordinate(time_verb, event_verb, simultaneous: tuple[str, ...]) -> bool:
    """True when the date sits in a subordinate clause with its own subject the event is not in.

    "Trump, who appointed Murphy in 2017, responded ...": 2017 dates the appointment;
    "the first visit since the civil war began in 2011": 2011 dates the war's start. A clause
    opened by a ``simultaneous`` marker ("when troops arrived on Monday") shares its date. Not
    asked for a nominal event: "the banking collapse that required a bailout in 2010" tells when
    the collapse happened.
    """
    if _dominates(time_verb, event_verb):
        return False
    verb, steps = time_verb, 0
    while verb.head.i != verb.i and verb.i != event_verb.i and steps < 20:
        if verb.left_edge.i <= event_verb.i <= verb.right_edge.i:
            return False
        markers = {c.lower_ for c in verb.children if c.dep_ in ("mark", "advmod")}
        if verb.dep_ in SUBORDINATE_DEPS and (_has_subject(verb) or verb.dep_ == "relcl") and (
                not markers & set(simultaneous)):
            return True
        verb, steps = verb.head, steps + 1
    return False


def _pluperfect(verb) -> bool:
    return verb.tag_ == "VBN" and any(c.lower_ in ("had", "'d") for c in verb.children
                                      if c.dep_ == "aux")


def _has_subject(verb) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _dominates(upper, lower) -> bool:
    """True when ``upper`` is an ancestor of (or is) ``lower`` through no coordination."""
    token, steps = lower, 0
    while steps < 60:
        if token.i == upper.i:
            return True
        if token.head.i == token.i or token.dep_ == "conj":
            return False
        token, steps = token.head, steps + 1
    return False


def date_events(coded: CodedArticle, vocabulary: Vocabulary) -> None:
    """Set ``date``/``date_precision`` of every event of ``coded`` (in place)."""
    if not coded.events:
        return
    dater = EventDater(coded, vocabulary)
    published = coded.article.date.isoformat() if coded.article.date else None
    for event in coded.events:
        chosen = dater.choose(event)
        if chosen is None:
            event.date, event.date_precision = published, "article"
        else:
            event.date, event.date_precision = event_date(chosen[0])
