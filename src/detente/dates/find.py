"""Find temporal expressions: spaCy DATE/TIME entities, trimmed and split, plus our own patterns.

spaCy misses some expressions ("now", "recently", "in the past") and over-extends others: it
takes in leading prepositions ("on Wednesday"), the possessive of "this year's",
coordinations ("2009-2010", "June 16, 2021 and 2014"), and ages ("Putin, 68,"). The extents we
keep follow TIMEX3: no preposition, hedges kept ("almost seven years"), one expression per value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from detente.dates.vocabulary import Vocabulary, alternation
from detente.nlp import entities

LABELS = ("DATE", "TIME")
"""spaCy entity labels read as temporal."""


@dataclass(frozen=True)
class Span:
    """Character extent of a candidate expression, and what found it."""

    start: int
    end: int
    source: str
    """``spacy`` (an entity, possibly trimmed or split) or ``pattern``."""
    year: str | None = None
    """The year a short range end stands for ("58" in "1957-58" -> ``1958``)."""


class Finder:
    """Finds candidate extents in a parsed document."""

    def __init__(self, vocabulary: Vocabulary):
        lead = alternation(vocabulary.leading_words)
        self._leading = re.compile(r"^" + lead + r"\s+", re.IGNORECASE)
        self._trailing = re.compile(r"(?<!\b[ap]\.m)(?:'s|’s|[\s,.;:'\"()-])+$", re.IGNORECASE)
        self._splitter = re.compile(r"\s*(?:\band\b|\bor\b|\bto\b|\bthrough\b|-|–|—)\s*")
        self._bare_number = re.compile(r"^\d{1,3}$")
        self._year_range = re.compile(r"(1\d{3}|20\d{2})\s*[-–/]\s*(\d{2})")
        zones = alternation(vocabulary.utc_zones + vocabulary.local_zones)
        self._second_clock = re.compile(
            r"\s*\(\s*(?:\d{3,4}|\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)\s*" + zones + r"\s*\)",
            re.IGNORECASE)
        self._zone = re.compile(r"\s*(?:" + alternation(vocabulary.utc_zones) + r")\b", re.IGNORECASE)
        source = self._own_patterns(vocabulary)
        self._pattern = re.compile(source, re.IGNORECASE)
        # The same patterns run over the lower-cased text, case-sensitively, starting only at
        # a letter or digit: three to four times faster than IGNORECASE over the original.
        self._folded = (re.compile(r"(?=[^\W_])(?:" + source + ")")
                        if not any(c.isupper() for c in re.sub(r"\\.", "", source)) else None)
        # "light years" is a distance, though spaCy tags "years" DATE
        self._light = re.compile(r"\blight[\s-]$", re.IGNORECASE)
        self._determiner = re.compile(r"\b(?:this|last|next|past|coming)\s+$", re.IGNORECASE)
        self._unit_start = re.compile(vocabulary.unit_re + r"\b", re.IGNORECASE)
        self._references = re.compile(alternation(vocabulary.references), re.IGNORECASE)

    @staticmethod
    def _own_patterns(v: Vocabulary) -> str:
        """One alternation of our patterns, in lower case (matched ignoring case)."""
        refs = [r.lower() for r in v.references if r.split()[0] not in ("in",)]
        weekday = alternation(w.lower() for w in v.weekdays if len(w) > 3)
        part = alternation(v.parts_of_day)
        unit = v.unit_re
        patterns = [
            r"\b" + alternation(refs) + r"\b",
            r"\b" + alternation(v.relative_days) + r"(?:\s+" + part + r")?\b",
            r"\bthis\s+" + part + r"\b",
            r"\b(?:(?:last|next|this)\s+)?" + weekday + r"(?:\s+" + part + r")?\b",
            r"\b(?:last|next|this|the\s+past|the\s+coming)\s+(?:" + unit + r")\b",
            r"\b(?:\d+|" + alternation(v.numbers) + r")\s+" + unit + r"\s+(?:ago|earlier|later)\b",
            r"\b(?:[01]\d|2[0-3])[0-5]\d\s*(?:gmt|utc)\b",
            r"\b(?:[01]?\d|2[0-3]):[0-5]\d\s*(?:gmt|utc)\b",
            r"\b(?:(?:this|last|next|early|late)\s+)?(?:spring|summer|autumn|winter)\b",
        ]
        return "|".join(f"(?:{p})" for p in patterns)

    def find(self, doc, text: str, accept) -> list[Span]:
        """Candidate extents in text order; ``accept(text)`` tells whether a split part parses.

        ``text`` is the article text (``doc.text`` rebuilt on every access is slow).
        """
        spans: list[Span] = []
        for start, end in self._entity_extents(doc, text):
            if spans and start < spans[-1].end:
                continue
            spans.extend(self._from_entity(text, start, end, accept))
        taken = [(s.start, s.end) for s in spans]
        for match in self._own_matches(text):
            start, end = match.span()
            if not any(start < e and s < end for s, e in taken):
                spans.append(Span(start, end, "pattern"))
                taken.append((start, end))
        return sorted(spans, key=lambda s: s.start)

    def _own_matches(self, text: str):
        """Matches of our patterns in ``text`` (offsets into ``text``)."""
        lowered = text.lower()
        if self._folded is not None and len(lowered) == len(text):  # same offsets
            return self._folded.finditer(lowered)
        return self._pattern.finditer(text)

    def _entity_extents(self, doc, text: str) -> list[tuple[int, int]]:
        """DATE/TIME entities, adjacent ones merged ("Friday" + "afternoon"), determiners kept."""
        extents: list[tuple[int, int]] = []
        for ent in entities(doc):
            if ent.label_ not in LABELS:
                continue
            start = ent.start_char
            if self._light.search(text, max(0, start - 7), start):
                continue
            before = self._determiner.search(text, max(0, start - 12), start)
            if before and self._unit_start.match(ent.text):
                start = before.start()
            if extents and not text[extents[-1][1]:start].strip():
                extents[-1] = (extents[-1][0], ent.end_char)
            else:
                extents.append((start, ent.end_char))
        return extents

    def _from_entity(self, text: str, start: int, end: int, accept) -> list[Span]:
        spans = []
        for line_start, line_end in self._lines(text, start, end):
            line_start, line_end = self.trim(text, line_start, line_end)
            if any(c.isdigit() for c in text[line_start:line_end]):
                line_end = self._with_zone(text, line_end)
            if line_end <= line_start or self._bare_number.match(text[line_start:line_end]):
                continue
            short_range = self._year_range.fullmatch(text, line_start, line_end)
            if short_range:
                spans += self._range_spans(short_range)
                continue
            parts = self._split(text, line_start, line_end, accept)
            spans += [Span(s, e, "spacy") for s, e in parts]
        return spans

    @staticmethod
    def _range_spans(m: re.Match) -> list[Span]:
        """ "1957-58": two years, the second written with its last two digits."""
        first = int(m.group(1))
        second = first // 100 * 100 + int(m.group(2))
        second += 100 if second < first else 0
        return [Span(m.start(1), m.end(1), "spacy"),
                Span(m.start(2), m.end(2), "spacy", year=str(second))]

    @staticmethod
    def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
        """An entity cut at line breaks: spaCy runs a title's date into the dateline."""
        pieces, cursor = [], start
        for m in re.finditer(r"\s*\n\s*", text[start:end]):
            pieces.append((cursor, start + m.start()))
            cursor = start + m.end()
        pieces.append((cursor, end))
        return [(a, b) for a, b in pieces if b > a]

    def _with_zone(self, text: str, end: int) -> int:
        """Extend a clock time over its zone: "14:58" + " UTC", "4pm" + " (1400 GMT)"."""
        second = self._second_clock.match(text, end)
        if second:
            return second.end()
        zone = self._zone.match(text, end)
        return zone.end() if zone else end

    def trim(self, text: str, start: int, end: int) -> tuple[int, int]:
        """Extent without leading prepositions or trailing possessive and punctuation.

        >>> from detente.dates.vocabulary import load_vocabulary
        >>> f = Finder(load_vocabulary())
        >>> t = "agreed on Wednesday's summit"
        >>> s, e = f.trim(t, 7, 20)
        >>> t[s:e]
        'Wednesday'
        """
        if self._references.fullmatch(text[start:end]):
            return start, end
        while True:
            m = self._leading.match(text[start:end])
            if not m or m.end() >= end - start:
                break
            start += m.end()
        m = self._trailing.search(text[start:end])
        if m and m.start() > 0:
            end = start + m.start()
        return start, end

    def _split(self, text: str, start: int, end: int, accept) -> list[tuple[int, int]]:
        """Split "2009-2010" or "June 16, 2021 and 2014" when every part parses on its own."""
        chunk = text[start:end]
        comma = re.search(r",\s+(?=\D)", chunk)
        if not comma and not self._splitter.search(chunk):
            return [(start, end)]
        parts, cursor = [], 0
        for sep in self._splitter.finditer(chunk):
            parts.append((cursor, sep.start()))
            cursor = sep.end()
        parts.append((cursor, len(chunk)))
        parts = [(a, b) for a, b in parts if b > a]
        if len(parts) > 1 and all(accept(chunk[a:b]) for a, b in parts):
            return [(start + a, start + b) for a, b in parts]
        if comma and accept(chunk[:comma.start()]) and accept(chunk[comma.end():]):
            return [(start, start + comma.start()), (start + comma.end(), end)]
        return [(start, end)]
