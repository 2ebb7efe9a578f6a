"""The dated roster of people: who held which office, for which country, from when to when.

A person's actor depends on the article date: Joe Biden is the US vice-president in 2012,
the US government in 2021 and a former office-holder (an elite, ``ELI`` in CAMEO terms) in
2026. ``parse_people`` reads the ``people:`` list of a roster YAML file (ours in
``data/roster/*.yaml`` or a user's ``--actors`` file) into immutable ``Person`` records,
raising ``ActorError`` that names the file and the entry on any malformed value.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from detente.errors import ActorError

FORMER_SECTOR = "ELI"
"""CAMEO's sector for elites: former office-holders and other prominent people."""

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


@dataclass(frozen=True)
class Office:
    """One role a person held: ``president`` of ``USA`` (``GOV``) from ``start`` to ``end``."""

    title: str
    country: str
    sector: str | None
    start: dt.date | None
    end: dt.date | None
    """Day the successor took over; None while still in office."""

    def held_on(self, day: dt.date) -> bool:
        """True when the office was held on ``day`` (start inclusive, end exclusive)."""
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclass(frozen=True)
class Person:
    """A person of the roster; ``offices`` in the order of the file."""

    id: str
    name: str
    aliases: tuple[str, ...]
    surname: str | None
    gender: str | None
    country: str | None
    offices: tuple[Office, ...]
    origin: str
    """File the entry came from (for messages and provenance)."""


@dataclass(frozen=True)
class Standing:
    """What a person is on a given day: the resolved country, sector and the entry used."""

    country: str | None
    sector: str | None
    entry: str
    title: str | None


@dataclass(frozen=True)
class Era:
    """An undated article's estimated span (``records.DateEstimate``, ``actors.estimate``): its
    roster people are read on it instead of by their latest office."""

    start: dt.date
    end: dt.date
    day: dt.date
    """The estimate's own day, inside ``start``..``end``."""

    def touches(self, office: Office) -> bool:
        """True when ``office`` was held on some day of the span (its ``end`` is exclusive,
        as in ``Office.held_on``: an office starting on it touches the next span, not this)."""
        return (office.start is None or office.start < self.end) and (
            office.end is None or self.start < office.end)

    def covers(self, office: Office) -> bool:
        """True when the span reads ``office`` as held for sure: held on the estimate's ``day``,
        or over more than half the span. An office touching a minority of a wide span away from
        its day (a cabinet post that began in its last months) may be the text's or not (round
        31, q67): namesakes covering the span come first (``resolver.pick_person``)."""
        if office.held_on(self.day):
            return True
        lo = max(office.start or self.start, self.start)
        hi = min(office.end or self.end, self.end)
        return 2 * (hi - lo).days > (self.end - self.start).days

    def closeness(self, office: Office) -> tuple:
        """Sort key: held on ``day`` first, then the longer share of the span, then the later."""
        lo = max(office.start or self.start, self.start)
        hi = min(office.end or self.end, self.end)
        return office.held_on(self.day), (hi - lo).days, office.start or dt.date.min


def _on_era(person: Person, era: Era, title: str | None) -> Standing | None:
    """The person's standing in an estimated span: the office of it (one called ``title`` when
    the text gives one), else an elite when every office ended before it, else no office; a
    title whose every term ended before the span a former holder (``_titled_before``); None
    when the text's title names an office of a later span (the caller keeps it). An office
    touching any day of the span counts: the text naming the person is itself a sign it lies in
    their time (round 31, q67: reading them on the span's middle day instead put a 2004 text's
    opposition leader out of office, and two holders of one seat named at a handover are read
    wrongly on any middle day)."""
    titled = [o for o in person.offices if title and o.title == title]
    touching = [o for o in (titled or person.offices) if era.touches(o)]
    if touching:
        office = max(touching, key=era.closeness)
        return Standing(office.country, office.sector, f"roster:{person.id}#{office.title}",
                        office.title)
    if titled:
        return _titled_before(person, era, titled)
    past = [o for o in person.offices if o.end is not None and o.end <= era.start]
    if past:
        last = max(past, key=lambda o: o.end)
        return Standing(person.country or last.country, FORMER_SECTOR,
                        f"roster:{person.id}#former-{last.title}", f"former {last.title}")
    return Standing(person.country, None, f"roster:{person.id}#nationality", None)


ENDED_BEFORE = "+era:ended"
"""Evidence of a titled office read as a former one (``_titled_before``)."""
HANDOVER = dt.timedelta(days=90)
"""How long before the estimated span a titled term may end and still be read as held: the span
is an estimate, and a term ending on its first day ("President Joe Biden" beside his successor,
an undated text) is the sitting holder's at a handover (review r32d, bug 3)."""


def _titled_before(person: Person, era: Era, titled: list[Office]) -> Standing | None:
    """A person the text titles by an office whose every term ended before the span began:
    a past holder named by the past title ("President Jane Roe" in a text the other titled
    people date decades after her term) is a former holder on the span, as the dated reading
    has it (round 32, q69: such titles were read as the office of the day); an office of a
    later time is kept (None): the text's title may be right and the span too early."""
    if any(o.end is None or o.end + HANDOVER > era.start for o in titled):
        return None  # a term ending at (or just before) the span's start: a handover's, held
    last = max(titled, key=lambda o: o.end)
    return Standing(person.country or last.country, FORMER_SECTOR,
                    f"roster:{person.id}#former-{last.title}{ENDED_BEFORE}", f"former {last.title}")


def standing_on(person: Person, day: dt.date | None, title: str | None = None,
                era: Era | None = None) -> Standing:
    """The person's country and sector on ``day`` (with no date: their office in the estimated
    ``era`` when there is one; else the latest office called ``title`` when the text gives one,
    "Prime Minister X"; else the latest office in the person's own country, else the latest
    office).

    >>> biden = Person("joe-biden", "Joe Biden", (), "Biden", "m", "USA",
    ...     (Office("president", "USA", "GOV", dt.date(2021, 1, 20), dt.date(2025, 1, 20)),), "x")
    >>> standing_on(biden, dt.date(2021, 6, 16)).sector, standing_on(biden, dt.date(2026, 1, 1)).sector
    ('GOV', 'ELI')
    """
    if not person.offices:
        return Standing(person.country, None, f"roster:{person.id}#nationality", None)
    if day is None and era is not None and (found := _on_era(person, era, title)) is not None:
        return found
    if day is None:
        # no date: an office the text names; else the latest office in the person's own country
        # (round 20: an undated "Tony Blair" is the prime minister, not the later UN envoy), else
        # the latest office
        titled = [o for o in person.offices if title and o.title == title]
        home = [o for o in person.offices if person.country and o.country == person.country]
        latest = max(titled or home or person.offices, key=lambda o: o.start or dt.date.min)
        return Standing(latest.country, latest.sector, f"roster:{person.id}#{latest.title}",
                        latest.title)
    held = [o for o in person.offices if o.held_on(day)]
    if held:
        office = max(held, key=lambda o: o.start or dt.date.min)
        return Standing(office.country, office.sector, f"roster:{person.id}#{office.title}",
                        office.title)
    past = [o for o in person.offices if o.end is not None and o.end <= day]
    if past:
        last = max(past, key=lambda o: o.end)
        return Standing(person.country or last.country, FORMER_SECTOR,
                        f"roster:{person.id}#former-{last.title}", f"former {last.title}")
    return Standing(person.country, None, f"roster:{person.id}#nationality", None)


def active_on(person: Person, day: dt.date | None) -> bool:
    """True when the person holds some office on ``day`` (any office when ``day`` is None)."""
    if day is None:
        return bool(person.offices)
    return any(o.held_on(day) for o in person.offices)


def parse_date(value: Any, where: str) -> dt.date | None:
    """A date from YAML: a date, ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` (first day), or None."""
    if value is None or isinstance(value, dt.date):
        return value
    match = _PARTIAL_DATE.match(str(value).strip())
    if not match:
        raise ActorError(f"{where}: {value!r} is not a date (expected YYYY-MM-DD, YYYY-MM or YYYY)")
    year, month, day = (int(g) if g else 1 for g in match.groups())
    try:
        return dt.date(year, month, day)
    except ValueError as exc:
        raise ActorError(f"{where}: {value!r} is not a valid date ({exc})") from exc


def _text(entry: dict, key: str, where: str, *, required: bool = False) -> str | None:
    value = entry.get(key)
    if value is None:
        if required:
            raise ActorError(f"{where}: missing required field {key!r}")
        return None
    if not isinstance(value, str | int) or not str(value).strip():
        raise ActorError(f"{where}: field {key!r} must be a non-empty string, got {value!r}")
    return str(value).strip()


def _office(raw: Any, where: str, nationality: str | None) -> Office:
    if not isinstance(raw, dict):
        raise ActorError(f"{where}: a role must be a mapping with title, country, sector, start, end")
    country = _text(raw, "country", where) or nationality
    if not country:
        raise ActorError(f"{where}: the role has no country and the person no nationality")
    start = parse_date(raw.get("start"), f"{where} start")
    end = parse_date(raw.get("end"), f"{where} end")
    if start and end and end < start:
        raise ActorError(f"{where}: end {end} is before start {start}")
    return Office(title=(_text(raw, "title", where, required=True) or "").lower(),
                  country=country.upper(), sector=(_text(raw, "sector", where) or "").upper() or None,
                  start=start, end=end)


def parse_person(raw: Any, where: str, origin: str) -> Person:
    """One ``people:`` entry as a ``Person``; ``where`` names the file and entry in errors."""
    if not isinstance(raw, dict):
        raise ActorError(f"{where}: an entry of people must be a mapping, got {type(raw).__name__}")
    pid = _text(raw, "id", where, required=True)
    where = f"{where} (id {pid})"
    aliases = raw.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        raise ActorError(f"{where}: aliases must be a list of strings")
    gender = _text(raw, "gender", where)
    if gender is not None and gender not in ("m", "f"):
        raise ActorError(f"{where}: gender must be m or f, got {gender!r}")
    country = _text(raw, "country", where)
    roles = raw.get("roles") or []
    if not isinstance(roles, list):
        raise ActorError(f"{where}: roles must be a list")
    offices = tuple(_office(r, f"{where} role {i + 1}", country) for i, r in enumerate(roles))
    return Person(id=pid or "", name=_text(raw, "name", where, required=True) or "",
                  aliases=tuple(a.strip() for a in aliases if a.strip()),
                  surname=_text(raw, "surname", where), gender=gender,
                  country=country.upper() if country else None, offices=offices, origin=origin)


def parse_people(document: Any, origin: str) -> list[Person]:
    """Every person of a loaded roster YAML document (``{"people": [...]}``)."""
    if document is None:
        return []
    if not isinstance(document, dict):
        raise ActorError(f"{origin}: expected a mapping with a 'people' list at the top")
    people = document.get("people") or []
    if not isinstance(people, list):
        raise ActorError(f"{origin}: 'people' must be a list")
    return [parse_person(raw, f"{origin}: people[{i}]", origin) for i, raw in enumerate(people)]
