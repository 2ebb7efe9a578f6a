"""A body named again by the head noun of its name: "the Electoral Commission ... the commission".

The actors stage resolves a body's name ("the Countryside Alliance", "the Electoral Commission")
but not a later "the alliance" / "the commission" alone: the head noun of a name is in no table
(it is no role noun: "commission" alone names no sector). A coder reads such a description as
the body named before (issue 14, round 35; NOTES-a68.md: the tune halves' bodies with no entry).
``named_again`` adds a phrase for it copying the actor of the latest earlier phrase whose name ends
in that head noun, written with a capital (a name, not a description), when the article's
earlier bodies with that head agree on one actor. Only "the" and the head noun: "a commission",
"the European commission", "the commission's report" after another body are left alone (a new
body, another body, a possessive still is the body: kept). The rule is ``coref:definite>`` and
the antecedent's rule, as the other body descriptions (``coref.link_body``). Review r35b (f94):
a head with a complement is a common noun ("the movement of goods", "the authority to act"); a
sentence naming a place of another country holds a local body ("In Leeds, the council"); an
antecedent counts only when its actor was read from its own name (not a role word inside it or a
person: "a Non-Government Organisation", "President X's ... Council") and is not indefinite.
"""

from __future__ import annotations

from dataclasses import replace

from detente.actors.coref import COPY_RULE
from detente.actors.phrases import Phrase
from detente.resources import word_list

__all__ = ["NAMED_BODY_HEADS", "named_again"]

NAMED_BODY_HEADS = word_list("actors", "vocabulary.yaml", "named_body_heads")
"""Head nouns of bodies' names that "the <head>" names again."""


def _description(doc, i: int) -> bool:
    """``doc[i]`` is a singular common noun of the list preceded by "the" alone (its only
    left dependent), lower case: "the commission", not "the Commission on" (a name) or "the
    election commission" (a role of its own)."""
    token = doc[i]
    if token.lower_ not in NAMED_BODY_HEADS or not token.is_lower or token.tag_ != "NN" or i == 0:
        return False
    left = [c for c in token.children if c.i < i]
    return len(left) == 1 and left[0].i == i - 1 and left[0].lower_ == "the" \
        and not any(c.i > i and c.dep_ in COMPLEMENTS and not _aside(doc, i, c) for c in token.children)


def _aside(doc, i: int, child) -> bool:
    """``child`` is a clause set off by a comma after the head ("the council, which has 15
    members, ...", "the council, meeting behind closed doors, ..."): it describes the body named,
    no complement (review r35e finding 4)."""
    return child.dep_ in ("relcl", "acl") and i + 1 < len(doc) and doc[i + 1].text == ","


COMPLEMENTS = frozenset({"prep", "acl", "relcl"})
"""Dependents after the head that make it a common noun with a complement ("the movement of
goods", "the authority to attack", "the board of the carmaker"): no body named again."""
NOT_A_NAME = ("roster:", "coref:")
"""Rules of a phrase whose actor comes from a person in it or from another phrase, not from the
body's name ("President Trump's ... Council": roster:); a ``role:`` rule counts only when its
role word is the head itself ("role:electoral commission", not "role:government" for "a
Non-Government Organisation", ``_from_name``)."""


def _from_name(rule: str, head: str) -> bool:
    """The phrase's actor was read from the body's name: no person's or copied rule, and a role
    rule only for a role word ending in the head noun."""
    if rule.startswith(NOT_A_NAME):
        return False
    if rule.startswith("role:"):
        return rule[len("role:"):].split("+")[0].split()[-1:] == [head]
    return True


def _named_body(doc, phrase: Phrase, head: str) -> bool:
    """``phrase`` names a body whose name ends in ``head`` written as a name, its actor read from
    that name (not a role word or a person in it), and is no indefinite "a <Name>"."""
    last = doc[phrase.end - 1]
    first = doc[phrase.start]
    before = doc[phrase.start - 1] if phrase.start > 0 else None
    return phrase.actor is not None and last.lower_ == head and last.is_title \
        and phrase.rule is not None and _from_name(phrase.rule, head) \
        and first.lower_ not in ("a", "an") and (before is None or before.lower_ not in ("a", "an"))


def _elsewhere(doc, phrases: list[Phrase], i: int, country: str | None) -> bool:
    """The sentence of ``doc[i]`` names, before it in a locative phrase, a place that is not of
    ``country`` (unresolved, or resolved to another country): "In Birmingham, the council ..."
    after the UN Security Council; a state named otherwise, as the target ("the council imposed
    sanctions on Iran"), is no place of the body (review r35e finding 1)."""
    sent = doc[i].sent
    for ent in sent.ents:
        if ent.label_ not in ("GPE", "LOC") or ent.end > i or ent.root.head.lower_ not in ("in", "at"):
            continue
        place = next((p for p in phrases if p.start <= ent.start < p.end), None)
        if place is None or place.actor is None or place.actor.country != country:
            return True
    return False


def _antecedent(doc, phrases: list[Phrase], head: str, before: int) -> int | None:
    """The latest earlier phrase naming a body whose name ends in ``head`` (``_named_body``);
    None when earlier such bodies have different actors ("the Electoral Commission ... the
    European Commission ... the commission") or when the description's sentence names a place
    of another country (``_elsewhere``: a local body of the same head)."""
    found = [k for k, p in enumerate(phrases) if p.end <= before and _named_body(doc, p, head)]
    if not found or len({(phrases[k].actor.country, phrases[k].actor.sector) for k in found}) > 1:
        return None
    if _elsewhere(doc, phrases, before + 1, phrases[found[-1]].actor.country):
        return None
    return found[-1]


def named_again(doc, phrases: list[Phrase], links: dict[int, int]) -> tuple[list[Phrase],
                                                                         dict[int, int]]:
    """``phrases`` (sorted by start) with a phrase for each "the <head>" naming an earlier body
    again, and ``links`` renumbered, the new phrases linked to their antecedents."""
    covered = {i for p in phrases for i in range(p.start, p.end)}
    added: list[tuple[Phrase, Phrase]] = []
    for i in range(1, len(doc)):
        if i in covered or i - 1 in covered or not _description(doc, i):
            continue
        k = _antecedent(doc, phrases, doc[i].lower_, i - 1)
        if k is None:
            continue
        source = phrases[k]
        phrase = Phrase(start=i - 1, end=i + 1, label="ROLE", actor=replace(source.actor),
                        rule=f"{COPY_RULE}{source.rule or 'unresolved'}", anchor=i)
        added.append((phrase, source))
    if not added:
        return phrases, links
    merged = sorted([*phrases, *(p for p, _ in added)], key=lambda p: p.start)
    index = {id(p): n for n, p in enumerate(merged)}
    renumbered = {index[id(phrases[k])]: index[id(phrases[j])] for k, j in links.items()}
    renumbered.update({index[id(p)]: index[id(source)] for p, source in added})
    return merged, renumbered
