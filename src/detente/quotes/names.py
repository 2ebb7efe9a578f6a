"""A person speaker's name as a reader writes it: the words of the name, not the title run
or the place the text adds to it ("Granville County Fire Marshal Doug Logan" -> "Doug
Logan", "Judy Law of Oxford" -> "Judy Law")."""

from __future__ import annotations

from dataclasses import replace

from detente.actors.tables import first_names
from detente.quotes.describe import person_titles, role_words
from detente.quotes.descriptiontokens import is_person
from detente.records import Mention, Speaker


def person_name(name: str) -> str:
    """``name`` without a trailing "of <place or body>" after a given name and a surname
    ("Judy Law of Oxford"), and without the capitalised title words before its given name
    ("Granville County Fire Marshal Doug Logan"); unchanged when it opens with no such
    title run or has no given name the tables know."""
    given = first_names()
    words = name.split()
    if " of " in f" {name} ":
        before = name.split(" of ")[0].split()
        roles = role_words()
        if len(before) >= 2 and (before[0].lower() in given or not any(
                w.lower() in roles or w.lower() in person_titles() for w in before)):
            words = before
    for k in range(len(words) - 2, 0, -1):  # the last given name after a title word:
        if words[k].lower() in given and words[k - 1].lower() not in given \
                and all(w[:1].isupper() for w in words[:k]):  # not "Barbara" of "Santa
            return " ".join(words[k:])  # Barbara County Sheriff Bill Brown"
    return " ".join(words)


def clean_name(speaker: Speaker, mentions: list[Mention]) -> Speaker:
    """The speaker with ``person_name`` applied when the speaker is a person named by three
    words or more; unchanged otherwise (bodies keep their "of": "Bank of America")."""
    if speaker.name and len(speaker.name.split()) == 2:
        return _titled_surname(speaker, mentions)
    if not speaker.name or len(speaker.name.split()) < 3 or not is_person(speaker, mentions):
        return speaker
    name = person_name(speaker.name)
    if name == speaker.name:
        return speaker
    return _renamed(speaker, name)


def _titled_surname(speaker: Speaker, mentions: list[Mention]) -> Speaker:
    """A name of an office word and a surname ("Governor Vázquez") named by the person's full
    name the article's tables resolved ("Wanda Vázquez Garced": a PERSON mention whose actor
    bears a name holding the surname; rule ``+full-name``); unchanged when the first word is
    no person's office or no such person is named."""
    title, surname = speaker.name.split()
    role = role_words().get(title.lower())
    if role is None or role.kind not in ("person", "head") or not surname[:1].isupper():
        return speaker
    full = {m.actor.name for m in mentions if m.label == "PERSON" and m.actor is not None
            and m.actor.name and len(m.actor.name.split()) >= 2
            and surname in m.actor.name.split() and m.actor.name.split()[0] != title}
    if len(full) != 1:
        return speaker
    return _renamed(speaker, full.pop(), rule=f"{speaker.rule}+full-name")


def _renamed(speaker: Speaker, name: str, rule: str | None = None) -> Speaker:
    """``speaker`` named ``name`` (its actor too, when the actor bore the speaker's name), with
    ``rule`` when given."""
    actor = replace(speaker.actor, name=name) if speaker.actor is not None \
        and speaker.actor.name == speaker.name else speaker.actor
    return replace(speaker, name=name, actor=actor, rule=rule if rule is not None else speaker.rule)


MALE_TITLES = frozenset({"mr", "sir", "lord"})
FEMALE_TITLES = frozenset({"mrs", "ms", "miss", "lady", "dame"})


def gender_of(name: str | None) -> str | None:
    """``m`` or ``f`` when a person's name marks it (a given name of ``first_names.tsv``
    used for one gender, or a title: "Mr", "Ms", "Lady"), else None.

    >>> gender_of("Helen Linde"), gender_of("Mr Calder"), gender_of("Linde")
    ('f', 'm', None)
    """
    words = (name or "").split()
    if len(words) < 2:
        return None
    first = words[0].lower().rstrip(".")
    if first in MALE_TITLES:
        return "m"
    if first in FEMALE_TITLES:
        return "f"
    return first_names().get(first)
