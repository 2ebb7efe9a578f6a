"""Event coding scored on the PLOVER gold records and the PETRARCH2 unit-test records.

PLOVER (``PLOVER_GSR_CAMEO.json``): one gold event per sentence. Each record is coded with the
public pipeline; its predicted event types (distinct, all sentences of the record) are compared
with the gold type: the gold type among them is a true positive, every other predicted type a
false positive, a missing gold type a false negative. Old labels are mapped (DEMAND -> REQUEST,
DISAPPROVE -> ACCUSE, FIGHT -> ASSAULT) and INVESTIGATE accepts ACCUSE, REQUEST or COERCE.
Source/target country accuracy is measured on the true positives: right when a predicted event of
the gold type has a source (target) whose country is among the gold codes (IGO/NGO codes match
any international body). Records are split by a hash of their id into a dev half (used while
writing the lexicon) and a held-out half (never looked at); both are reported.

PETRARCH2 (``petrarch2_unittest/``): fictional actors from ``PETR.Validate.actors.txt`` are
loaded as a user actors file; each gold ``EventCoding`` is right when an event of the sentence has
the same CAMEO root (first two digits). Many gold codes in that suite are WEIS codes from its
KEDS-era verb dictionary, not CAMEO (its own header says so): they are counted, and also reported
apart.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import date as Date
from pathlib import Path

import yaml

from detente.actors import COUNTRY_CODES
from detente.evaluate import Report, Table, prf
from detente.evaluate.misses import cause_tables
from detente.pipeline import code_articles
from detente.readers import article_from_text
from detente.records import Event
from detente.resources import Resources

OLD_LABELS = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT"}
INVESTIGATE_ACCEPTS = frozenset({"ACCUSE", "REQUEST", "COERCE"})
ISO3 = COUNTRY_CODES
INTERNATIONAL = "international"


@dataclass
class GoldRecord:
    """One PLOVER gold sentence."""

    id: str
    text: str
    label: str
    accepts: frozenset[str]
    sources: frozenset[str]
    targets: frozenset[str]
    half: str
    trigger: str = ""
    """The record's ``eventText`` (the gold event's words, not always contiguous)."""


@dataclass
class Tally:
    """Counts for one half of the PLOVER records."""

    per_type: dict[str, Counter] = field(default_factory=dict)
    source: Counter = field(default_factory=Counter)
    target: Counter = field(default_factory=Counter)
    confusion: Counter = field(default_factory=Counter)
    records: int = 0
    causes: Counter = field(default_factory=Counter)
    """False negatives by the fate of the nearest candidate (``evaluate/misses.py``)."""
    mechanisms: Counter = field(default_factory=Counter)
    """False negatives of coded sentences by how the type was lost (``misses.type_mechanism``)."""
    pairs: Counter = field(default_factory=Counter)
    """False negatives of coded sentences by ``GOLD -> CODED`` (the sentence's row types)."""
    misses_without_source_actor: int = 0
    """False negatives whose sentence has no resolved actor of a gold source country: out of
    the events stage's reach (the actors stage found no source)."""

    def add(self, kind: str, type_: str) -> None:
        self.per_type.setdefault(type_, Counter())[kind] += 1

    def micro(self) -> dict[str, float]:
        total = Counter()
        for counts in self.per_type.values():
            total.update(counts)
        return prf(total["tp"], total["fp"], total["fn"])


def split_half(record_id: str) -> str:
    """``dev`` or ``heldout``, fixed by the record id (sha1, even/odd)."""
    return "dev" if int(hashlib.sha1(record_id.encode()).hexdigest(), 16) % 2 == 0 else "heldout"


def country_class(code: str | None) -> str | None:
    """ISO alpha-3 codes stand for themselves; any other code is an international body."""
    if not code:
        return None
    code = code.upper()[:3] if code.upper()[:3] in ISO3 else code.upper()
    return code if code in ISO3 else INTERNATIONAL


def _codes(actors) -> frozenset[str]:
    if not isinstance(actors, list):
        return frozenset()
    return frozenset(c for c in (country_class(a.get("code")) for a in actors if isinstance(a, dict)) if c)


def read_plover(path: Path) -> list[GoldRecord]:
    """The coded sentences of the PLOVER gold file (the DOCUMENT header skipped)."""
    records = []
    for raw in json.loads(path.read_text(encoding="utf-8")):
        label = raw.get("event")
        if label == "DOCUMENT" or not raw.get("text"):
            continue
        label = OLD_LABELS.get(label, label)
        accepts = INVESTIGATE_ACCEPTS if label == "INVESTIGATE" else frozenset({label})
        records.append(GoldRecord(
            id=raw["id"], text=raw["text"].strip("{} "), label=label, accepts=accepts,
            sources=_codes(raw.get("source")), targets=_codes(raw.get("target")), half=split_half(raw["id"]),
            trigger=raw.get("eventText") or "",
        ))
    return records


def _country_hit(gold: frozenset[str], events: list[Event], side: str) -> bool:
    predicted = {country_class(p.country) for e in events for p in getattr(e, side)}
    return bool(predicted & gold)


def score_record(record: GoldRecord, events: list[Event], tally: Tally,
                 actors: frozenset[str] = frozenset()) -> None:
    """Add one record's outcome to its half's tally (``actors``: country classes the actors
    stage resolved in the record, for the diagnosis of misses)."""
    tally.records += 1
    predicted = {e.type for e in events}
    hits = predicted & record.accepts
    for type_ in predicted - record.accepts:
        tally.add("fp", type_)
    first = min(events, key=lambda e: e.trigger_start).type if events else "none"
    tally.confusion[(record.label, record.label if hits else first)] += 1
    if not hits:
        tally.add("fn", record.label)
        tally.misses_without_source_actor += bool(record.sources) and not record.sources & actors
        return
    tally.add("tp", record.label)
    matching = [e for e in events if e.type in hits]
    if record.sources:
        tally.source["right" if _country_hit(record.sources, matching, "source") else "wrong"] += 1
    if record.targets:
        tally.target["right" if _country_hit(record.targets, matching, "target") else "wrong"] += 1


def code_texts(texts: list[str], *, on: Date | list[Date] | None,
               resources: Resources | None = None) -> list[list[Event]]:
    """Events of each text, coded with the public pipeline as one article each (dated ``on``,
    one date for all or one per text)."""
    return [events for events, _ in code_with_actors(texts, on=on, resources=resources)]


def code_with_actors(texts: list[str], *, on: Date | list[Date] | None,
                     resources: Resources | None = None) -> list[tuple[list[Event], frozenset[str]]]:
    """Events of each text with the country classes of its resolved mentions."""
    dates = on if isinstance(on, list) else [on] * len(texts)
    articles = [article_from_text(t, date=d, id=f"gold-{i}") for i, (t, d) in enumerate(zip(texts, dates, strict=True))]
    return [(coded.events, frozenset(country_class(m.actor.country) for m in coded.mentions if m.actor))
            for coded in code_articles(articles, resources=resources)]


def _accuracy(counts: Counter) -> float:
    total = counts["right"] + counts["wrong"]
    return round(counts["right"] / total, 4) if total else 0.0


def _type_table(title: str, tally: Tally) -> Table:
    rows = []
    for type_ in sorted(tally.per_type):
        c = tally.per_type[type_]
        s = prf(c["tp"], c["fp"], c["fn"])
        rows.append([type_, s["precision"], s["recall"], s["f1"], c["tp"], c["fp"], c["fn"]])
    return Table(title, ["type", "P", "R", "F1", "tp", "fp", "fn"], rows)


def _confusion_table(tallies: dict[str, Tally]) -> Table:
    confusion = Counter()
    for tally in tallies.values():
        confusion.update(tally.confusion)
    golds = sorted({g for g, _ in confusion})
    predicted = sorted({p for _, p in confusion})
    rows = [[g, *[confusion.get((g, p), 0) or "" for p in predicted]] for g in golds]
    return Table("Confusion (both halves): gold type vs the matching or else first predicted type",
                 ["gold \\ predicted", *predicted], rows)


def dev_errors(records: list[GoldRecord], found: list[list[Event]]) -> Table:
    """The dev half's records whose predicted types are not exactly the gold type: the gold
    type, the eventText, each predicted row as ``TYPE (rule, trigger)`` and the sentence (tune
    material; the held-out half is never listed)."""
    rows = []
    for record, events in zip(records, found, strict=True):
        predicted = {e.type for e in events}
        if record.half != "dev" or predicted and predicted <= record.accepts:
            continue
        coded = "; ".join(sorted({f"{e.type} ({e.rule}, {e.trigger})" for e in events})) or "none"
        rows.append([record.id, record.label, record.trigger, coded, record.text])
    return Table("Errors, dev half: records whose coded types miss the gold type or add another",
                 ["id", "gold", "eventText", "coded (rule, trigger)", "text"], rows)


def evaluate_plover(path: Path, *, limit: int | None = None, resources: Resources | None = None,
                    tracing=None, show_errors: bool = False) -> Report:
    """Event-type P/R/F1 and source/target country accuracy per half of the PLOVER records (with
    ``tracing``, ``detente.events.explain.recording``: the causes of the misses too; with
    ``show_errors``: the dev half's wrong and missed records, ``dev_errors``)."""
    from detente.evaluate.misses import miss_cause, type_mechanism

    records = read_plover(path)[:limit] if limit else read_plover(path)
    with tracing() if tracing else contextlib.nullcontext() as rec:
        coded = code_with_actors([r.text for r in records], on=None, resources=resources)
    tallies = {"dev": Tally(), "heldout": Tally()}
    for number, (record, (found, actors)) in enumerate(zip(records, coded, strict=True)):
        tally = tallies[record.half]
        score_record(record, found, tally, actors)
        if rec is not None and not {e.type for e in found} & record.accepts:
            accepts = {(t, s, None) for t in record.accepts for s in record.sources or {None}}
            tally.causes[miss_cause((record.label, None, None), accepts, record.text, "", record.text,
                                    rec.articles.get(f"gold-{number}"), found, frozenset())] += 1
            if (typed := type_mechanism(accepts, record.text, record.trigger, record.text,
                                        rec.articles.get(f"gold-{number}"), found)) is not None:
                tally.mechanisms[typed[0]] += 1
                tally.pairs[typed[1]] += 1
    report = Report(task="events", gold=str(path))
    for half, tally in tallies.items():
        micro = tally.micro()
        report.metrics.update({
            f"{half}_records": tally.records, f"{half}_micro_precision": micro["precision"],
            f"{half}_micro_recall": micro["recall"], f"{half}_micro_f1": micro["f1"],
            f"{half}_source_country_accuracy": _accuracy(tally.source),
            f"{half}_target_country_accuracy": _accuracy(tally.target),
            f"{half}_misses_without_source_actor": tally.misses_without_source_actor,
        })
        report.tables.append(_type_table(f"PLOVER event types, {half} half", tally))
        if tracing:
            coarse, detailed = cause_tables(tally.causes)
            report.tables.append(Table(f"Miss causes, {half} half: where the nearest candidate of the gold type "
                                       "stopped", ["stage", "n"], coarse))
            report.tables.append(Table(f"Miss causes in detail, {half} half", ["cause", "n"], detailed))
            report.tables.append(Table(f"Type misses by mechanism, {half} half (misses in coded sentences)",
                                       ["mechanism", "n"], [[k, v] for k, v in tally.mechanisms.most_common()]))
            report.tables.append(Table(f"Type misses by type pair, {half} half: gold -> the sentence's rows",
                                       ["gold -> coded", "n"], [[k, v] for k, v in tally.pairs.most_common()]))
    report.tables.append(_confusion_table(tallies))
    if show_errors:
        report.tables.append(dev_errors(records, [events for events, _ in coded]))
    report.notes += [
        "Each record is coded alone with the public pipeline and no article date (the gold dates are "
        "placeholders). Per record: the gold type among the predicted types is a tp; every other "
        "predicted type an fp; a missing gold type an fn.",
        "Labels mapped: DEMAND->REQUEST, DISAPPROVE->ACCUSE, FIGHT->ASSAULT; INVESTIGATE accepts "
        "ACCUSE/REQUEST/COERCE. Halves by sha1(id) parity; the lexicon was written on the dev half only.",
        "Country accuracy over true positives with gold actors; IGO/NGO/non-ISO codes match each other.",
        "misses_without_source_actor: false negatives whose sentence has no resolved actor of a gold "
        "source country (the actors stage found none), out of the events stage's reach.",
    ]
    return report


# ---------------------------------------------------------------- PETRARCH2 unit-test records

SENTENCE = re.compile(r"<Sentence (?P<attrs>[^>]*)>(?P<body>.*?)</Sentence>", re.S)
CODING = re.compile(r"""<EventCoding\s+sourcecode=(?P<q1>["'])(?P<src>.*?)(?P=q1)\s+"""
                    r"""targetcode=(?P<q2>["'])(?P<tgt>.*?)(?P=q2)\s+eventcode=["'](?P<code>[^"']*)["']""")
NO_EVENTS = re.compile(r'<EventCoding\s+noevents\s*=\s*"True"', re.I)
@dataclass
class PetrarchRecord:
    """One PETRARCH2 unit-test sentence with its gold CAMEO codings."""

    id: str
    text: str
    date: Date
    codes: list[tuple[str, str, str]]
    """Gold ``(source, target, code)`` codings; empty for a record whose gold says no event."""


def read_petrarch(folder: Path, *, no_events: bool = False) -> list[PetrarchRecord]:
    """Records marked ``sentence="true"`` that carry at least one event coding (with
    ``no_events=True``: instead the records whose gold is ``noevents="True"``)."""
    text = (folder / "PETR.UnitTest.records.xml").read_text(encoding="utf-8", errors="replace")
    out = []
    for m in SENTENCE.finditer(text):
        attrs, body = m["attrs"], m["body"]
        if 'sentence="true"' not in attrs:
            continue
        codes = [(c["src"], c["tgt"], c["code"]) for c in CODING.finditer(body)]
        sentence = re.search(r"<Text>(.*?)</Text>", body, re.S)
        ident = re.search(r'id="([^"]*)"', attrs)
        when = re.search(r'date="(\d{8})"', attrs)
        wanted = (not codes and NO_EVENTS.search(body)) if no_events else codes
        if wanted and sentence and ident and when:
            d = when.group(1)
            out.append(PetrarchRecord(ident.group(1), " ".join(sentence.group(1).split()),
                                      Date(int(d[:4]), int(d[4:6]), int(d[6:])), codes))
    return out


def petrarch_actor_file(folder: Path, out: Path) -> Path:
    """A detente user actors file from ``PETR.Validate.actors.txt``: each actor as a "country".

    Names like ``MINAS_TIRITH`` become "Minas Tirith"; ``+SYNONYM`` lines add names to the entry
    above; of dated codes the undated one wins, else the first. The CAMEO country part (first
    three letters) is what root-code scoring needs; sectors from the agents file are not used.
    """
    entries: list[dict] = []
    for raw in (folder / "PETR.Validate.actors.txt").read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#")[0].rstrip()
        if not line.strip() or line.lstrip().startswith(("<", "!")):
            continue
        code = re.search(r"\[([^\]]*)\]", line)
        code_text = code.group(1).split()[0] if code and code.group(1).split() else None
        if line.startswith("+") and entries:
            entries[-1]["names"].append(_actor_name(line[1:]))
        elif line[0].isspace():
            if entries and code_text and (not entries[-1]["code"] or "<" not in line and ">" not in line):
                entries[-1]["code"] = entries[-1]["code"] or code_text
        else:
            entries.append({"names": [_actor_name(line.split("[")[0])], "code": code_text})
    countries = [{"code": e["code"][:3].upper(), "names": sorted(set(e["names"]))} for e in entries
                 if e["code"] and e["code"][:3].isalpha() and all(e["names"])]
    out.write_text(yaml.safe_dump({"countries": countries}, sort_keys=False), encoding="utf-8")
    return out


def _actor_name(raw: str) -> str:
    words = raw.strip().strip("_").replace("_", " ").split()
    return " ".join(w.capitalize() if w.isupper() or w.islower() else w for w in words)


def _dyad_found(source: str, target: str, events: list[Event]) -> bool:
    """True when an event joins the gold source and target countries (first three letters);
    a gold target of ``---`` or empty matches any target."""
    want_target = target[:3].upper() if target and not target.startswith("-") else None
    for event in events:
        if source[:3].upper() in {(p.country or "")[:3] for p in event.source}:
            if want_target is None or want_target in {(p.country or "")[:3] for p in event.target}:
                return True
    return False


def _cameo_consistent() -> set[tuple[str, str]]:
    """``(record id, gold code)`` of the gold codings judged consistent with the CAMEO definition of
    their sentence's main verb (``events/data/petrarch_cameo_consistent.tsv``, its header says how)."""
    from detente.resources import data_path

    lines = data_path("events", "petrarch_cameo_consistent.tsv").read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")][1:]
    return {(row[0], row[1]) for row in rows}


def _share(counts: Counter, key: str) -> float:
    total = counts[(key, True)] + counts[(key, False)]
    return round(counts[(key, True)] / total, 4) if total else 0.0


def _code_petrarch(folder: Path, records: list[PetrarchRecord]) -> list[list[Event]]:
    with tempfile.TemporaryDirectory() as tmp:
        actors = petrarch_actor_file(folder, Path(tmp) / "petrarch-actors.yaml")
        resources = Resources(actors_file=str(actors))
        return code_texts([r.text for r in records], on=[r.date for r in records], resources=resources)


def evaluate_petrarch(folder: Path) -> Report:
    """CAMEO root-code accuracy per gold coding of the PETRARCH2 unit-test records, overall, on
    the codes that exist in CAMEO, and on the codings consistent with the CAMEO codebook; plus
    the share of the suite's no-event records where detente codes nothing."""
    from detente.resources import data_path

    records, empty = read_petrarch(folder), read_petrarch(folder, no_events=True)
    cameo_codes = {line.split("\t")[0] for line in data_path("events", "cameo.tsv").read_text().splitlines()
                   if line and not line.startswith("#")}
    consistent = _cameo_consistent()
    found = _code_petrarch(folder, records + empty)
    counts = Counter()
    for record, events in zip(records, found, strict=False):
        roots = {e.cameo[:2] for e in events}
        for src, tgt, code in record.codes:
            hit = code[:2] in roots
            same_source = any(e.cameo[:2] == code[:2] and _dyad_found(src, "", [e]) for e in events)
            counts[("all", hit)] += 1
            counts[("cameo" if code in cameo_codes else "other", hit)] += 1
            counts[("dyad", _dyad_found(src, tgt, events))] += 1
            counts[("root_source", same_source)] += 1
            if (record.id, code) in consistent:
                counts[("consistent", hit)] += 1
                counts[("consistent_source", same_source)] += 1
    silent = [not events for events in found[len(records):]]
    report = Report(task="events", gold=str(folder))
    report.metrics.update({
        "petrarch_records": len(records), "petrarch_codings": counts[("all", True)] + counts[("all", False)],
        "petrarch_root_accuracy": _share(counts, "all"),
        "petrarch_cameo_codings": counts[("cameo", True)] + counts[("cameo", False)],
        "petrarch_root_accuracy_cameo_codes": _share(counts, "cameo"),
        "petrarch_consistent_codings": counts[("consistent", True)] + counts[("consistent", False)],
        "petrarch_root_accuracy_consistent": _share(counts, "consistent"),
        "petrarch_root_and_source_accuracy_consistent": _share(counts, "consistent_source"),
        "petrarch_root_and_source_accuracy": _share(counts, "root_source"),
        "petrarch_records_with_any_event": sum(1 for e in found[:len(records)] if e),
        "petrarch_dyad_accuracy": _share(counts, "dyad"),
        "petrarch_no_event_records": len(empty),
        "petrarch_no_event_records_silent": round(sum(silent) / len(silent), 4) if silent else 0.0,
    })
    report.notes.append("A gold coding is right when an event of its sentence has the same CAMEO root "
                        "('root_and_source': and that event's source has the gold source's country code). "
                        "'cameo_codes' restricts to gold codes that exist in CAMEO; 'consistent' to the "
                        "codings whose code agrees with the CAMEO codebook definition of the sentence's main "
                        "verb (events/data/petrarch_cameo_consistent.tsv) -- most of the suite's codes come "
                        "from its KEDS/WEIS-era verb dictionary. 'dyad' counts a gold coding right when an "
                        "event has its source and target country codes, any code. 'no_event_records_silent': "
                        "share of the suite's noevents records where detente codes no event.")
    return report


def evaluate(gold: Path | None = None, petrarch: Path | None = None, *, limit: int | None = None,
             tracing=None, show_errors: bool = False) -> Report:
    """Score event coding on PLOVER records (``gold``) and/or PETRARCH2 records (``petrarch``).

    >>> report = evaluate(Path("../shared/data/events/PLOVER_GSR_CAMEO.json"), limit=20)  # doctest: +SKIP
    >>> report.metrics["dev_micro_f1"]  # doctest: +SKIP
    """
    reports = []
    if gold:
        reports.append(evaluate_plover(Path(gold), limit=limit, tracing=tracing, show_errors=show_errors))
    if petrarch:
        reports.append(evaluate_petrarch(Path(petrarch)))
    if not reports:
        raise ValueError("give gold (PLOVER_GSR_CAMEO.json) and/or petrarch (a PETRARCH2 unit-test folder)")
    merged = reports[0]
    for extra in reports[1:]:
        merged.gold += f" + {extra.gold}"
        merged.metrics.update(extra.metrics)
        merged.tables += extra.tables
        merged.notes += extra.notes
    return merged
