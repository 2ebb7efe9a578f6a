"""Unknown names placed by what stands beside them, before coreference (issue 13, round 17).

Coreference (``coref.link_references``) lets an unknown *person* take the actor of the role
phrase it stands in apposition to ("Moscow's ambassador, Anatoly Antonov"), and later mentions
of its name take it too. Two kinds of unknown name stayed unplaced, with every later mention:

- an **organisation** in apposition to a role phrase for a body ("the Civic Alliance, a
  Kenyan opposition party") takes the role's actor, with its own name;
- a **person** in apposition to a noun of membership that is no role phrase of its own, whose
  ``of``/``for`` object is a resolved body ("Jan Novak, a member of the Czech Social Party")
  takes the body's country and sector. Not an outsider's noun ("a critic of the government").

And a **person's name that a dictionary lists under a body** ("Hassan Nasrallah" under his
movement, as the Phoenix dictionaries list leaders) is coded as the body but is a person: one
the parser calls a person, whose first word is a known given name, is a person for coreference
("..., he said" takes it; ``people_of_bodies``).

Run before ``coref.link_acronyms``, so an acronym defined after such a name ("(CA)") stands for
it too, and before ``link_references``, whose name links ("the Civic Alliance" again, "Novak")
then reach the later mentions.
"""

from __future__ import annotations

from detente.actors.phrase_words import ACCREDITED_ROLES
from detente.actors.phrases import Context, Phrase
from detente.actors.roster import FORMER_SECTOR
from detente.actors.surnames import atom_text
from detente.nlp import children, columns, heads
from detente.records import Actor
from detente.resources import word_list

MEMBERSHIP_NOUNS = frozenset(word_list("actors", "vocabulary.yaml", "membership_nouns"))
BODY_PREPOSITIONS = frozenset({"of", "for"})


def adopt_appositions(doc, phrases: list[Phrase]) -> None:
    """Place unknown organisation and person names by their appositions (module docstring);
    the phrases are changed in place."""
    for k, phrase in enumerate(phrases):
        if phrase.actor is not None or not phrase.atoms:
            continue
        if phrase.label == "ORG" and phrase.kind != "person":
            _organisation(doc, phrases, k)
        elif phrase.label == "PERSON" and phrase.kind == "person":
            _member(doc, phrases, k)


def _organisation(doc, phrases: list[Phrase], k: int) -> None:
    j = apposition(doc, phrases, k)
    if j is None:
        return
    role = phrases[j]
    if role.label != "ROLE" or role.kind == "person" or role.actor is None or not role.actor.country:
        return  # "the Civic Alliance, a Kenyan opposition leader": no body
    _adopt(doc, phrases[k], role, "body-apposition")


def _member(doc, phrases: list[Phrase], k: int) -> None:
    phrase = phrases[k]

    def covered(i: int) -> bool:  # asked of apposed words only (few): no set of every phrase's tokens
        return any(p.start <= i < p.end for p in phrases)

    nouns = [c for i in range(phrase.start, phrase.end) for c in doc[i].children
             if c.dep_ == "appos" and not covered(c.i)]
    anchor = doc[phrase.anchor]
    if anchor.dep_ == "appos" and not covered(anchor.head.i):
        nouns.append(anchor.head)
    for noun in nouns:
        if noun.lemma_.lower() not in MEMBERSHIP_NOUNS and noun.lower_ not in MEMBERSHIP_NOUNS:
            continue
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in BODY_PREPOSITIONS):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            body = next((p for p in phrases if obj is not None and p.start <= obj.i < p.end), None)
            if body is not None and body.kind not in ("person", "pron") and body.actor is not None \
                    and body.actor.country:
                _adopt(doc, phrase, body, "member")
                return


def _adopt(doc, phrase: Phrase, source: Phrase, how: str) -> None:
    phrase.actor = Actor(source.actor.country, source.actor.sector, name=atom_text(doc, phrase),
                         entry=f"{how}>{source.rule}")
    phrase.rule = phrase.actor.entry


def people_of_bodies(doc, phrases: list[Phrase], first_names: dict) -> None:
    """A name resolved through an organisation's entry that is a person's name (module
    docstring) becomes a person for coreference: kind ``person`` and the given name's gender;
    its actor stays the body's."""
    for phrase in phrases:
        if phrase.kind != "group" or phrase.actor is None or not (phrase.rule or "").startswith("org:"):
            continue
        atom = next((a for a in phrase.atoms if a.kind == "org" and a.start <= phrase.anchor < a.end), None)
        if atom is None or not 2 <= atom.end - atom.start <= 6:
            continue
        ends = (doc[atom.start], doc[atom.end - 1])  # "Ayman al-Zawahiri": particles between
        if all(t.pos_ == "PROPN" and t.is_title and t.ent_type_ == "PERSON" for t in ends) \
                and ends[0].lower_ in first_names:
            phrase.kind = "person"
            phrase.gender = first_names[ends[0].lower_]


# Persons in apposition to an office, read by ``coref.link_references`` (moved unchanged out of
# ``coref.py`` at the round 21 merge, their names without the leading underscore).
PROFESSION_TITLES = word_list("actors", "vocabulary.yaml", "profession_titles")
OFFICE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY", "IGO"})
"""Sectors of an office in apposition that outrank a profession title before the name."""


def apposition(doc, phrases: list[Phrase], k: int) -> int | None:
    """The role phrase an unknown name stands in apposition to (either direction)."""
    phrase = phrases[k]
    dep, kids = columns(doc).dep, children(doc)
    head = heads(doc)[phrase.anchor] if dep[phrase.anchor] == "appos" else None
    appositives = {c for i in range(phrase.start, phrase.end) for c in kids[i]
                   if dep[c] == "appos"}  # tokens standing in apposition to this phrase
    if head is None and not appositives:
        return None  # nothing in apposition either way (most phrases): no phrase to look through
    for j, cand in enumerate(phrases):
        if j == k or cand.actor is None:
            continue
        if (head is not None and cand.start <= head < cand.end) or cand.anchor in appositives:
            return j
    return None


def body_office(doc, phrases: list[Phrase], k: int, ctx: Context) -> None:
    """A roster person in apposition to an office of an international body ("Jane Roe, the
    United Nations relief coordinator") acts for the body, not for the country a dictionary
    gives them; not an office accredited to the body ("the UN ambassador")."""
    j = apposition(doc, phrases, k)
    if j is None:
        return
    body, person = phrases[j].actor, phrases[k].actor
    codes = ctx.tables.organisation_codes
    if body is None or person is None or body.country not in codes \
            or body.country == person.country or phrases[j].label == "PERSON" \
            or (phrases[j].title or "") in ACCREDITED_ROLES \
            or doc[phrases[j].anchor].lower_ in ACCREDITED_ROLES:
        return
    if not names_an_office(doc, phrases[j]):
        return
    entry = f"{person.entry}+apposition>{phrases[j].rule}"
    phrases[k].actor = Actor(body.country, body.sector or codes[body.country], name=person.name,
                             entry=entry)
    phrases[k].rule = entry


def former_office(doc, phrases: list[Phrase], k: int) -> None:
    """A roster person in apposition to a past office of theirs ("<name>, the former prime
    minister", "a former president of <country>, <name>": the office the roster shows them
    in) is out of office: the text names it, so ELI (CAMEO's FORMER_PRESIDENT ~ELI), not the roster's latest office; a later
    description linked to them ("the former prime minister") takes it too (round 20)."""
    j = apposition(doc, phrases, k)
    if j is None:
        return
    role, person = phrases[j], phrases[k].actor
    if role.label != "ROLE" or role.kind != "person" or role.actor is None or person is None \
            or role.actor.sector != FORMER_SECTOR or person.sector == FORMER_SECTOR \
            or role.actor.country not in (None, person.country) \
            or not role.title or role.title != phrases[k].title:
        return  # "<president's name>, a former KGB officer": another office, still in this one
    entry = f"{person.entry}+former-apposition"
    phrases[k].actor = Actor(person.country, FORMER_SECTOR, name=person.name, entry=entry)
    phrases[k].rule = entry


def office_over_gap(doc, phrases: list[Phrase], k: int) -> None:
    """A roster person the roster holds in no office on the day ("#nationality", or ELI for an
    office that ended) who stands in apposition to a current office the roster does not give
    them ("<name>, the transport secretary": a post the roster lacks, or a namesake's) holds that
    office: the text names it (review r31c, bugs 3 and 5). A title of an office the roster shows
    them out of ("<name>, the president" years later) keeps the roster's ELI."""
    person = phrases[k].actor
    rule = phrases[k].rule or ""
    if person is None or phrases[k].person is None or person.sector not in (None, FORMER_SECTOR) \
            or not ("#nationality" in rule or "#former-" in rule) or "apposition" in rule:
        return
    j = apposition(doc, phrases, k)
    role = phrases[j] if j is not None else None
    if role is None or role.label != "ROLE" or role.kind != "person" or role.actor is None \
            or role.actor.sector not in OFFICE_SECTORS or role.actor.country not in (None, person.country) \
            or _past_apposition(doc, role) or any(
                set(o.title.split()) <= _office_words(doc, role) for o in phrases[k].person.offices):
        return
    entry = f"{person.entry}+apposition>{role.rule}"
    phrases[k].actor = Actor(person.country, role.actor.sector, name=person.name, entry=entry)
    phrases[k].rule = entry


SAME_OFFICE = {"premier": "prime minister", "pm": "prime minister"}
"""Words news uses for a roster office under another name ("Britain's premier"): the
apposition names that office (review r31f, bug 2)."""
PAST_MARKS = frozenset({"during", "then", "former", "ex", "until"})


def _office_words(doc, role: Phrase) -> set[str]:
    words = {t.lower_ for t in doc[role.start:role.end]}
    for word in list(words):
        words |= set(SAME_OFFICE.get(word, "").split())
    return words


def _past_apposition(doc, role: Phrase) -> bool:
    """The apposition speaks of a past office ("the premier during the crisis", "the premier
    who called the referendum"): no current office (review r31f, bug 2)."""
    head = doc[role.anchor]
    return any(t.lower_ in PAST_MARKS or (t.tag_ == "VBD" and t.dep_ == "relcl")
               for t in head.subtree)


def office_over_title(doc, phrases: list[Phrase], k: int) -> None:
    """A name placed only by a title of a profession before it ("Professor Jo Roe": EDU, rule
    ``role:professor``) that stands in apposition to an office ("..., Director General of the
    national institute", "..., the health minister") holds that office: the office's actor,
    with the name (rule ``apposition>role:<office>+over:<title>``)."""
    phrase = phrases[k]
    title = (phrase.rule or "").removeprefix("role:")
    if phrase.actor is None or title not in PROFESSION_TITLES or phrase.actor.country:
        return
    j = apposition(doc, phrases, k)
    if j is None:
        return
    role = phrases[j]
    if role.label != "ROLE" or role.kind != "person" or role.actor is None \
            or role.actor.sector not in OFFICE_SECTORS:
        return
    entry = f"apposition>{role.rule}+over:{title}"
    phrase.actor = Actor(role.actor.country, role.actor.sector, name=phrase.actor.name, entry=entry)
    phrase.rule = entry


def names_an_office(doc, phrase: Phrase) -> bool:
    """The phrase's head is a word after the body's name ("... Relief Coordinator", "...
    special envoy"), not the body itself ("the United Nations"), and no country claims the
    office."""
    atoms = phrase.atoms
    if any(a.kind in ("country", "demonym", "capital") for a in atoms):
        return False  # "Russia's UN envoy" is Russia's
    named = {i for a in atoms if a.kind == "org" for i in range(a.start, a.end)}
    head = max(range(phrase.start, phrase.end), default=None)
    return head is not None and head not in named and not doc[head].is_punct


def adopt_role(doc, phrases: list[Phrase], k: int, j: int) -> None:
    """An unknown person takes the actor of the role phrase it stands beside, with its name."""
    phrase, role = phrases[k], phrases[j]
    name = atom_text(doc, phrase)
    phrase.actor = Actor(role.actor.country, role.actor.sector, name=name,
                         entry=f"apposition>{role.rule}")
    phrase.rule = phrase.actor.entry
    phrase.title = role.title
