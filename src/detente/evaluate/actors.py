"""Actors vs the PLOVER gold records: countries found per sentence, and their sectors.

Each gold record is one edited CAMEO-manual sentence with source and target actors, each a
CAMEO ``code`` (a country, or ``IGO``/``NGO``/``IMG`` for international bodies and militant
groups) and often a ``sector``. Every sentence is coded alone with ``detente.code_articles``
and no date (the gold dates are placeholders, so people get their latest office).

- Country P/R/F1: per sentence, the set of gold codes against the set of codes of every
  resolved mention in the sentence (micro-averaged over sentences).
- Sector accuracy: of gold actors with a sector whose country was found, the share for which
  some mention of that country carries the same sector (strict: the gold's GOV on an
  international body is not detente's IGO/NGO; round 12 of issue 14 measured that mapping and
  left it out of the figure, see docs/accuracy/actors.md).
- Participant country P/R/F1 (``participant_country_*``, added in round 6 of issue 14): the
  same gold sets against the codes of the **participants** detente's events stage gives the
  sentence's events (sources and targets of its non-negated event rows), not of every
  mention. The mention-level figure above counts a country the sentence rightly names but
  the gold does not list as the event's source or target ("according to the Armenian news
  agency") as a false positive; this one counts what detente puts in its event rows. Both
  are printed.
- Unattributed country P/R/F1 (``unattributed_country_*``, round 20 of issue 14, a
  diagnostic): the mention-level figure without the speakers named after their quote's
  content ("..., Thai military sources said"), to show how much of the mention-level
  figure's false countries are reporting sources.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from detente.actors import COUNTRY_CODES, ActorTables, read_tsv
from detente.errors import EvaluationError
from detente.evaluate import Report, Table, prf
from detente.records import Article, CodedArticle
from detente.resources import Resources, data_path

ORGANISATION = "IGO/NGO"
"""Gold marks Amnesty, the Red Cross and UN bodies now IGO, now NGO: one class for both."""
TRANSNATIONAL = "IMG"
"""CAMEO's code for international militant groups (al-Qaeda)."""


GOLD_SECTORS = {"JRN": "MED", "MED": "HLH", "CIV": "CVL", "MOS": "REL", "CHR": "REL"}
"""The gold's own sector names in CAMEO terms: its JRN is journalists (CAMEO MED), its MED
is medical (every MED actor is doctors or the Red Cross/Crescent: CAMEO HLH), CIV is CVL."""


@dataclass
class GoldActor:
    code: str
    sector: str | None
    text: str


@dataclass
class GoldRecord:
    id: str
    text: str
    actors: list[GoldActor]


def read_gold(path: Path) -> list[GoldRecord]:
    """PLOVER records with their source and target actors (the DOCUMENT header skipped); a
    ``.xml`` file is read as PETRARCH2 unit-test records (``read_petrarch``)."""
    if Path(path).suffix.lower() == ".xml":
        return read_petrarch(Path(path))
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise EvaluationError(f"{path}: cannot read PLOVER JSON ({exc})") from exc
    gold = []
    for record in records:
        if record.get("event") == "DOCUMENT" or not record.get("text"):
            continue
        actors = []
        for role in ("source", "target"):
            items = record.get(role) or []
            for item in items if isinstance(items, list) else [items]:
                if isinstance(item, dict) and (item.get("code") or "").strip():
                    actors.append(GoldActor(item["code"].strip().upper(), item.get("sector"),
                                            item.get("actorText", "")))
        gold.append(GoldRecord(record["id"], record["text"], actors))
    return gold


PETRARCH_FICTIONAL = frozenset({"ERI"})
"""Codes the PETRARCH2 validation dictionary gives to invented places although they are ISO
codes too (``ERIADOR [ERI]``, not Eritrea)."""
PETRARCH_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG", "OPP", "PTY", "REB",
                              "MED", "REL", "CVL", "BUS", "ELI", "REF", "EDU", "LAB", "HLH",
                              "AGR", "CRM", "UAF", "IGO", "NGO", "JRN"})


def read_petrarch(path: Path) -> list[GoldRecord]:
    """PETRARCH2 unit-test records (``PETR.UnitTest.records.xml``) as gold records: each
    ``<Sentence>``'s text with the source and target codes of its ``<EventCoding>`` elements
    (``USAGOV`` -> USA with sector GOV). The suite's actors are mostly invented (Arnor,
    Gondor: codes no country has); only records all of whose codes are ISO countries (or
    IGO/NGO/IMG) and none of ``PETRARCH_FICTIONAL`` are kept, and records with no coded event
    are left out. The gold has no actor text: ``GoldActor.text`` is empty, so the aligned
    figures do not count these records."""
    import xml.etree.ElementTree as ET

    from detente.actors import COUNTRY_CODES

    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise EvaluationError(f"{path}: cannot read PETRARCH XML ({exc})") from exc
    legacy, iso = legacy_codes(), set(COUNTRY_CODES)
    gold = []
    for sentence in root.iter("Sentence"):
        text = " ".join((sentence.findtext("Text") or "").split())
        codes = [(coding.get(role) or "").strip().upper()
                 for coding in sentence.findall("EventCoding")
                 for role in ("sourcecode", "targetcode")]
        codes = [c for c in codes if c]
        roots = {c[:3] for c in codes}
        if not text or not codes or roots & PETRARCH_FICTIONAL or not all(
                legacy.get(r, r) in iso or r in ("IGO", "NGO", "IMG") for r in roots):
            continue
        actors = {}
        for code in codes:
            sector = code[3:6] if code[3:6] in PETRARCH_SECTORS else None
            actors[(code[:3], sector)] = GoldActor(code[:3], sector, "")
        gold.append(GoldRecord(sentence.get("id") or "", text, list(actors.values())))
    return gold


def legacy_codes() -> dict[str, str]:
    """CAMEO country codes that differ from ISO alpha-3 (``JAP`` -> ``JPN``)."""
    return {row["cameo"]: row["iso"] for row in read_tsv(data_path("actors", "cameo_codes.tsv"))}


def gold_class(code: str, legacy: dict[str, str]) -> str:
    if code in ("IGO", "NGO"):
        return ORGANISATION
    return legacy.get(code, code)


def our_class(country: str, tables: ActorTables, iso: set[str]) -> str:
    """Our code in the gold's terms: ISO codes stay, international bodies become one class,
    transnational armed groups IMG."""
    if country in iso:
        return country
    if country in tables.organisation_codes:
        return ORGANISATION
    return TRANSNATIONAL


def gold_sector(sector: str | None) -> str | None:
    """The gold sector's CAMEO root (``CVLalb`` -> ``CVL``, ``JRN`` -> ``MED``), None if absent."""
    if not sector or not sector[:3].isalpha():
        return None
    root = sector[:3].upper()
    return GOLD_SECTORS.get(root, root)


def found_sectors(coded: CodedArticle, tables: ActorTables, iso: set[str]) -> dict[str, set]:
    """``{country class: sectors of its mentions}`` for one coded sentence."""
    found: dict[str, set] = {}
    for mention in coded.mentions:
        actor = mention.actor
        if actor is not None and actor.country:
            found.setdefault(our_class(actor.country, tables, iso), set()).add(actor.sector)
    return found


def unattributed_classes(coded: CodedArticle, tables: ActorTables, iso: set[str]) -> set[str]:
    """Country classes of the sentence's mentions, leaving out the speakers the quotes stage
    found after the content ("..., a state-owned Egyptian newspaper said") of quotes whose
    content names an actor of its own: the sentence's source of report, which the gold never
    lists as an event's source or target. A speaker before the content ("Iran threatened to
    cut off ...") is the event's source and is kept. A diagnostic of how much of
    the mention-level figure's false countries are reporting sources."""
    named = [m for m in coded.mentions if m.actor is not None and m.actor.country]
    spans = [(q.speaker.start, q.speaker.end) for q in coded.quotes
             if q.speaker is not None and q.speaker.start is not None
             and q.speaker.end is not None and q.speaker.start >= q.end
             and any(q.start <= m.start and m.end <= q.end for m in named)]
    return {our_class(m.actor.country, tables, iso) for m in coded.mentions
            if m.actor is not None and m.actor.country
            and not any(m.start < end and start < m.end for start, end in spans)}


def participant_classes(coded: CodedArticle, tables: ActorTables, iso: set[str]) -> set[str]:
    """Country classes of the sources and targets of the sentence's non-negated events."""
    return {our_class(p.country, tables, iso) for event in coded.events if not event.negated
            for p in (*event.source, *event.target) if p.country}


def locate(text: str, actor_text: str) -> tuple[int, int] | None:
    """Offsets of a gold actor's text in its sentence (the part before any "..." elision),
    as whole words: "US" is not the "us" of "refused".

    >>> locate("Turkey refused the US plan", "US")
    (19, 21)
    """
    needle = actor_text.split("..")[0].strip()
    if not needle:
        return None
    pattern = (r"\b" if needle[0].isalnum() else "") + re.escape(needle) + (
        r"\b" if needle[-1].isalnum() else "")
    found = re.search(pattern, text, re.IGNORECASE)
    return (found.start(), found.end()) if found else None


def country_errors(record: GoldRecord, coded: CodedArticle, wanted: set[str], tables, iso,
                   legacy) -> list[list]:
    """One row per false or missed country of a sentence, with what gave it: a false
    country's mentions (text and rule), a missed one's gold actor texts; and one row per gold
    actor whose own text our mentions overlap with another country or none ("aligned").

    Rows: ``[record, kind, country, text, rule]``, kind ``false``, ``missed`` or
    ``aligned`` (for ``aligned`` the country is the gold's and the rule lists our countries).
    """
    rows: list[list] = []
    by_class: dict[str, list] = {}
    for mention in coded.mentions:
        if mention.actor is not None and mention.actor.country:
            by_class.setdefault(our_class(mention.actor.country, tables, iso), []).append(mention)
    for code in sorted(set(by_class) - wanted):
        rows += [[record.id, "false", code, m.text, m.rule] for m in by_class[code]]
    for code in sorted(wanted - set(by_class)):
        texts = [a.text for a in record.actors if gold_class(a.code, legacy) == code]
        rows.append([record.id, "missed", code, " / ".join(texts), None])
    for actor in record.actors:
        span = locate(record.text, actor.text)
        code = gold_class(actor.code, legacy)
        if span is None:
            continue
        over = [m for m in coded.mentions if m.start < span[1] and span[0] < m.end]
        if any(m.actor and m.actor.country and our_class(m.actor.country, tables, iso) == code
               for m in over):
            continue
        ours = ", ".join(f"{m.text}={m.actor.country if m.actor else None} ({m.rule})"
                         for m in over) or "no mention"
        rows.append([record.id, "aligned", code, actor.text, ours])
    return rows


@dataclass
class Aligned:
    """Counts of the per-actor view: our mentions overlapping each gold actor's own text."""

    located: int = 0
    country_hits: int = 0
    sector_scored: int = 0
    sector_hits: int = 0

    def add(self, record: GoldRecord, coded: CodedArticle, tables, iso, legacy) -> None:
        for actor in record.actors:
            span = locate(record.text, actor.text)
            if span is None:
                continue
            self.located += 1
            code, sector = gold_class(actor.code, legacy), gold_sector(actor.sector)
            ours = [m.actor for m in coded.mentions if m.actor and m.actor.country
                    and m.start < span[1] and span[0] < m.end
                    and our_class(m.actor.country, tables, iso) == code]
            self.country_hits += bool(ours)
            if ours and sector is not None:
                self.sector_scored += 1
                self.sector_hits += any(a.sector == sector for a in ours)

    def metrics(self) -> dict[str, float | int]:
        return {"aligned_actors": self.located,
                "aligned_country_recall": round(self.country_hits / max(self.located, 1), 4),
                "aligned_sector_accuracy": round(self.sector_hits / max(self.sector_scored, 1), 4),
                "aligned_sector_scored": self.sector_scored}


@dataclass
class Half:
    """Counts of one half (or of all records): country sets, sectors, aligned view, misses."""

    records: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    sector_hits: Counter = field(default_factory=Counter)
    sector_total: Counter = field(default_factory=Counter)
    aligned: Aligned = field(default_factory=Aligned)
    misses: list[list] = field(default_factory=list)
    extra: Counter = field(default_factory=Counter)
    participants: Counter = field(default_factory=Counter)
    unattributed: Counter = field(default_factory=Counter)
    errors: list[list] = field(default_factory=list)

    def add(self, record: GoldRecord, coded: CodedArticle, tables, iso, legacy) -> None:
        self.records += 1
        self.aligned.add(record, coded, tables, iso, legacy)
        found = found_sectors(coded, tables, iso)
        wanted = {gold_class(a.code, legacy) for a in record.actors}
        self.tp += len(wanted & set(found))
        self.fp += len(set(found) - wanted)
        self.fn += len(wanted - set(found))
        self.extra.update(set(found) - wanted)
        self.errors += country_errors(record, coded, wanted, tables, iso, legacy)
        kept = unattributed_classes(coded, tables, iso)
        self.unattributed.update(tp=len(wanted & kept), fp=len(kept - wanted),
                                 fn=len(wanted - kept))
        chosen = participant_classes(coded, tables, iso)
        self.participants.update(tp=len(wanted & chosen), fp=len(chosen - wanted),
                                 fn=len(wanted - chosen))
        for actor in record.actors:
            code, sector = gold_class(actor.code, legacy), gold_sector(actor.sector)
            if sector is None or code not in found:
                continue
            self.sector_total[sector] += 1
            hit = sector in found[code]
            self.sector_hits[sector] += hit
            if not hit:
                self.misses.append([record.id, actor.text, f"{code}{sector}",
                                    ", ".join(sorted(str(s) for s in found[code]))])

    def metrics(self, prefix: str = "") -> dict[str, float | int]:
        country = prf(self.tp, self.fp, self.fn)
        total = sum(self.sector_total.values())
        accuracy = round(sum(self.sector_hits.values()) / total, 4) if total else 0.0
        out = {"records": self.records, "country_precision": country["precision"],
               "country_recall": country["recall"], "country_f1": country["f1"],
               "country_tp": country["tp"], "country_fp": country["fp"],
               "country_fn": country["fn"], "sector_accuracy": accuracy,
               "sector_scored": total, **self.aligned.metrics()}
        chosen = prf(self.participants["tp"], self.participants["fp"], self.participants["fn"])
        out.update({f"participant_country_{k}": chosen[k]
                    for k in ("precision", "recall", "f1")})
        kept = prf(self.unattributed["tp"], self.unattributed["fp"], self.unattributed["fn"])
        out.update({f"unattributed_country_{k}": kept[k]
                    for k in ("precision", "recall", "f1")})
        return {f"{prefix}{k}": v for k, v in out.items()}


HALVES = ("dev", "heldout")
PETRARCH_HALVES = ("tune", "check")
"""The same sha1-parity split named for the PETRARCH2 records: tune (rules may be written
from it) and check (aggregates only)."""


def evaluate(gold: Path, limit: int | None = None, limit_misses: int = 40,
             show_errors: bool = False) -> Report:
    """Score the actors stage on the PLOVER gold records, on all of them and per half (the
    events evaluator's ``split_half``: sha1 parity of the record id). Misses are listed for
    the dev half only; of the held-out half only aggregates are reported. ``show_errors``
    adds every false, missed and misaligned country of the dev half (``country_errors``).

    >>> report = evaluate(Path("../shared/data/events/PLOVER_GSR_CAMEO.json"))  # doctest: +SKIP
    >>> report.metrics["heldout_country_f1"] >= 0.85  # doctest: +SKIP
    True
    """
    from detente.evaluate.events import split_half
    from detente.pipeline import code_articles

    records = read_gold(Path(gold))[:limit]
    names = dict(zip(HALVES, PETRARCH_HALVES if Path(gold).suffix.lower() == ".xml" else HALVES,
                     strict=True))
    resources = Resources()
    tables: ActorTables = resources.get("actors")
    iso = set(COUNTRY_CODES)
    legacy = legacy_codes()
    articles = [Article(id=r.id, text=r.text) for r in records]
    everything = Half()
    halves = {h: Half() for h in HALVES}
    for record, coded in zip(records, code_articles(articles, resources=resources), strict=True):
        everything.add(record, coded, tables, iso, legacy)
        halves[split_half(record.id)].add(record, coded, tables, iso, legacy)
    report = _report(gold, everything, halves["dev"], limit_misses, names["dev"])
    for half, counts in halves.items():
        report.metrics.update(counts.metrics(f"{names[half]}_"))
    report.tables.insert(0, _halves_table({names[h]: c for h, c in halves.items()}))
    if show_errors:
        report.tables.append(Table(
            f"Country errors, {names['dev']} half (false: a country the gold does not list, "
            "with the mention and rule that gave it; missed: a gold country no mention has; "
            "aligned: a gold actor's own text our mentions give another country or none)",
            ["record", "kind", "country", "text", "rule / ours"], halves["dev"].errors))
    return report


def _halves_table(halves: dict[str, Half]) -> Table:
    rows = []
    for half, counts in halves.items():
        m = counts.metrics()
        rows.append([half, m["records"], m["country_precision"], m["country_recall"],
                     m["country_f1"], m["sector_accuracy"], m["sector_scored"],
                     m["aligned_country_recall"], m["aligned_sector_accuracy"],
                     m["participant_country_precision"], m["participant_country_recall"],
                     m["participant_country_f1"]])
    return Table("By half (sha1 parity of the record id; rules are written on dev only)",
                 ["half", "records", "country P", "country R", "country F1", "sector acc",
                  "sector actors", "aligned country R", "aligned sector acc",
                  "participant country P", "participant country R",
                  "participant country F1"], rows)


def _report(gold, counts: Half, dev: Half, limit_misses: int, first: str = "dev") -> Report:
    hits, total = counts.sector_hits, counts.sector_total
    rows = [[s, total[s], hits[s], round(hits[s] / total[s], 3)] for s, _ in total.most_common()]
    # ties by code: the counter is filled from sets, whose order changes with PYTHONHASHSEED
    extra = [[code, n] for code, n in sorted(dev.extra.items(), key=lambda kv: (-kv[1], str(kv[0])))]
    extra = extra[:limit_misses] if limit_misses is not None else extra
    return Report(
        task="actors",
        gold=str(gold),
        metrics=counts.metrics(),
        tables=[Table("Sector accuracy by gold sector", ["sector", "gold actors", "matched",
                                                         "accuracy"], rows),
                Table(f"Sector misses, {first} half (first {limit_misses})",
                      ["record", "gold text", "gold", "ours"], dev.misses[:limit_misses]),
                Table(f"Countries found that the gold does not list, {first} half",
                      ["country", "sentences"], extra)],
        notes=["Each record is coded alone with no article date (gold dates are placeholders).",
               "Country sets per sentence: gold source+target codes vs codes of every resolved "
               "mention; IGO and NGO count as one class (the gold mixes them); CAMEO legacy "
               "codes (JAP, ITL, VTN) are mapped to ISO.",
               "Sector accuracy counts gold actors with a sector (not None or ***) whose country "
               "was found; the gold's JRN counts as MED (media) and its MED (doctors, Red Cross) as "
               "HLH; CIV counts as CVL, MOS/CHR as REL; suffixes such as "
               "CVLalb count as their root; on an IGO/NGO actor the gold's GOV agrees with "
               "detente's IGO or NGO (the body's own staff: detente codes UN officials UN "
               "IGO, the gold IGO GOV).",
               "unattributed_country_* (a diagnostic, not the target): the mention-level "
               "figure leaving out the speakers named after their quote's content when the "
               "content names an actor (the reporting source: '..., the French embassy said').",
               "participant_country_*: the gold codes against the countries of the sources "
               "and targets of detente's non-negated event rows in the sentence (the events "
               "stage's choice of participants), not of every mention.",
               "aligned_*: per gold actor whose text is found in the sentence, our mentions "
               "overlapping that text: the share with the gold country, and of those with a "
               "gold sector, the share with the same sector (what the events stage sees)."],
    )
