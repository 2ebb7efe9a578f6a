"""A user's own actor file (``detente code --actors my.yaml``): people, countries, metonyms,
organisations, in the shape documented in ``data/README.md``.

Entries override ours (people and organisations by ``id``, countries and metonyms by name)
and extend them. Any malformed entry raises ``ActorError`` naming the file and the entry, so
a typo never silently drops an actor.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from detente.actors.entry import Entry, organisation_entry
from detente.actors.roster import Person, parse_people
from detente.errors import ActorError

SECTIONS = ("people", "countries", "metonyms", "organisations")
METONYM_KINDS = ("capital", "seat")


@dataclass
class UserEntries:
    """What a user file adds: people, and (name, entry) pairs for everything else."""

    people: list[Person] = field(default_factory=list)
    entries: list[tuple[str, Entry]] = field(default_factory=list)
    organisation_ids: set[str] = field(default_factory=set)


def _strings(raw: dict, key: str, where: str, *, required: bool = False) -> list[str]:
    value = raw.get(key)
    if value is None:
        if required:
            raise ActorError(f"{where}: missing required field {key!r}")
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ActorError(f"{where}: {key!r} must be a list of non-empty strings")
    return [v.strip() for v in value]


def _code(raw: dict, key: str, where: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip().replace("-", "").isalnum():
        raise ActorError(f"{where}: {key!r} must be a code such as USA or NATO, got {value!r}")
    return value.strip().upper()


def _mapping(raw: Any, where: str) -> dict:
    if not isinstance(raw, dict):
        raise ActorError(f"{where}: expected a mapping, got {type(raw).__name__}")
    return raw


def _countries(items: list, origin: str) -> list[tuple[str, Entry]]:
    pairs = []
    for i, raw in enumerate(items):
        where = f"{origin}: countries[{i}]"
        raw = _mapping(raw, where)
        code = _code(raw, "code", where)
        for name in _strings(raw, "names", where, required=True):
            pairs.append((name, Entry("country", code, None, f"user-country:{code}")))
        for word in _strings(raw, "demonyms", where):
            pairs.append((word, Entry("demonym", code, None, f"user-demonym:{word}")))
    return pairs


def _metonyms(items: list, origin: str) -> list[tuple[str, Entry]]:
    pairs = []
    for i, raw in enumerate(items):
        where = f"{origin}: metonyms[{i}]"
        raw = _mapping(raw, where)
        name = _strings(raw, "name", where, required=True)[0]
        kind = raw.get("kind", "seat")
        if kind not in METONYM_KINDS:
            raise ActorError(f"{where} ({name}): kind must be one of {METONYM_KINDS}, got {kind!r}")
        sector = raw.get("sector", "GOV")
        entry = Entry(kind, _code(raw, "code", where), str(sector).upper() if sector else None,
                      f"user-{kind}:{name}", name=name)
        pairs.append((name, entry))
    return pairs


def _organisations(items: list, origin: str) -> tuple[list[tuple[str, Entry]], set[str]]:
    pairs, ids = [], set()
    for i, raw in enumerate(items):
        where = f"{origin}: organisations[{i}]"
        raw = _mapping(raw, where)
        oid = _strings(raw, "id", where, required=True)[0]
        names = _strings(raw, "names", where, required=True)
        sector = raw.get("sector")
        entry = organisation_entry(oid, _code(raw, "country", f"{where} (id {oid})"),
                                   str(sector).upper() if sector else None, names[0])
        pairs.extend((name, entry) for name in names)
        ids.add(oid)
    return pairs, ids


def read_user_file(path: Path) -> UserEntries:
    """Parse a user actor file; raises ``ActorError`` naming the file and entry on errors.

    >>> read_user_file(Path("missing.yaml"))
    Traceback (most recent call last):
    detente.errors.ActorError: missing.yaml: the actors file does not exist
    """
    origin = str(path)
    if not path.is_file():
        raise ActorError(f"{origin}: the actors file does not exist")
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ActorError(f"{origin}: not valid YAML ({exc})") from exc
    document = document or {}
    if not isinstance(document, dict):
        raise ActorError(f"{origin}: expected a mapping with sections {', '.join(SECTIONS)}")
    unknown = sorted(set(document) - set(SECTIONS))
    if unknown:
        raise ActorError(f"{origin}: unknown section(s) {unknown}; expected {', '.join(SECTIONS)}")
    for section in SECTIONS:
        if not isinstance(document.get(section) or [], list):
            raise ActorError(f"{origin}: section {section!r} must be a list")
    orgs, ids = _organisations(document.get("organisations") or [], origin)
    return UserEntries(
        people=parse_people({"people": document.get("people") or []}, origin),
        entries=[*_countries(document.get("countries") or [], origin),
                 *_metonyms(document.get("metonyms") or [], origin), *orgs],
        organisation_ids=ids,
    )
