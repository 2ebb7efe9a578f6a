"""Why a row matched no gold triple: the wrong-row causes (the precision twin of ``misses.py``).

Used by ``detente evaluate events --gold gold/events/``: each predicted triple of an article that
matches no accepted gold triple (required, optional or alternative) is put in one class, from the
gold records of the row's sentence (a gold record is in the sentence when its located sentence
holds the row's trigger). Counts only: the table is an aggregate, safe to read for held-out and
check halves. Classes (``coarse: detail``), the first that applies:

- ``duplicate``: a right triple came from the same row (``extra pair of a right row``: a row with
  several sources or targets of which one pair is right) or from another row of the same sentence
  and type (``second row of the sentence``), sharing a side with the wrong triple;
- ``section``: the row's sentence is no body sentence (``dateline``, ``byline``, ``caption``);
- ``target``: a gold record of the sentence has the row's type and source: ``empty, gold names
  one``, ``gold names none``, ``another country`` (``the source's own country``, ``a place``,
  ``another actor``);
- ``source``: a gold record of the sentence has the row's type, not its source: ``no country``
  (the row's source has none), ``a weapon stand-in``, ``a place stand-in`` (a source with no
  sector whose words are no country name), ``gold target as source`` (with ``(sides reversed)``
  when the row's target is the gold source), ``another
  actor of the sentence`` (the country of another side of the sentence's gold), ``other``;
- ``other type``: a gold record of the sentence has the row's sides (either way round) and another
  type: ``GOLD -> ROW`` (a confusion count by type pair);
- ``negated in gold``: the sentence's only gold records of the row's type are negated;
- ``other event of the sentence``: the sentence holds gold records, none of the row's type or
  sides: ``GOLD -> ROW`` by type;
- ``spurious``: no gold record of any type in the sentence: ``RULE KIND, FAMILY``, where RULE KIND
  is the row's rule up to its first colon (``verb``, ``noun``, ...) and FAMILY the guard family
  that could have caught it, the first cue the sentence shows: ``quote`` (coded from a quote or a
  sentence in quote marks), ``hypothetical/future/conditional`` (a mode, or a modal, ``if``,
  ``unless``, a plan word), ``headline/lead repeat`` (the first sentence, its act told again
  below by a row of the same type), ``sports/business`` (a word of those fields), else ``non-event
  sense`` (nothing in the sentence says why: the trigger word's sense is no act).

For the ``source`` and ``target`` classes a second count says how the row's sides were found
(:func:`route`: the suffixes of its rule id, the trigger's words left out).
"""

from __future__ import annotations

import re
from collections import Counter

from detente.actors import COUNTRY_CODES

WEAPONS = frozenset({
    "bomb", "bombs", "device", "devices", "explosive", "explosives", "ied", "grenade", "grenades", "mine",
    "mines", "landmine", "missile", "missiles", "rocket", "rockets", "drone", "drones", "shell", "shells",
    "mortar", "mortars", "car", "truck", "vehicle", "gun", "guns", "airstrike", "strike", "strikes", "blast",
    "explosion", "attack", "attacks", "shelling", "fire", "gunfire",
})
"""Words of a source that stands for the weapon, not its user (lower case)."""

MODAL = re.compile(r"\b(will|would|could|may|might|should|shall|if|unless|whether|plans?|planned|planning|"
                   r"intends?|intended|expected|likely|possible|possibly|proposed?|considering|aims?|hopes?|"
                   r"wants?|threatens?|threatened|ready to|going to|'ll)\b", re.I)
SPORTS_BUSINESS = re.compile(r"\b(match|matches|game|games|team|teams|league|cup|champion\w*|tournament|"
                             r"season|coach|player\w*|goal|goals|striker|club|clubs|olympic\w*|medal\w*|"
                             r"shares?|stock\w*|market\w*|profits?|revenue|company|companies|firm|firms|"
                             r"investors?|merger|takeover|bid|bids|ceo|chief executive|prices?|sales|"
                             r"brand|retailer\w*|bank|banks)\b", re.I)
DATELINE = re.compile(r"^\s*[A-Z][A-Z .'-]{2,}(,\s*[A-Za-z .]+)?\s*(\([A-Za-z ]+\))?\s*(--|[-\u2013\u2014])\s")
AGENCY = re.compile(r"\((Reuters|AP|AFP|Xinhua|UPI|dpa|PTI|IANS|ANI)\)")
BYLINE = re.compile(r"^\s*(By|Reporting by|Written by|Editing by|Additional reporting by)\s+[A-Z]")
CAPTION = re.compile(r"^\s*(Image caption|Image copyright|Caption|Photo|Picture|Media caption|Video caption|"
                     r"File photo)\b|\b(pictured|\(pictured\)|is seen|are seen|poses)\b", re.I)
QUOTE_MARKS = ("\"", "\u201c", "\u201d")


def locate(text: str, sentence: str) -> tuple[int, int] | None:
    """Offsets of a gold record's sentence in the article text (its first 60 characters if the
    whole is not found)."""
    sentence = (sentence or "").strip()
    if not sentence:
        return None
    at = text.find(sentence)
    if at < 0:
        at = text.find(sentence[:60])
    return (at, at + len(sentence)) if at >= 0 else None


def _country_name(words: str) -> bool:
    """True when ``words`` name a country or an international body by its own words (a code or
    a name ``COUNTRY_CODES`` knows), not a place inside one."""
    return any(w.isupper() and w in COUNTRY_CODES for w in re.findall(r"[A-Za-z]+", words)) or \
        _NAMES_RE.search(words) is not None


def _country_names() -> re.Pattern:
    import pycountry

    names = {n for c in pycountry.countries for n in (c.name, getattr(c, "common_name", None)) if n}
    names = sorted((n for n in names if len(n) > 3), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(n) for n in names) + r")\b", re.I)


_NAMES_RE = _country_names()


def _section(sentence: str, index: int) -> str | None:
    if BYLINE.search(sentence):
        return "byline"
    if AGENCY.search(sentence[:80]) or (index == 0 and DATELINE.search(sentence)):
        return "dateline"
    if CAPTION.search(sentence):
        return "caption"
    return None


def _family(event, sentence: str, rows_by_type: dict[str, list]) -> str:
    if event.quote is not None or any(m in sentence for m in QUOTE_MARKS):
        return "quote"
    if event.mode or MODAL.search(sentence):
        return "hypothetical/future/conditional"
    if event.sentence == 0 and any(e.sentence > 0 for e in rows_by_type.get(event.type, [])):
        return "headline/lead repeat"
    if SPORTS_BUSINESS.search(sentence):
        return "sports/business"
    return "non-event sense"


def _target_kind(event, src: str | None, tgt: str | None) -> str:
    """How a wrong target country was found: the source's own country (a domestic reading), a
    place (no sector, no country name), or another actor."""
    parts = [p for p in event.target if (p.country or "").upper() == tgt] or event.target
    words = " ".join(p.text or "" for p in parts)
    if tgt == src:
        return "the source's own country"
    if all(not p.sector for p in parts) and words and not _country_name(words):
        return "a place"
    return "another actor"


def _source_kind(event, src: str | None, golds: list[tuple], tgt: str | None, records_sides: set) -> str:
    if src is None:
        return "no country"
    parts = [p for p in event.source if (p.country or "").upper() == src] or event.source
    words = " ".join(p.text or "" for p in parts)
    if set(re.findall(r"[a-z]+", words.lower())) & WEAPONS:
        return "a weapon stand-in"
    if any(t == src for _, _, t in golds):
        reversed_ = any(t == src and g == tgt for _, g, t in golds)
        return "gold target as source" + (" (sides reversed)" if reversed_ else "")
    if all(not p.sector for p in parts) and words and not _country_name(words):
        return "a place stand-in"
    if src in records_sides:
        return "another actor of the sentence"
    return "other"


def wrong_cause(triple: tuple, event, right: dict, text: str, records: list[dict],
                events: list, symmetric: frozenset[str]) -> str:
    """The class of one wrong triple (see the module docstring). ``right``: the article's right
    triples -> the row that gave each; ``records``: every gold record of the article (raw);
    ``events``: the article's rows."""
    type_, src, tgt = triple
    for other, row in right.items():
        if other[0] != type_ or not ({other[1], other[2]} - {None}) & ({src, tgt} - {None}):
            continue
        if row is event:
            return "duplicate: extra pair of a right row"
        if row.sentence == event.sentence:
            return "duplicate: second row of the sentence"
    sentence = event.evidence or ""
    section = _section(sentence, event.sentence)
    if section:
        return "section: " + section
    at = event.trigger_start
    here = [r for r in records if (span := locate(text, r.get("sentence"))) and span[0] <= at < span[1]]
    golds, negated = [], []
    for record in here:
        own = (record.get("type"), _country(record, "source"), _country(record, "target"))
        alts = [(a.get("type") or own[0], _code(a["source"]) if "source" in a else own[1],
                 _code(a["target"]) if "target" in a else own[2])
                for a in record.get("alternatives") or [] if isinstance(a, dict)]
        (negated if record.get("negated") else golds).extend([own, *alts])
    mirrored = golds + [(t, g, s) for t, s, g in golds if t in symmetric]
    same_type = [g for g in mirrored if g[0] == type_]
    if same_type:
        if any(g[1] == src for g in same_type):
            targets = {g[2] for g in same_type if g[1] == src}
            if tgt is None:
                return "target: empty, gold names one"
            if targets == {None}:
                return "target: gold names none"
            return "target: another country, " + _target_kind(event, src, tgt)
        sides = {s for g in golds for s in g[1:] if s}
        return "source: " + _source_kind(event, src, same_type, tgt, sides)
    for g in mirrored:
        if {g[1], g[2]} == {src, tgt}:
            return f"other type: {g[0]} -> {type_}"
    if any(n[0] == type_ for n in negated):
        return "negated in gold"
    if golds:
        return "other event of the sentence: " + "/".join(sorted({g[0] for g in golds})) + f" -> {type_}"
    rows_by_type: dict[str, list] = {}
    for e in events:
        rows_by_type.setdefault(e.type, []).append(e)
    kind = (event.rule or "?").split(":")[0]
    return f"spurious: {kind}, {_family(event, sentence, rows_by_type)}"


def _code(value) -> str | None:
    return value.upper() if isinstance(value, str) and value.strip() else None


def _country(record: dict, side: str) -> str | None:
    value = record.get(side)
    return _code(value.get("country")) if isinstance(value, dict) else None


def route(event) -> str:
    """How a row's sides were found, from its rule id: the ``~suffixes`` of its rule (``~place``,
    ``~context``, ``~domestic`` ...) without the trigger's words, or ``direct``."""
    suffixes = sorted({part.split(">")[0].split("!")[0] for part in (event.rule or "").split("~")[1:]} - {""})
    return "~" + "~".join(suffixes) if suffixes else "direct"


def wrong_tables(causes: Counter) -> tuple[list[list], list[list]]:
    """Rows of the coarse table (class, n) and of the detailed table (cause, n)."""
    coarse = Counter()
    for cause, n in causes.items():
        coarse[cause.split(":")[0]] += n
    return [[k, v] for k, v in coarse.most_common()], [[k, v] for k, v in causes.most_common()]
