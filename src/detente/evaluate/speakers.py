"""Speaker accuracy on detente's own quotes gold (``gold/quotes/``), per half.

Gold: ``{dev,heldout}.articles.jsonl`` (``id, half, date, title, text``) and
``{dev,heldout}.jsonl`` (``id, quotes: [{quote, start, end, speaker, speaker_kind,
speaker_country, speaker_sector, ...}]``), the format of ``gold/FORMAT.md``. Every gold quote
is a direct quote; each is paired with the detente direct quote that overlaps it most (one to
one). Scored per gold quote, so a missed quote counts as a wrong speaker:

- **found**: a detente direct quote overlaps the gold quote;
- **name**: the speaker's name matches (``names_match``: equal after normalisation, or every
  word of the shorter name is in the longer one - "Trump" for "Donald Trump"); a gold quote
  with no speaker (``null``) needs none from detente;
- **country+sector**: the speaker's actor has the gold country and the gold sector; the
  country alone and the sector alone are shown beside it (a missed quote is wrong on both, a
  gold quote with no country needs none), to tell which of the two a half gets wrong.

Quotes detente finds that the gold does not have are counted apart (``extra``).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from detente.evaluate import Report, Table
from detente.evaluate.redaction import read_articles
from detente.records import Quote

HALVES = ("dev", "heldout", "tune", "check")
"""Halves a gold folder may hold: ``gold/quotes`` has dev and heldout, the extra set of
unseen articles (``gold/quotes/extra``) tune (read for rules) and check (aggregate only)."""
READ = frozenset({"dev", "tune"})
"""Halves whose errors may be listed."""
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "sir", "dame", "mme", "m", "lord", "lady"})


@dataclass(frozen=True)
class GoldQuote:
    start: int
    end: int
    speaker: str | None
    country: str | None
    sector: str | None


@dataclass(frozen=True)
class GoldDoc:
    id: str
    half: str
    date: str | None
    text: str
    quotes: tuple[GoldQuote, ...]


@dataclass
class Counts:
    gold: int = 0
    found: int = 0
    name: int = 0
    actor: int = 0
    country: int = 0
    sector: int = 0
    extra: int = 0
    errors: list[str] = field(default_factory=list)

    def rate(self, n: int) -> float:
        return round(n / self.gold, 4) if self.gold else 0.0


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def read_half(folder: Path, half: str) -> list[GoldDoc]:
    """The annotated articles of one half (an article with no annotation line is left out; one kept
    outside the repository is read from its file, ``evaluate.redaction.read_articles``, and left out
    with a warning when that file is absent or differs). Scoring reads a quote's offsets and speaker
    only, so a redacted record (no ``quote`` words, ``gold/FORMAT.md``) scores as its verbatim form."""
    texts = {a["id"]: a for a in read_articles(folder, half)}
    docs = []
    for row in _jsonl(folder / f"{half}.jsonl"):
        art = texts.get(row["id"])
        if art is None:
            continue
        quotes = tuple(GoldQuote(q["start"], q["end"], q.get("speaker"),
                                 q.get("speaker_country"), q.get("speaker_sector"))
                       for q in row.get("quotes", []))
        docs.append(GoldDoc(row["id"], half, art.get("date"), art["text"], quotes))
    return docs


def _words(name: str) -> list[str]:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    plain = plain.replace("'s ", " ")
    return [w for w in re.findall(r"[a-z0-9]+", plain) if w not in HONORIFICS]


def names_match(gold: str | None, system: str | None) -> bool:
    """True when the names are the same person or body as far as their words tell.

    >>> names_match("Donald Trump", "Trump"), names_match("Interpol", "Brian Hook")
    (True, False)
    """
    if gold is None or system is None:
        return gold is None and system is None
    a, b = _words(gold), _words(system)
    if not a or not b:
        return False
    short, long_ = sorted((a, b), key=len)
    return all(w in long_ for w in short)


FORMER = "ELI"
"""detente's sector for someone out of office; the gold's vocabulary has none: the
annotators code a former office-holder by the office (GOV) or as a private person (CVL)."""


CIVILIAN_KINDS = frozenset({"EDU", "HLH", "LAB", "AGR", "REF"})
"""detente's civilian sub-sectors (CAMEO's education, health, labour, agriculture, refugees)
that the gold's vocabulary (``/work/shared/ANNOTATION.md``: GOV, MIL, COP, SPY, JUD, LEG, OPP,
PTY, REB, IGO, NGO, MED, REL, CVL, BUS) lacks: the annotators code an academic or a nurse
``CVL`` (``gold/quotes/NOTES.md``), so one of these agrees with the gold's ``CVL`` as well as
with itself."""


def same_sector(gold: str | None, system: str | None) -> bool:
    """Sectors agree; detente's ELI agrees with the gold's GOV or CVL (see ``FORMER``), and a
    civilian sub-sector the gold's vocabulary lacks with its CVL (see ``CIVILIAN_KINDS``).

    >>> same_sector("CVL", "EDU"), same_sector("EDU", "EDU"), same_sector("GOV", "EDU")
    (True, True, False)
    """
    return gold == system or (system == FORMER and gold in ("GOV", "CVL")) or (
        system in CIVILIAN_KINDS and gold == "CVL")


def _pair(gold: tuple[GoldQuote, ...], system: list[Quote]) -> dict[int, Quote]:
    scored = sorted(((min(g.end, q.end) - max(g.start, q.start), i, j)
                     for i, g in enumerate(gold) for j, q in enumerate(system)), reverse=True)
    used: set[int] = set()
    pairs: dict[int, Quote] = {}
    for size, i, j in scored:
        if size > 0 and i not in pairs and j not in used:
            pairs[i] = system[j]
            used.add(j)
    return pairs


def score_doc(doc: GoldDoc, quotes: list[Quote], counts: Counts) -> None:
    """Add one article's gold quotes to ``counts`` (errors listed for the dev half only)."""
    direct = [q for q in quotes if q.direct]
    pairs = _pair(doc.quotes, direct)
    counts.gold += len(doc.quotes)
    counts.extra += len(direct) - len(pairs)
    for i, g in enumerate(doc.quotes):
        q = pairs.get(i)
        if q is None:
            counts.errors.append(f"{doc.id} [{g.start}:{g.end}] missed (gold {g.speaker})")
            continue
        counts.found += 1
        sp = q.speaker
        name = sp.name if sp is not None else None
        actor = sp.actor if sp is not None else None
        name_ok = names_match(g.speaker, name)
        actor_ok = (actor is not None and actor.country == g.country
                    and same_sector(g.sector, actor.sector)) or (
            actor is None and g.country is None and g.sector is None)
        counts.name += name_ok
        counts.actor += actor_ok
        counts.country += (actor.country if actor is not None else None) == g.country
        counts.sector += same_sector(g.sector, actor.sector if actor is not None else None)
        if not (name_ok and actor_ok):
            got = f"{name} {actor.country if actor else None}/{actor.sector if actor else None}"
            counts.errors.append(f"{doc.id} [{g.start}:{g.end}] gold {g.speaker} "
                                 f"{g.country}/{g.sector}; got {got} ({q.rule})")


def _code(docs: list[GoldDoc]) -> list[list[Quote]]:
    from detente.pipeline import code_articles
    from detente.readers import article_from_text

    inputs = [article_from_text(d.text, id=d.id, date=d.date) for d in docs]
    return [coded.quotes for coded in code_articles(inputs)]


def score(folder: Path) -> dict[str, Counts]:
    """Counts per half present in ``folder``."""
    out = {}
    for half in HALVES:
        if not (folder / f"{half}.jsonl").exists():
            continue
        docs = read_half(folder, half)
        counts = Counts()
        for doc, quotes in zip(docs, _code(docs), strict=True):
            score_doc(doc, quotes, counts)
        out[half] = counts
    return out


def add_to(report: Report, folder: Path, show_errors: bool = False) -> None:
    """Speaker accuracy per half of the gold in ``folder``, added to ``report``."""
    rows = []
    for half, c in score(Path(folder)).items():
        report.metrics[f"own_{half}_speaker_name_accuracy"] = c.rate(c.name)
        report.metrics[f"own_{half}_speaker_actor_accuracy"] = c.rate(c.actor)
        report.metrics[f"own_{half}_speaker_country_accuracy"] = c.rate(c.country)
        report.metrics[f"own_{half}_speaker_sector_accuracy"] = c.rate(c.sector)
        rows.append([half, c.gold, c.rate(c.found), c.rate(c.name), c.rate(c.actor),
                     c.rate(c.country), c.rate(c.sector), c.extra])
        if show_errors and half in READ:
            report.notes += [f"{half} error: {e}" for e in c.errors]
    report.tables.append(Table(
        f"speakers on detente's own gold ({folder}); rates over all gold quotes",
        ["half", "gold quotes", "found", "speaker name", "speaker country+sector",
         "country alone", "sector alone", "extra system quotes"], rows))
    report.notes.append("Own gold: each gold direct quote is paired with the detente direct "
                        "quote overlapping it most; a missed quote counts as a wrong speaker. "
                        "Name: equal words, or every word of the shorter name in the longer.")
