"""Readers of the temporal gold sets: TempEval-3 TimeML (.tml) and NewsReader MEANTIME XML.

Both give a document text, its creation date (DCT) and the TIMEX3 extents with type and value,
as character offsets into the text we rebuild. MEANTIME is tokenised, so its text is rebuilt by
joining tokens with the spacing English punctuation expects.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import date as Date
from pathlib import Path


@dataclass(frozen=True)
class GoldTimex:
    """One gold TIMEX3: extent, type and normalised value."""

    start: int
    end: int
    text: str
    type: str
    value: str
    tid: str = ""
    """TIMEX3 id (``t3``); ``t0`` is usually the DCT."""


@dataclass(frozen=True)
class GoldAnchor:
    """A TimeML link saying an event happened within a timex (``IS_INCLUDED``)."""

    event_start: int
    event_end: int
    tid: str


@dataclass
class GoldDocument:
    """A gold document: text, creation date, timexes (the DCT excluded)."""

    name: str
    text: str
    dct: Date | None
    timexes: list[GoldTimex] = field(default_factory=list)
    ignored: list[tuple[int, int]] = field(default_factory=list)
    """Extents not scored either way (the DCT when it is part of the text)."""
    anchors: list[GoldAnchor] = field(default_factory=list)
    """Event-in-timex links (TE3 only)."""
    dct_tid: str | None = None
    """Id of the DCT timex."""
    annotated_until: int | None = None
    """Offset after the last annotated sentence, when only the start was annotated (MEANTIME)."""


def _date(value: str | None) -> Date | None:
    try:
        return Date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


def read_tml(path: Path) -> GoldDocument:
    """A TempEval-3 ``.tml`` file: the ``TEXT`` element flattened, TIMEX3 offsets kept."""
    root = ET.parse(path).getroot()
    dct_timex = root.find("DCT/TIMEX3")
    dct = _date(dct_timex.get("value") if dct_timex is not None else None)
    pieces: list[str] = []
    timexes: list[GoldTimex] = []
    events: dict[str, tuple[int, int]] = {}
    length = 0

    def walk(element) -> None:
        nonlocal length
        if element.text:
            pieces.append(element.text)
            length += len(element.text)
        for child in element:
            start = length
            walk(child)
            if child.tag == "TIMEX3":
                text = "".join(pieces)[start:length]
                timexes.append(GoldTimex(start, length, text, child.get("type", "DATE"),
                                         child.get("value", ""), child.get("tid", "")))
            elif child.tag == "EVENT":
                events[child.get("eid", "")] = (start, length)
            if child.tail:
                pieces.append(child.tail)
                length += len(child.tail)

    walk(root.find("TEXT"))
    doc = GoldDocument(path.stem, "".join(pieces), dct, timexes,
                       dct_tid=dct_timex.get("tid") if dct_timex is not None else None)
    doc.anchors = _anchors(root, events)
    return doc


def _anchors(root, events: dict[str, tuple[int, int]]) -> list[GoldAnchor]:
    """``IS_INCLUDED`` links from event instances to timexes, as event offsets + timex id."""
    instance = {m.get("eiid"): m.get("eventID") for m in root.iter("MAKEINSTANCE")}
    anchors = []
    for link in root.iter("TLINK"):
        event = events.get(instance.get(link.get("eventInstanceID"), ""))
        if event and link.get("relatedToTime") and link.get("relType") == "IS_INCLUDED":
            anchors.append(GoldAnchor(event[0], event[1], link.get("relatedToTime")))
    return anchors


NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "%", "'s", "n't", "'re", "'ve",
                   "'ll", "'d", "'m", "'", "''", "'S"}
NO_SPACE_AFTER = {"(", "[", "$", "``", "#"}


def _detokenise(tokens: list[tuple[str, str, int]]) -> tuple[str, dict[str, tuple[int, int]]]:
    """Text and ``{t_id: (start, end)}`` from ``(t_id, word, sentence)`` tokens."""
    out: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    length, previous, sentence, quote_open = 0, None, None, False
    for t_id, word, sent in tokens:
        if previous is None:
            gap = ""
        elif sent != sentence and sentence in (0, 1):
            gap = "\n\n"
        elif word in NO_SPACE_BEFORE or previous in NO_SPACE_AFTER:
            gap = ""
        elif word == '"':
            gap = "" if quote_open else " "
        elif previous == '"' and quote_open:
            gap = ""
        else:
            gap = " "
        if word == '"':
            quote_open = not quote_open
        out.append(gap + word)
        length += len(gap)
        offsets[t_id] = (length, length + len(word))
        length += len(word)
        previous, sentence = word, sent
    return "".join(out), offsets


MEANTIME_TIMEX_SENTENCES = 5
"""MEANTIME annotates TIMEX3 in the title, the dateline and the first four body sentences only
(sentences 0-5: no TIMEX3 anchor lies beyond); later text is not scored."""


def read_meantime(path: Path) -> GoldDocument:
    """A MEANTIME document: tokens joined into text, TIMEX3 token anchors turned into offsets."""
    root = ET.parse(path).getroot()
    tokens = [(t.get("t_id"), t.text or "", int(t.get("sentence", 0))) for t in root.iter("token")]
    text, offsets = _detokenise(tokens)
    last = [offsets[t][1] for t, _, sentence in tokens if sentence <= MEANTIME_TIMEX_SENTENCES]
    doc = GoldDocument(path.stem, text, None, annotated_until=max(last, default=None))
    markables = root.find("Markables")
    for timex in (markables.iter("TIMEX3") if markables is not None else []):
        anchors = [a.get("t_id") for a in timex.findall("token_anchor")]
        spans = [offsets[a] for a in anchors if a in offsets]
        if timex.get("functionInDocument") == "CREATION_TIME":
            doc.dct = _date(timex.get("value"))
            if spans:
                doc.ignored.append((min(s for s, _ in spans), max(e for _, e in spans)))
            continue
        if not spans:
            continue
        start, end = min(s for s, _ in spans), max(e for _, e in spans)
        doc.timexes.append(GoldTimex(start, end, text[start:end], timex.get("type", "DATE"),
                                     timex.get("value", "")))
    doc.timexes.sort(key=lambda t: t.start)
    return doc


def read_folder(folder: Path, kind: str) -> list[GoldDocument]:
    """Every gold document of a TE3 folder (``kind="te3"``) or a MEANTIME folder."""
    if kind == "te3":
        return [read_tml(p) for p in sorted(folder.glob("*.tml"))]
    return [read_meantime(p) for p in sorted(folder.rglob("*.xml"))]
