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
    return found


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


def named_years(doc) -> Counter:
    """Years the text's DATE entities name, up to this year."""
    text, now = doc_text(doc), dt.date.today().year
    years: Counter = Counter()
    for ent in doc.ents:
        if ent.label_ == "DATE":
            years.update(int(y) for y in YEAR.findall(text[ent.start_char:ent.end_char])
                         if int(y) <= now)
    return years


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
    runs = _runs(votes)
    if not runs:
        return None
    most = max(len(r[2]) for r in runs)
    tied = [r for r in runs if len(r[2]) == most]
    if len(tied) > 1 and years:
        latest = max(years)
        after = [r for r in tied if r[1].year >= latest]
        holding = [r for r in after if r[0].year <= latest]
        tied = holding or after or tied
    if any(a[1] != b[0] for a, b in zip(tied, tied[1:], strict=False)):
        return None
    return tied[-1]


def estimate_date(phrases: list[Phrase], doc) -> DateEstimate | None:
    """The article's estimated date (module docstring), or None when nothing dates it."""
    titled = titled_terms(phrases, doc)
    years = named_years(doc)
    span = _best_span({k: terms for k, (_, terms) in titled.items()}, years)
    evidence: list[str] = []
    if span is not None:
        start, end, voters = span
        evidence = [f"office:{k}#{titled[k][0]}" for k in voters]
        inside = [y for y in years if start.year <= y <= end.year]
        if inside:
            year = max(inside)
            start = max(start, dt.date(year, 1, 1))
            evidence.append(f"year:{year}")
    else:
        return None
    return DateEstimate(value=start + (end - start) / 2, start=start, end=end, evidence=evidence)


def era_of(estimate: DateEstimate) -> Era:
    """The span the resolver reads roster people on."""
    return Era(estimate.start, estimate.end, estimate.value)
