"""Third parties taken as a side (issue 13, round 34, e104; tests in
``tests/events/test_round34_e104.py``).

Four parse shapes where the sentence names someone beside the act who takes no part in it:

- **A foreign mission attacked** (``mission_targets``): "a bomb exploded outside the French
  embassy in Tripoli", "militants fired rockets at the embassy of Japan in Kabul" -- an embassy,
  consulate, legation or high commission struck is its state's (FRA, JPN), not the host's: the
  city or country it stands in is where, not whom. The mission's state, written as its attribute
  ("the French embassy", "the United States embassy", "Japan's embassy") or its "of" object ("the
  embassy of Japan"), is the target, with the sector GOV; a target that is the host place is
  dropped. Only attacks, seizures and threats (``MISSION_TYPES``) on the mission as the trigger's
  object, its passive subject or the object of a preposition of where it hit ("at", "outside",
  "near", "on", "into", "against"); people harmed who are named stay. A protest outside an embassy
  is not read (a crowd's grievance may be with the host).
- **The nationality of the one struck** (``struck_owners``): "a bomb exploded outside the
  residence of a Dutch shipowner" -- a nationality the place rule took for the unnamed attacker,
  written on a noun inside the phrase of where the attack hit, is the target's; the doer is the
  attack's own unnamed words ("a bomb"), with no country. The attack's own adjective ("a Russian
  drone attack") is not read.
- **The one who asked** (``requester``): "the prisoners were freed at the request of the Afghan
  government" -- the government asked for the release; the releaser is not named. When every
  doer found is such a requester, no doer is left and no row is written (``requesters_only``, read
  by ``conventions.no_act`` where a row with no doer is dropped).
- **An excluded party** (``excluded``): "ready to talk with any group except the rebels", "all
  members apart from Hungary backed the plan", "every country other than Chile" -- the one an
  exception names is the one left out of the act: no target, and no doer while another doer is
  left.

``third_party_sides`` is called from ``recall14.venue_sides`` (the one call line in ``trigger_sides.code_trigger``): the
venue, the host, the one struck and the excluded are one family -- named beside an act, no side
of it as the parse gave it.
"""

from __future__ import annotations

from dataclasses import replace

from detente.events.arguments import MentionIndex, unnamed_doer
from detente.events.triggers import Candidate
from detente.nlp import doc_text, span_of
from detente.records import Actor, Mention

MISSION_NOUNS = frozenset({"embassy", "consulate", "legation", "chancery", "consulate-general"})
"""Nouns of a state's diplomatic mission abroad ("commission" counts with "high")."""
MISSION_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN"})
"""Types whose object struck can be a mission building."""
STRUCK_PREPS = frozenset({"at", "outside", "near", "on", "into", "against", "inside"})
"""Prepositions of where an attack hit ("outside the embassy")."""
PATH_DEPS = frozenset({"pobj", "prep", "dobj", "nsubjpass", "compound", "conj"})
"""Relations walked from the mission noun up to the trigger."""
OWNER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})
"""Relations of a mission's state written as its attribute ("the French embassy")."""
REQUESTS = frozenset({"request", "behest", "urging", "insistence", "suggestion", "prompting"})
"""Nouns of asking for an act, in "at the request of X" (``requester``)."""
EXCEPTIONS = frozenset({"except", "excluding"})
"""Prepositions of exclusion; "apart from" and "other than" are read as pairs (``_excepting``)."""


def third_party_sides(cand: Candidate, coding, sources: list[Mention], targets: list[Mention],
                      index: MentionIndex, persons: frozenset[str] = frozenset()) -> tuple[list[Mention], list[Mention]]:
    """Sources and targets without the third parties of this module (see the module docstring);
    ``persons``: the person nouns ("protesters") that name people acted on (``mission_targets``)."""
    doc = cand.token.doc
    targets = [m for m in targets if not excluded(m, doc)]
    kept = [m for m in sources if not excluded(m, doc)]
    sources = kept or sources
    if coding.type in MISSION_TYPES:
        targets = mission_targets(cand, sources, targets, index, persons)
    if coding.type == "ASSAULT" and "~place" in coding.rule and (owners := struck_owners(cand, sources)):
        sources, targets = [_unnamed(cand.token)], owners + [m for m in targets if m not in owners]
    return sources, targets


def mission_targets(cand: Candidate, sources: list[Mention], targets: list[Mention],
                    index: MentionIndex, persons: frozenset[str] = frozenset()) -> list[Mention]:
    """The state of a foreign mission the act struck, in place of the host place (module docstring):
    "gunmen fired at the Embassy of Japan in Kabul" -> JPN GOV, not Kabul (AFG). A mission beside
    the people the act names ("beat protesters near the Israeli embassy") is only where (r34b)."""
    mission = _struck_mission(cand)
    if mission is None or _acted_on(cand.token, mission, index, persons):
        return targets
    owners = _owners(mission, index)
    countries = {m.actor.country for m in owners}
    if len(countries) != 1 or any(_inside(m, mission) for m in sources):
        return targets  # the place rule took the mission for its own doer: left as it was
    doc = cand.token.doc
    owner = owners[0]
    kept = [m for m in targets if m.actor and (m.actor.country in countries or not _host(m, doc, mission))]
    kept = [m for m in kept if m.actor.country not in countries]
    return [replace(owner, actor=replace(owner.actor, sector="GOV", code=None))] + kept


def _acted_on(trigger, mission, index: MentionIndex, persons: frozenset[str]) -> bool:
    """True when the trigger's object, or its "with" / "at" object, is someone other than the
    mission: a person noun or words with a mention outside the mission's phrase ("arrested ten
    activists outside the embassy", "clashed with protesters outside the embassy"); a thing fired
    ("fired rockets at the embassy", "stormed the embassy's gate") is not."""
    objects = [c for c in trigger.children if c.dep_ == "dobj"] + [
        g for c in trigger.children if c.dep_ == "prep" and c.lower_ in ("with", "at")
        for g in c.children if g.dep_ == "pobj"]
    struck = {t.i for t in mission.subtree}  # "attacked an Afghan police checkpoint near the embassy": the police
    return any(o.i not in struck and (o.lemma_.lower() in persons or any(
        index.at(t) or t.i in index.unresolved for t in o.subtree if t.i not in struck)) for o in objects)


def _struck_mission(cand: Candidate):
    """The mission noun the trigger acts on, or None; a mission in a phrase of another noun ("a
    checkpoint near the embassy") is where that noun is, not what was struck (r34b)."""
    anchors = {cand.token.i, *(t.i for t in cand.parts)}
    for token in cand.token.sent:
        if not _mission_noun(token):
            continue
        current, steps = token, 0
        while current.dep_ in PATH_DEPS and current.head.i != current.i and steps < 4:
            if current.dep_ == "pobj" and current.head.lower_ not in STRUCK_PREPS:
                break
            if current.dep_ == "prep" and current.head.pos_ in ("NOUN", "PROPN") and current.head.i not in anchors:
                break
            current, steps = current.head, steps + 1
            if current.i in anchors:
                return token
    return None


def _mission_noun(token) -> bool:
    lemma = token.lemma_.lower()
    if lemma in MISSION_NOUNS or token.lower_ in MISSION_NOUNS:
        return True
    return lemma == "commission" and any(c.lower_ == "high" for c in token.children)


def _owners(mission, index: MentionIndex) -> list[Mention]:
    """State mentions written as the mission's attribute or its "of" object."""
    tokens = []
    for child in mission.children:
        if child.dep_ in OWNER_DEPS:
            tokens.extend(child.subtree)
        elif child.dep_ == "prep" and child.lower_ == "of":
            tokens.extend(t for g in child.children if g.dep_ == "pobj" for t in g.subtree)
    found: dict[tuple[int, int], Mention] = {}
    for token in tokens:
        for m in index.at(token):
            if m.actor and m.actor.country and m.actor.sector in (None, "GOV"):
                found[(m.start, m.end)] = m
    return list(found.values())


def _inside(mention: Mention, mission) -> bool:
    """True for a mention whose words are part of the mission's own phrase ("the Canadian High
    Commission" as a doer)."""
    outside = {t.i for c in mission.children if c.dep_ == "prep" and c.lower_ != "of" for t in c.subtree}
    return any(t.idx <= mention.start < t.idx + len(t) for t in mission.subtree if t.i not in outside)


def _host(mention: Mention, doc, mission) -> bool:
    """A target that names a place: a place entity, or any mention inside an "in" phrase of the
    mission noun or of the clause ("the embassy in Athens", "outside the consulate in Libya")."""
    span = span_of(doc, mention)
    if span is None:
        return False
    if span.root.ent_type_ in ("GPE", "LOC", "FAC") and mention.label in ("GPE", "LOC", "FAC"):
        return True
    current = span.root
    for _ in range(4):
        if current.dep_ == "pobj" and current.head.lower_ == "in":
            return True
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def struck_owners(cand: Candidate, sources: list[Mention]) -> list[Mention]:
    """The sources of an attack that are the nationality of whom or what it struck, or [].

    "A bomb exploded outside the residence of a Dutch shipowner in Rotterdam": "Dutch" is the
    shipowner's, the one whose home was hit -- the target; the bomb's owner is not named. A
    nationality is the attack's own only as the attribute of the trigger or of its subject ("a
    Russian drone attack", "a Russian missile struck"); written on a noun inside a phrase of where
    or what the attack hit, it names the one struck."""
    token = cand.token
    if not sources or any(m.label != "NORP" for m in sources):
        return []
    doc, own = token.doc, {token.i, *(t.i for t in cand.parts)}
    for m in sources:
        span = span_of(doc, m)
        if span is None or span.root.dep_ not in OWNER_DEPS:
            return []
        noun = span.root.head
        if noun.i in own or (noun.dep_ in ("nsubj", "nsubjpass") and noun.head.i in own) or not _struck_phrase(noun, own):
            return []
    return list(sources)


def _struck_phrase(noun, own: set[int]) -> bool:
    """True for a noun inside a prepositional phrase of the trigger ("outside the residence of a
    shipowner"), through "of" objects and the trigger's own object."""
    current, through = noun, False
    for _ in range(6):
        if current.i in own:
            return through
        if current.dep_ == "pobj" and current.head.lower_ in STRUCK_PREPS | {"of"}:
            through = through or current.head.lower_ in STRUCK_PREPS
        elif current.dep_ not in ("prep", "dobj", "conj") or current.head.i == current.i:
            return False
        current = current.head
    return False


def _unnamed(token) -> Mention:
    """The act's unnamed doer: its active subject's words with no country ("a bomb"), else no words."""
    head = token if token.pos_ in ("NOUN", "PROPN") else next(
        (c for c in token.children if c.dep_ == "nsubj"), None)  # a passive's subject is the one acted on
    if head is None or head.i == token.i:
        return unnamed_doer(token, Actor(country=None, sector=None, entry="unnamed:struck-owner"))
    words = [t for t in head.subtree if t.i <= head.i and t.dep_ not in ("punct", "cc")]
    start, end = words[0].idx, head.idx + len(head)
    sentence = next(i for i, s in enumerate(token.doc.sents) if s.start <= token.i < s.end)
    return Mention(text=doc_text(token.doc)[start:end], start=start, end=end, sentence=sentence, label="ROLE",
                   actor=Actor(country=None, sector=None, entry=f"unnamed:{head.lemma_.lower()}"))


def requesters_only(sources: list[Mention], trigger) -> bool:
    """True when every doer found only asked for the act (``requester``): no one named did it."""
    return bool(sources) and all(requester(m, trigger) for m in sources)


def requester(mention: Mention, trigger) -> bool:
    """True for a mention that asked for the act ("at the request of the Afghan government", "at the
    urging of the emir", "at the behest of Washington"): the one asking is not the one doing. The
    request noun as the trigger itself is the asker's own act ("at his request" coded as REQUEST)."""
    span = span_of(trigger.doc, mention)
    if span is None:
        return False
    current = span.root
    for _ in range(4):
        noun = current.head.head if current.dep_ == "pobj" and current.head.lower_ == "of" else \
            current.head if current.dep_ == "poss" else None  # "at the request of X", "at his request"
        if noun is not None and noun.lemma_.lower() in REQUESTS and noun.i != trigger.i:
            inside = any(t.i == trigger.i for t in noun.subtree)  # "at the request of Egypt, which condemned X"
            return not inside and noun.dep_ == "pobj" and noun.head.lower_ in ("at", "on", "upon")
        if current.dep_ not in ("conj", "appos", "compound") or current.head.i == current.i:
            return False
        current = current.head
    return False


def excluded(mention: Mention, doc) -> bool:
    """True for a mention an exception names ("any group except the rebels", "apart from Hungary")."""
    span = span_of(doc, mention)
    return span is not None and excepted(span.root)


def excepted(token) -> bool:
    """True for a word inside the object of an exception ("except the Taliban", "other than Chile");
    also read by ``context.context_targets``, so the sentence's other country is not the excluded one."""
    current = token
    for _ in range(5):
        if current.dep_ == "pobj" and _excepting(current.head):
            return True
        if current.dep_ not in ("pobj", "conj", "appos", "compound", "amod", "det") or current.head.i == current.i:
            return False
        current = current.head
    return False


def _excepting(prep) -> bool:
    if prep.lower_ in EXCEPTIONS:
        return True
    before = prep.doc[prep.i - 1] if prep.i > 0 else None
    return before is not None and (prep.lower_, before.lower_) in (("from", "apart"), ("than", "other"))
