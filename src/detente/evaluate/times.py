"""Score the dates stage on TempEval-3 platinum and MEANTIME, with dateparser alongside.

What is counted:
- extent P/R/F1 over all gold TIMEX3 (DATE, TIME, DURATION, SET; the DCT excluded) against all
  expressions detente reports, strict (same start and end) and relaxed (overlap, one to one);
- value accuracy on gold DATE/TIME timexes: the share whose overlapping detente expression has
  exactly the gold value (an expression missed counts as wrong), end to end through
  ``detente.code_articles`` with the DCT as the publication date;
- value accuracy when normalising the gold extents themselves (same rules, tense from the parse);
- dateparser alone on the gold extents (RELATIVE_BASE = DCT, PREFER_DATES_FROM
  'current_period', its period as granularity), the baseline of ``../shared/data/NOTES.md``;
- event dating on TE3: for each gold link "event IS_INCLUDED in a DATE/TIME timex of the same
  sentence", whether the dater picks that expression for an event on the gold trigger.

TE3 is split into a development half (even positions in name order) and a check half (odd):
both are reported, so a rule tuned on one half shows whether it generalises.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from detente.dates import DateTools, EventDater, build_tools, date_parser, span_anchor, timex_of
from detente.evaluate import Report, Table, prf
from detente.evaluate.timeml import GoldDocument, GoldTimex, read_folder
from detente.pipeline import code_articles
from detente.records import Article, Event, TimeExpression
from detente.resources import Resources

VALUE_TYPES = ("DATE", "TIME")


@dataclass
class Tally:
    """Counts of one gold set (or one half of it)."""

    strict: list[int] = field(default_factory=lambda: [0, 0, 0])
    relaxed: list[int] = field(default_factory=lambda: [0, 0, 0])
    values: Counter = field(default_factory=Counter)
    errors: list[list] = field(default_factory=list)

    def add(self, other: Tally) -> None:
        for mine, theirs in ((self.strict, other.strict), (self.relaxed, other.relaxed)):
            for i in range(3):
                mine[i] += theirs[i]
        self.values.update(other.values)
        self.errors.extend(other.errors)

    def accuracy(self, key: str) -> float:
        total = self.values["gold"]
        return round(self.values[key] / total, 4) if total else 0.0


def _overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def _extent_counts(gold: list[GoldTimex], found: list[TimeExpression]) -> tuple[list, list]:
    exact = {(t.start, t.end) for t in found} & {(g.start, g.end) for g in gold}
    strict = [len(exact), len(found) - len(exact), len(gold) - len(exact)]
    used: set[int] = set()
    matched = 0
    for g in gold:
        for i, t in enumerate(found):
            if i not in used and _overlaps(g.start, g.end, t.start, t.end):
                used.add(i)
                matched += 1
                break
    return strict, [matched, len(found) - matched, len(gold) - matched]


def _baseline(text: str, doc: GoldDocument) -> str | None:
    """dateparser alone on a gold extent, as NOTES.md measured it."""
    if doc.dct is None:
        return None
    data = date_parser(doc.dct, "current_period").get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    return timex_of(data.date_obj, data.period or "day")[0]


def score_document(doc: GoldDocument, coded, tools: DateTools) -> Tally:
    """Extent and value counts of one coded document against its gold."""
    tally = Tally()
    until = doc.annotated_until if doc.annotated_until is not None else len(doc.text)
    found = [t for t in coded.times if t.start < until
             and not any(_overlaps(t.start, t.end, s, e) for s, e in doc.ignored)]
    tally.strict, tally.relaxed = _extent_counts(doc.timexes, found)
    for g in doc.timexes:
        if g.type not in VALUE_TYPES:
            continue
        overlapping = [t for t in found if _overlaps(g.start, g.end, t.start, t.end)]
        ours = max(overlapping, key=lambda t: min(t.end, g.end) - max(t.start, g.start),
                   default=None)
        on_extent = tools.normalise(g.text, span_anchor(coded, tools, g.start, g.end))
        baseline = _baseline(g.text, doc)
        tally.values["gold"] += 1
        tally.values["end_to_end"] += bool(ours and ours.value == g.value)
        tally.values["gold_extent"] += bool(on_extent and on_extent.value == g.value)
        tally.values["dateparser"] += baseline == g.value
        if not (on_extent and on_extent.value == g.value):
            tally.errors.append([doc.name, g.text, g.value,
                                 on_extent.value if on_extent else None,
                                 on_extent.rule if on_extent else None])
    return tally


def _probe_event(coded, start: int, end: int) -> Event:
    """An event record on a gold event's trigger, to ask the dater which expression dates it."""
    return Event(type="GOLD", cameo="", goldstein=0.0, quad=0, source=[], target=[],
                 sentence=coded.sentence_of(start), start=start, end=end,
                 trigger=coded.article.text[start:end], trigger_start=start, trigger_end=end,
                 evidence="", rule="gold-event")


def score_anchors(doc: GoldDocument, coded, tools: DateTools, tally: Tally) -> None:
    """Event dating on TE3 links "event IS_INCLUDED in timex" (DATE/TIME timex, same sentence).

    Counts links where the dater picks the linked expression, picks another, or picks none.
    """
    dater = EventDater(coded, tools.vocabulary)
    timexes = {g.tid: g for g in doc.timexes}
    for anchor in doc.anchors:
        gold = timexes.get(anchor.tid)
        if gold is None or gold.type not in VALUE_TYPES:
            continue
        event = _probe_event(coded, anchor.event_start, anchor.event_end)
        if event.sentence != coded.sentence_of(gold.start):
            continue
        chosen = dater.choose(event)
        tally.values["anchor_links"] += 1
        if chosen is None:
            tally.values["anchor_none"] += 1
        elif _overlaps(chosen[0].start, chosen[0].end, gold.start, gold.end):
            tally.values["anchor_right"] += 1


def score_set(docs: list[GoldDocument], tools: DateTools,
              resources: Resources | None = None) -> list[tuple[GoldDocument, Tally]]:
    """Code every document through the public pipeline and score it."""
    articles = [Article(id=d.name, text=d.text, date=d.dct, date_source="record") for d in docs]
    coded_docs = code_articles(articles, keep_doc=True, resources=resources)
    scored = []
    for doc, coded in zip(docs, coded_docs, strict=True):
        tally = score_document(doc, coded, tools)
        score_anchors(doc, coded, tools, tally)
        scored.append((doc, tally))
    return scored


def _row(name: str, tally: Tally) -> list:
    strict, relaxed = prf(*tally.strict), prf(*tally.relaxed)
    return [name, tally.values["gold"], strict["f1"], relaxed["f1"], tally.accuracy("end_to_end"),
            tally.accuracy("gold_extent"), tally.accuracy("dateparser")]


def _summarise(label: str, scored: list[tuple[GoldDocument, Tally]], report: Report,
               halves: bool) -> Tally:
    total = Tally()
    parts = {"dev": Tally(), "check": Tally()}
    for i, (_, tally) in enumerate(scored):
        total.add(tally)
        parts["dev" if i % 2 == 0 else "check"].add(tally)
    rows = [_row(label, total)]
    if halves:
        rows += [_row(f"{label} dev half", parts["dev"]), _row(f"{label} check half",
                                                               parts["check"])]
    report.tables.append(Table(
        f"{label}: extents and values",
        ["set", "gold DATE/TIME", "extent F1 strict", "extent F1 relaxed",
         "value acc (end to end)", "value acc (gold extents)", "dateparser (gold extents)"], rows))
    strict, relaxed = prf(*total.strict), prf(*total.relaxed)
    report.metrics.update({
        f"{label}_extent_f1_strict": strict["f1"], f"{label}_extent_f1_relaxed": relaxed["f1"],
        f"{label}_extent_precision_relaxed": relaxed["precision"],
        f"{label}_extent_recall_relaxed": relaxed["recall"],
        f"{label}_value_accuracy": total.accuracy("end_to_end"),
        f"{label}_value_accuracy_gold_extents": total.accuracy("gold_extent"),
        f"{label}_dateparser_value_accuracy": total.accuracy("dateparser"),
        f"{label}_value_gold": total.values["gold"],
    })
    links = total.values["anchor_links"]
    if links:
        report.metrics.update({
            f"{label}_event_date_links": links,
            f"{label}_event_date_accuracy": round(total.values["anchor_right"] / links, 4),
            f"{label}_event_date_undated": round(total.values["anchor_none"] / links, 4),
        })
    report.tables.append(Table(f"{label}: values missed on gold extents",
                               ["document", "text", "gold", "ours", "rule"], total.errors))
    return total


def evaluate(gold: Path | None = None, meantime: Path | None = None,
             limit: int | None = None) -> Report:
    """Score temporal expressions on TE3 platinum (``gold``) and/or MEANTIME.

    ``limit`` scores only the first N documents of each set (a fast gate for tests).

    >>> evaluate(None, None).metrics
    {}
    """
    names = " + ".join(str(p) for p in (gold, meantime) if p)
    report = Report(task="times", gold=names)
    tools, resources = build_tools(), Resources()
    if gold:
        docs = read_folder(Path(gold), "te3")[:limit]
        _summarise("te3", score_set(docs, tools, resources), report, halves=True)
    if meantime:
        docs = [d for d in read_folder(Path(meantime), "meantime") if d.dct][:limit]
        _summarise("meantime", score_set(docs, tools, resources), report, halves=False)
    report.notes += [
        "Extents: all gold TIMEX3 (DATE, TIME, DURATION, SET), document creation time excluded;"
        " relaxed = overlap, one to one.",
        "Values: gold DATE and TIME timexes only; end to end = the detente expression overlapping"
        " the gold one most has exactly the gold value (none found counts as wrong).",
        "dateparser baseline: dateparser alone on the gold extent, RELATIVE_BASE = DCT,"
        " PREFER_DATES_FROM='current_period', its period mapped to TIMEX3 granularity.",
        "TE3 halves: dev = even positions in file-name order, check = odd positions.",
        "Event dates (TE3): TLINKs 'event IS_INCLUDED timex' with a DATE/TIME timex in the event's"
        " sentence; right = the dater picks that expression for an event on the gold trigger;"
        " undated = it picks none (the event would take the publication date).",
        "MEANTIME documents without a creation time are skipped; MEANTIME annotates TIMEX3 only"
        " in the title, dateline and first four body sentences, so only those are scored.",
    ]
    return report


__all__ = ["evaluate", "score_document"]
