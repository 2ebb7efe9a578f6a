"""An estimated date for an undated article, from the people it titles and the years it names.

With no publication date the roster reads each person by their latest office (round 20), so an
archive text of 2004 codes a minister of the day by an office of the 2010s, and a future prime
minister named as a back-bencher as the government (issue 14, round 29). A careful reader dates
such a text by who holds which office in it:

- a roster person the text gives an office title they held ("Prime Minister Jane Roe",
  "Foreign Secretary John Doe") held it in the article's time; each such person's terms of
  that office are one vote, and the span most of them share is the article's;
- a year the text names ("in 2004") inside that span is a lower bound: a text is mostly written
  in or after the years it names ("since 1997"), so the span starts with the latest such year
  (narrowing to that year alone dated two BBC tune texts of 2005 to 1997 and 2000). Years
  alone date nothing: a news text names past and future years ("the 1983 election", "the 2012
  Games") as readily as its own (round 29: years alone dated 9 of the BBC tune texts, 3 wrongly
  by several years).

A former holder ("former prime minister X", sector ELI) dates nothing. The estimate is the
middle day of the span, kept on ``CodedArticle.date_estimate`` with its evidence, apart from
the publication date; the actors stage then resolves roster people and definite roles on it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from detente.actors.descriptions import NOT_DROPPED
from detente.actors.phrases import Phrase
from detente.actors.roster import FORMER_SECTOR, Era
from detente.nlp import columns, doc_text, heads
from detente.records import DateEstimate
from detente.resources import word_list

YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
"""A year a DATE entity names ("in 2004", "May 2005")."""


PAST_TITLE_WORDS = frozenset(word_list("actors", "vocabulary.yaml", "past_title_words"))
PAST_EVENT_NOUNS = frozenset(word_list("actors", "vocabulary.yaml", "past_event_nouns"))


def of_another_time(doc, phrase: Phrase) -> bool:
    """True when the text titles the person as of a time before its own: "then-Foreign
    Secretary X", "then Prime Minister X", or the object of a past event noun ("the
    assassination of Prime Minister X", "the funeral of President Y")."""
    lower, head_of = columns(doc).lower, heads(doc)
    before = [lower[i] for i in range(max(phrase.start - 2, 0), phrase.start)]
    if before[-2:-1] and before[-2] in PAST_TITLE_WORDS and before[-1] == "-" \
            or before[-1:] and before[-1] in PAST_TITLE_WORDS and _then_of_title(doc, phrase.start - 1):
        return True
    prep = head_of[phrase.anchor]
    return lower[prep] == "of" and lower[head_of[prep]] in PAST_EVENT_NOUNS


NEXT_AFTER = frozenset({"and", "but", "or", "nor", "so"})
"""Coordinators after which an unhyphenated "then" means "next" ("... and then Prime Minister X
spoke"), not "at that time"."""

CLAUSE_BREAKS = frozenset({",", ";", ":"})


def _then_of_title(doc, i: int) -> bool:
    """True when the unhyphenated "then" at ``i`` before a title means "at that time" ("met then
    Prime Minister X", "In 2003, then President X"), not "next" (review r29f, bug 1): not when it
    starts a sentence or a quotation ("Then President X arrived"), follows a coordinator ("and
    then Prime Minister X spoke") or follows a clause break after a verb ("The cabinet met, then
    Prime Minister X spoke"). Word order, not the parse: the parser hangs "then" on the verb
    in either sense."""
    token = doc[i]
    if token.is_sent_start or i == 0:
        return False
    prev = doc[i - 1]
    if prev.is_quote or prev.is_space or prev.lower_ in NEXT_AFTER:
        return False
    if prev.text in CLAUSE_BREAKS:
        return not any(t.pos_ in ("VERB", "AUX") for t in doc[token.sent.start:i])
    return True


def titled_terms(phrases: list[Phrase], doc=None) -> dict[str, tuple[str, list[tuple[dt.date, dt.date]]]]:
    """Person id -> (title, terms of that title) for each roster person the text gives an
    office title of theirs in the same phrase ("Prime Minister Jane Roe"), unless the text
    titles them as of another time (``of_another_time``)."""
    found: dict[str, tuple[str, list]] = {}
    for p in phrases:
        if p.kind != "person" or p.person is None or p.actor is None \
                or p.actor.sector == FORMER_SECTOR or p.person.id in found \
                or doc is not None and of_another_time(doc, p):
            continue
        roles = {a.role for a in p.atoms if a.kind == "role" and a.role is not None}
        national = any(a.kind in NATIONAL for a in p.atoms)
        for role in sorted(roles, key=lambda r: r.phrase):
            terms = [(o.start, o.end or dt.date.today()) for o in p.person.offices
                     if o.start is not None and _titles(o.title, role, national)]
            if terms:
                found[p.person.id] = (role.title or role.phrase, terms)
                break
        else:
            if doc is not None and (written := _written_title(doc, p) or _name_title(doc, p)) is not None:
                found[p.person.id] = written
    return found


def _written_title(doc, phrase: Phrase) -> tuple[str, list[tuple[dt.date, dt.date]]] | None:
    """The title and terms of an office of the person written out in full right before the
    phrase, which the parser split off ("Work and Pensions Secretary X" found as "Secretary X",
    "Environment Secretary Y"): the text before the phrase's role word, lower-cased, ends with
    the roster office's own words. A bare "secretary" names none (``_titles``); the whole
    office title, words for words, does (round 30, q64)."""
    return written_office(doc, phrase.atoms, phrase.person)


def written_office(doc, atoms, person) -> tuple[str, list[tuple[dt.date, dt.date]]] | None:
    """``_written_title`` of a phrase's atoms and roster person (the resolver asks it too: a
    written-out office is no lesser title of the text's; round 32, q69)."""
    roles = [a for a in atoms if a.kind == "role"]
    if not roles or person is None:
        return None
    cols = columns(doc)
    at = cols.idx[roles[0].end - 1] + cols.length[roles[0].end - 1]
    before = " ".join(doc_text(doc)[max(at - 60, 0):at].lower().split())
    for office in person.offices:
        if office.start is not None and " " in office.title and (found := next(filter(None, (
                re.search(r"(^|\W)" + re.escape(form) + "$", before) for form in _written_forms(office.title))), None)) \
                and not _qualified(before[:found.start() + 1]):
            terms = [(o.start, o.end or dt.date.today()) for o in person.offices
                     if o.title == office.title and o.start is not None]
            return office.title, terms
    return None


def _written_forms(title: str) -> tuple[str, ...]:
    """The ways news writes a roster office before a name: its own words, and for "<office> of
    <place>" the place first ("Hong Kong Chief Executive X" of "chief executive of hong kong",
    "Scotland First Minister Y" of "first minister of scotland"; round 31, q67). An "of the ..."
    office ("chief of the general staff") has no such form."""
    head, of, place = title.partition(" of ")
    return (title, f"{place} {head}") if of and not place.startswith("the ") else (title,)


def _name_title(doc, phrase: Phrase) -> tuple[str, list[tuple[dt.date, dt.date]]] | None:
    """The office a roster name carries as its first word ("Pope Francis", "King Salman",
    "Queen Elizabeth II" of a pope, a king, a queen): the roster lists the title in the name,
    so no role atom holds it, yet the text titles the person by it as much as "President X"
    does (round 31, q67). Not after a qualifier ("the late King X", "former ...") or a ship
    prefix ("HMS Queen Elizabeth"), nor when a proper noun follows the name, which it then
    modifies: a causeway, a university, an airport named after the person ("the King Fahd
    Causeway"), not the person (review r31c, bug 4)."""
    first = doc[phrase.start].lower_
    if phrase.start > 0 and doc[phrase.start - 1].lower_ in QUALIFIERS | SHIP_PREFIXES \
            or phrase.end < len(doc) and _names_a_thing(doc[phrase.end]):
        return None
    terms = [(o.start, o.end or dt.date.today()) for o in phrase.person.offices
             if o.title == first and o.start is not None]
    return (NAME_TITLE + first, terms) if terms else None


CALENDAR_WORDS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december"})


def _names_a_thing(token) -> bool:
    """A proper noun after the name that the name modifies ("the King Fahd Causeway"); a day
    or month ("King Salman Sunday received ...") is a date, not a thing (review r31f, bug 8)."""
    return token.pos_ == "PROPN" and token.is_title and token.ent_type_ not in ("DATE", "TIME") \
        and token.lower_ not in CALENDAR_WORDS


SHIP_PREFIXES = frozenset(word_list("actors", "vocabulary.yaml", "ship_prefixes"))
"""Prefixes of a ship's name ("HMS Queen Elizabeth", "USS Ronald Reagan"): the ship, not the person."""

NAME_TITLE = "name:"
"""Marks a vote of a name's own title (``_name_title``) in ``titled_terms``: its evidence is
``name-title:<id>#<title>``, and a span such votes alone date reads no one on it
(``reads_people``): a reign's span is long (a queen of seventy years), and its middle day
would read the text's people by an office of decades before."""


def _vote(person_id: str, title: str) -> str:
    """The evidence of one titled vote."""
    if title.startswith(NAME_TITLE):
        return f"name-title:{person_id}#{title[len(NAME_TITLE):]}"
    return f"office:{person_id}#{title}"


QUALIFIERS = NOT_DROPPED - {"new"}
"""Words before a written-out title that make it another office or another time ("Deputy
Prime Minister X", "the shadow work and pensions secretary Y", "former ..."): the text's
title then is not the roster office its last words name (review r30d, bug 1). "new" keeps
the office ("the new work and pensions secretary")."""


def _qualified(before: str) -> bool:
    """True when the last word of ``before`` (the text before a written-out title) is a qualifier."""
    words = re.findall(r"[a-z]+", before)
    return bool(words) and words[-1] in QUALIFIERS


NATIONAL = frozenset({"country", "demonym", "capital"})
"""Atoms that make a generic title a nation's ("Burmese leader X"), not a party's."""


def _titles(office: str, role, national: bool = False) -> bool:
    """True when the text's title ``role`` names the roster ``office``: the same words; the
    office's head before "of" ("Chancellor X" of a chancellor of the exchequer); or, for a
    generic or party title, the office's head noun ("Tory leader X", "party leader X" of an
    opposition leader), unless a nation qualifies it ("Burmese leader X" names the country's
    leadership, not the opposition office the roster also lists). A specific head noun alone ("secretary" of "Work and Pensions Secretary
    X", which the parser splits) names none: the roster may lack the office the text means."""
    title = role.title or role.phrase
    if office == title or office.startswith(title + " of "):
        return True
    return (role.generic and not national or role.sector == "PTY") \
        and office.split()[-1] == title.split()[-1]


def named_years(doc, every: bool = False, naming: bool = False) -> Counter:
    """Years the text's DATE entities name, up to this year, leaving out the years it names as
    ahead of it (``_ahead``); with ``every``, keeping them all: any year a text names, ahead or
    not, still picks one of a person's two terms (``_best_span``): "pardoned before the 2020
    election" picks Trump's first term (review r30d, bug 3: leaving it out there dated nothing).
    With ``naming``, a year naming a noun's event is kept unless a deadline word or a future verb
    puts it ahead ("will win the 2020 election" stays out: review r30e)."""
    text, now = doc_text(doc), dt.date.today().year
    years: Counter = Counter()
    for ent in doc.ents:
        if ent.label_ == "DATE" and (every or not _ahead(doc, ent, naming)):
            years.update(int(y) for y in YEAR.findall(text[ent.start_char:ent.end_char])
                         if int(y) <= now)
    return years


AHEAD_BEFORE = frozenset({"by", "until", "till", "before"})
"""Words before a year that make it a deadline or a limit ("by 2010", "until 2008"), often one
ahead of the text (round 30: a future year started the span too late)."""

AHEAD_INSIDE = frozenset({"next", "coming"})
"""Words inside a date that put it ahead ("next year's 2006 budget")."""

NAMING_DEPS = frozenset({"compound", "nummod", "amod", "nmod", "poss"})
"""A year that names a noun's event ("the 2020 election", "the 2000 declaration") rather than
when the text speaks: it is as often ahead of the text as behind it (round 30: a 2019 text's
"2020 election" started its span in 2020)."""

FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "would"})
"""Auxiliaries of a verb told as ahead of the text ("will host the 2012 Games")."""


def _ahead(doc, ent, naming: bool = False) -> bool:
    """True when the text names the date as ahead of it (or may): a deadline word before it,
    "next" in it, a year naming a noun's event, or a future auxiliary on the verb it hangs from
    (the nearest verb up the parse). The test errs towards leaving out; a year left out that would
    re-read the text's people on the wider span bounds it still (``estimate_date``, review r30d)."""
    if ent.start > 0 and doc[ent.start - 1].lower_ in AHEAD_BEFORE \
            or any(t.lower_ in AHEAD_INSIDE for t in ent):
        return True
    token = ent.root
    if not naming and token.dep_ in NAMING_DEPS and token.head.pos_ in ("NOUN", "PROPN"):
        return True  # "the 2020 election", "the 2012 Games": an event's year, past or ahead
    for _ in range(4):
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            break
        token = token.head
    return token.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "aux" and c.lower_ in FUTURE_AUX and not (naming and c.lower_ == "would" and token.dep_ != "ccomp")
        for c in token.children)  # naming: a narrated "would" ("who would lose the 2020 election weeks later") is
    # a past event told ahead of itself; only a reported one ("said his party would win") is ahead (review r30f)


CONSECUTIVE = dt.timedelta(days=92)
"""A gap between two terms of one person short enough (a caretaker spell, an election) that
the terms read as one span: a re-elected prime minister's second term never splits the vote."""


def _joined(terms: list[tuple[dt.date, dt.date]]) -> list[tuple[dt.date, dt.date]]:
    """A voter's terms with consecutive ones joined (``CONSECUTIVE``)."""
    out: list[tuple[dt.date, dt.date]] = []
    for s, e in sorted(terms):
        if out and s <= out[-1][1] + CONSECUTIVE:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _runs(votes: dict[str, list[tuple[dt.date, dt.date]]]) -> list[tuple[dt.date, dt.date, list[str]]]:
    """The spans of the time line each with the same voters, in order, those with none left out."""
    votes = {k: _joined(terms) for k, terms in votes.items()}
    cuts = sorted({d for terms in votes.values() for s, e in terms for d in (s, e)})
    runs: list[tuple] = []
    for lo, hi in zip(cuts, cuts[1:], strict=False):
        who = sorted(k for k, terms in votes.items() if any(s <= lo and hi <= e for s, e in terms))
        if who and runs and runs[-1][2] == who and runs[-1][1] == lo:
            runs[-1] = (runs[-1][0], hi, who)
        elif who:
            runs.append((lo, hi, who))
    return runs


def _best_span(votes: dict[str, list[tuple[dt.date, dt.date]]],
               years: Counter | None = None) -> tuple[dt.date, dt.date, list[str]] | None:
    """The span most voters' terms cover, with its voters. A tie (one person's two terms of an
    office, "President X" of two presidencies) goes to the span the text's latest named year
    dates: the one holding it, else the one after it (a text is written in or after the years
    it names); tied spans that stay apart date nothing (None); touching ones, the latest."""
    tied = _tied_runs(votes, years)
    if not tied or any(a[1] != b[0] for a, b in zip(tied, tied[1:], strict=False)):
        return None
    return tied[-1]


def _tied_runs(votes: dict[str, list[tuple[dt.date, dt.date]]],
               years: Counter | None = None) -> list[tuple[dt.date, dt.date, list[str]]]:
    """The spans most voters' terms cover, in order, narrowed by the latest named year
    (``_best_span``)."""
    runs = _runs(votes)
    if not runs:
        return []
    most = max(len(r[2]) for r in runs)
    tied = [r for r in runs if len(r[2]) == most]
    if len(tied) > 1 and years:
        latest = max(years)
        after = [r for r in tied if r[1].year >= latest]
        holding = [r for r in after if r[0].year <= latest]
        tied = holding or after or tied
    return tied


def _tie_broken(votes: dict[str, list[tuple[dt.date, dt.date]]], years: Counter,
                careers: dict[str, list[tuple[dt.date, dt.date]]],
                phrases: list[Phrase]) -> tuple[tuple[dt.date, dt.date, list[str]], list[str]] | None:
    """A tie of spans apart (one titled person's two separate terms: "President X" of two
    presidencies with a gap between) broken by the untitled roster people the text names: the
    one span whose time the most of their careers share, when it is one span and one of them
    has a named office (``CODING_RANGE``). Returns the span and the careers that chose it.
    A career that shares both spans, or neither, tells them no apart (round 31, q67: a
    president's text naming his vice president and the speaker of his first term)."""
    tied = _tied_runs(votes, years)
    if len(tied) < 2:
        return None
    named = {p.person.id for p in phrases if p.person is not None
             and any(o.title != CODING_RANGE for o in p.person.offices)}
    sharing = [[k for k, terms in careers.items() if k not in votes
                and any(s < hi and lo < e for s, e in terms)] for lo, hi, _ in tied]
    most = max(len(who) for who in sharing)
    best = [k for k, who in enumerate(sharing) if len(who) == most]
    if most == 0 or len(best) > 1 or not named & set(sharing[best[0]]):
        return None
    others = {k for j, who in enumerate(sharing) if j != best[0] for k in who}
    return tied[best[0]], [k for k in sharing[best[0]] if k not in others]


def career_terms(phrases: list[Phrase], doc) -> dict[str, list[tuple[dt.date, dt.date]]]:
    """Person id -> the terms of every dated office of each roster person the text names by
    full name with no title ("Jane Roe said"), unless the text makes them a former holder or
    of another time. An untitled person was in public life during some office of theirs, which
    one the text does not say: alone they date nothing (``_careers_span``)."""
    found: dict[str, list] = {}
    for p in phrases:
        if p.kind != "person" or p.person is None or p.actor is None \
                or p.actor.sector == FORMER_SECTOR or p.person.id in found \
                or any(a.kind == "person" and a.by_surname for a in p.atoms) \
                or any(a.kind == "role" for a in p.atoms) or _former_apposition(doc, p) \
                or of_another_time(doc, p):
            continue  # a title the roster lacks ("Representative X") is a title, not "untitled" (r30d)
        terms = [(o.start, o.end or dt.date.today()) for o in p.person.offices if o.start is not None]
        if terms:
            found[p.person.id] = terms
    return found


FORMER_WORDS = frozenset({"former", "ex", "then", "late", "erstwhile"})
"""Words of an apposition beside a name that make the person a former holder ("X, the former
vice president,", "the former vice-president, X"): the resolver reads that later (review r30d,
bug 2), so the estimate reads the words."""


def _former_apposition(doc, phrase: Phrase) -> bool:
    """True when a comma apposition right after or before the name starts with a former word:
    "X, the former vice president," or "former vice-president, X"."""
    lower, n = columns(doc).lower, len(doc)
    after = [lower[i] for i in range(phrase.end, min(phrase.end + 3, n))]
    if after[:1] == [","] and any(w in FORMER_WORDS for w in after[1:3]):
        return True
    before = [lower[i] for i in range(max(phrase.start - 6, 0), phrase.start)]
    return before[-1:] == [","] and any(w in FORMER_WORDS for w in before[:-1])


CAREER_VOTERS = 2
"""Untitled people who must share a span for it to date a text: one person's career spans
offices of several times (a chancellor of ten years who became prime minister), and reading
it on its middle day picks one of them blindly (round 29: untitled people read by their latest
office dated 8 of 9 BBC tune texts wrongly; round 30: two careers sharing a span dated them
right)."""

CODING_RANGE = "cameo"
"""The office title of the people converted from Phoenix (``phoenix_people.py``): a CAMEO
coding range, not a named office. Such ranges cover historical figures as well as the day's
(two Kennedys of the 1960s named in a 2019 text shared only 1963), so a span of careers needs
one person of our own roster, whose offices are named."""


def _careers_span(careers: dict[str, list[tuple[dt.date, dt.date]]], years: Counter,
                  phrases: list[Phrase]) -> tuple[dt.date, dt.date, list[str]] | None:
    """The span the most untitled people's careers share, when at least ``CAREER_VOTERS`` do
    and one of them has a named office (``CODING_RANGE``)."""
    span = _best_span(careers, years) if len(careers) >= CAREER_VOTERS else None
    if span is None or len(span[2]) < CAREER_VOTERS:
        return None
    named = {p.person.id for p in phrases if p.person is not None
             and any(o.title != CODING_RANGE for o in p.person.offices)}
    return span if named & set(span[2]) else None


def estimate_date(phrases: list[Phrase], doc) -> DateEstimate | None:
    """The article's estimated date (module docstring), or None when nothing dates it."""
    titled = titled_terms(phrases, doc)
    years, picking = named_years(doc), named_years(doc, every=True)
    span = _best_span({k: terms for k, (_, terms) in titled.items()}, picking)
    reads = span is not None
    if span is None and titled and (broken := _tie_broken(
            {k: terms for k, (_, terms) in titled.items()}, picking, career_terms(phrases, doc), phrases)):
        span, chose = broken  # two terms of one titled person, told apart by untitled careers
        evidence = [_vote(k, titled[k][0]) for k in span[2]] + [f"career:{k}" for k in chose]
    elif span is not None:
        evidence = [_vote(k, titled[k][0]) for k in span[2]]
    elif not titled and (span := _careers_span(career_terms(phrases, doc), picking, phrases)) is not None:
        evidence = [f"career:{k}" for k in span[2]]  # untitled people alone: round 30, q64
    else:
        return None
    start, end = span[0], span[1]
    year = _lower_year(years, start, end)
    low = max(start, dt.date(year, 1, 1)) if year is not None else start
    if reads and (kept := _lower_year(named_years(doc, naming=True), start, end)) is not None and kept > low.year \
            and _offices_in(phrases, low, end) != _offices_in(phrases, dt.date(kept, 1, 1), end):
        year = kept  # a year naming an event, left out, would re-read people on the wider span (review r30d,
        # bug 3); a year a future verb or deadline word puts ahead never bounds (review r30e)
    if year is not None:
        start = max(start, dt.date(year, 1, 1))
        evidence.append(f"year:{year}")
    return DateEstimate(value=start + (end - start) / 2, start=start, end=end, evidence=evidence)


def _lower_year(years: Counter, start: dt.date, end: dt.date) -> int | None:
    """The latest of ``years`` inside the span, the span's lower bound."""
    inside = [y for y in years if start.year <= y <= end.year]
    return max(inside) if inside else None


def _offices_in(phrases: list[Phrase], start: dt.date, end: dt.date) -> set[tuple[str, str]]:
    """The offices of the text's roster people held at some time in the span: what the resolver
    reads them by on it."""
    return {(p.person.id, o.title) for p in phrases if p.person is not None for o in p.person.offices
            if o.start is not None and o.start < end and (o.end is None or start < o.end)}


def reads_people(estimate: DateEstimate) -> bool:
    """True when the estimate may read the article's people (``Context.era``): when a titled
    office dates it. A span of untitled careers alone is kept as the article's estimate but
    reads no one on it: whose office it holds is what the text leaves open, and a person whose
    offices all came later would lose the sector the latest office gives (round 30, q64: a
    later party leader named in a text of 2004 lost his opposition sector). A span dated by names'
    own titles alone (``NAME_TITLE``, "Pope X") reads no one either."""
    return any(e.startswith("office:") for e in estimate.evidence)


def era_of(estimate: DateEstimate) -> Era:
    """The span the resolver reads roster people on."""
    return Era(estimate.start, estimate.end, estimate.value)
