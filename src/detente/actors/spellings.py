"""Other spellings of a roster person's name: hyphens for spaces and spaces for hyphens.

Issue 14 round 25 (branch a47): news writes "Jean-Bertrand Aristide", "Gloria Macapagal-Arroyo",
"Mohammad Zia-Ul-Haq" and "Hamad bin Khalifa al-Thani" where the roster (Phoenix's people file)
spells the names with spaces, and the reverse; the full name then found no entry, and the person
kept only what a title word gave (no country), or nothing.
"""

from __future__ import annotations

from detente.actors.entry import Entry


def hyphen_spelling(names: dict[str, tuple[Entry, ...]], spaced_people: dict[str, tuple[Entry, ...]],
                    key: str) -> tuple[Entry, ...]:
    """Roster people written with hyphens where the roster has spaces, or with spaces where it
    has hyphens ("Jean-Bertrand Aristide" / "Jean Bertrand Aristide", "Macapagal-Arroyo",
    "al-Thani" / "al Thani"): the people filed under the key with every hyphen a space, by their
    own spelling (``names``) or by the spaced form of a hyphenated one (``spaced_people``).
    People only: a body's or a place's hyphen stays exact. Issue 14 round 25 (a47)."""
    if " " not in key and "-" not in key:
        return ()
    spaced = key.replace("-", " ")
    found = names.get(spaced, ()) if spaced != key else ()
    return tuple(e for e in found if e.kind == "person") or spaced_people.get(spaced, ())


def spaced_people(names: dict[str, tuple[Entry, ...]]) -> dict[str, tuple[Entry, ...]]:
    """Hyphenated roster names filed with spaces (``hyphen_spelling``)."""
    out: dict[str, list[Entry]] = {}
    for key, entries in names.items():
        if "-" in key:
            for e in entries:
                if e.kind == "person" and e not in out.setdefault(key.replace("-", " "), []):
                    out[key.replace("-", " ")].append(e)
    return {k: tuple(v) for k, v in out.items() if v}
