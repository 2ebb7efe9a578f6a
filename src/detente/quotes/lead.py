"""A lead that quotes someone by a description and names them in the next sentence (issue 14,
round 14).

News leads often attribute a quote to an indefinite description and give the name right after:
"The Greens have been "a lot smarter", a Labour backbencher has said. // Tom Reade said ...".
The description is the person named first in the next sentence, when that person is the
subject there and no other person is named in it:

- the lead's quotes with that unnamed speaker take the person's name (rule
  ``+named-next``), with the description's actor;
- the person's own quotes, whose actor is a private person's guess (``person:CVL``), take the
  description's sector ("a Labour backbencher": LEG) -- a person role of the role table
  (``person`` kind), not a body ("a Labour official" speaks for the party).

Run once over an article's quotes, after attribution (``attribute.build_quotes``).
"""

from __future__ import annotations

from dataclasses import replace

from detente.records import Actor, Quote

INDEFINITE = ("a ", "an ")


def _lead_description(quotes: list[Quote]) -> tuple[Quote, str] | None:
    """The first quote of the lead sentence whose speaker is an unnamed indefinite person
    description with a sector, and that description's role word; None otherwise."""
    from detente.quotes.describe import role_words

    for quote in quotes:
        speaker = quote.speaker
        if quote.sentence != 0 or speaker is None or speaker.name is not None \
                or speaker.actor is None or not speaker.actor.sector:
            continue
        text = (speaker.text or "").lower()
        if not text.startswith(INDEFINITE):
            continue
        role = role_words().get(text.split()[-1])
        if role is not None and role.kind == "person" and role.sector == speaker.actor.sector:
            return quote, role.phrase
    return None


def _named_next(doc) -> tuple[str, int] | None:
    """(name, start) of the one person named in the article's second sentence, when a
    mention of them is that sentence's subject; None otherwise."""
    sents = list(doc.sents)
    if len(sents) < 2:
        return None
    second = sents[1]
    people = [e for e in second.ents if e.label_ == "PERSON"]
    if len({e[-1].lower_ for e in people}) != 1:
        return None
    person = max(people, key=len)
    if not any(e.root.dep_ in ("nsubj", "nsubjpass") for e in people) or len(person) < 2:
        return None
    return person.text, person.start_char


def named_next(quotes: list[Quote], doc) -> None:
    """Name the lead's described speaker by the person of the next sentence, and give that
    person's private-person actors the description's sector (see the module docstring).
    Changes ``quotes`` in place."""
    if doc is None:
        return
    found = _lead_description(quotes)
    if found is None:
        return
    lead, _ = found
    named = _named_next(doc)
    if named is None:
        return
    name, _start = named
    described = lead.speaker.actor
    surname = name.split()[-1]
    for quote in quotes:
        speaker = quote.speaker
        if speaker is None:
            continue
        if speaker is lead.speaker or (quote.sentence == 0 and speaker.name is None
                                       and speaker.text == lead.speaker.text):
            quote.speaker = replace(speaker, name=name, rule=f"{speaker.rule}+named-next")
        elif speaker.name and speaker.name.split()[-1] == surname and speaker.actor is not None \
                and speaker.actor.entry == "person:CVL":
            actor = Actor(speaker.actor.country or described.country, described.sector,
                          name=speaker.actor.name, entry=f"person:CVL+lead:{described.entry}")
            quote.speaker = replace(speaker, actor=actor, rule=f"{speaker.rule}+lead-role")
