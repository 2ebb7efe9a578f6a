"""A speaker is named as the article writes them, not by a table's fuller given name.

The actors stage names a roster person by the roster's form ("Kenneth Clarke"); an article that
writes only a short form of the given name ("Former chancellor Ken Clarke says ...") names its
speaker that way, as a reader (and the gold) would. ``as_written`` renames such speakers once,
after attribution, when the article writes the same surname with a given name that opens the
roster's given name ("Ken" of "Kenneth", "Alex" of "Alexander") and never writes the roster's
form itself. The actor keeps its roster entry and name.
"""

from __future__ import annotations

from dataclasses import replace

from detente.nlp import doc_text, entities
from detente.records import Quote

SHORTEST = 3
"""Letters a short given name has at least ("Ken"; "Al" of "Alan" is too loose)."""


def _written_form(name: str, written: set[str]) -> str | None:
    words = name.split()
    if len(words) < 2 or name in written:
        return None
    given, rest = words[0], words[1:]
    for form in written:
        other = form.split()
        if other[1:] == rest and other[0] != given and len(other[0]) >= SHORTEST \
                and given.lower().startswith(other[0].lower()):
            return form
    return None


def as_written(quotes: list[Quote], doc) -> list[Quote]:
    """``quotes`` with every speaker whose name the article writes only with a short given
    name renamed as written (see the module docstring).

    The table form must be absent from the text: "Kenneth Clarke ... Ken Clarke" keeps the
    table's form."""
    written = {e.text for e in entities(doc) if e.label_ == "PERSON" and len(e) > 1}
    if not written:
        return quotes
    text = doc_text(doc)
    for quote in quotes:
        speaker = quote.speaker
        if speaker is None or not speaker.name or speaker.actor is None \
                or not (speaker.actor.entry or "").startswith("roster:"):
            continue
        form = _written_form(speaker.name, written)
        if form is not None and speaker.name not in text:
            quote.speaker = replace(speaker, name=form)
    return quotes
