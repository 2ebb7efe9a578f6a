"""What a name stands for: the ``Entry`` the actor tables index names by. A module of its own
because both the bundled tables (``tables``) and a user's file (``userfile``) make entries."""

from __future__ import annotations

from dataclasses import dataclass

from detente.actors.roster import Person


@dataclass(frozen=True)
class Entry:
    """What a name stands for: ``kind`` is country, demonym, capital, seat, region, org or person."""

    kind: str
    country: str | None
    sector: str | None
    entry: str
    """Provenance, e.g. ``country:RUS``, ``seat:Kremlin``, ``org:nato``, ``roster:joe-biden``."""
    name: str | None = None
    person: Person | None = None


def organisation_entry(oid: str, country: str, sector: str | None, name: str) -> Entry:
    return Entry("org", country, sector or None, f"org:{oid}", name=name)
