"""Rows that should not exist: one act told twice in a sentence, and an idiom of the attack nouns
(issue 13, round 29, NOTES-e86.md).

- ``verbal_offensive``: "the opposition leader has gone on the offensive over the budget", "is on
  the offensive against the government" -- going on the offensive, said of unarmed political
  actors, is attacking in words: ACCUSE 111 (``~verbal``), not ASSAULT. Troops and rebels on the
  offensive keep ASSAULT, and so does a sentence that tells violence.
- ``merged``: "an Islamist group's suicide bomb attack kills seven soldiers", "five people are
  injured as a bomber blows herself up near a convoy" -- the same act told by two triggers of one
  sentence gives a row with a doer and a row without one (its doer is the other trigger's). The
  doerless row is dropped, and the victims it names go to the row with the doer when that row has
  none ("one act stated twice is one row", ANNOTATION.md).
  A doerless row whose trigger is inside another row's source words ("a bomb attack kills": the
  doer phrase of the killing) is the same act even when that source's country is only a place's
  (``_doer_phrase``, round 31).
- ``condition_act``: "as a precondition of lifting the embargo" -- an act named as a condition
  of another is not said to have happened.
- ``cargo_blast``: "an ammunition truck explodes at an army base" -- a carrier or store of fuel
  or munitions blowing up is an accident, no attack (a car bomb stays one).
- ``armed_idiom``: "Israeli bullets tore into protesters", "a gunman took aim at police and opened
  fire" -- the attack-in-debate idioms told of a physical attack give no ACCUSE row (review r29a, f61).
- ``standing_posture``: "German troops deployed in Mali should be replaced" -- a participle that
  describes where forces are is no deployment told.
"""

from __future__ import annotations

from dataclasses import replace

from detente.events.lexicon import Lexicon
from detente.records import Event


def _spec(lexicon: Lexicon) -> dict:
    return lexicon.semantics["one_act"]


def verbal_offensive(token, coding, sources, lexicon: Lexicon, targets=()):
    """The coding retyped ACCUSE (``~verbal``) for "go / be on the offensive" whose doers are all
    unarmed actors with a known sector (a government, a party, an opposition leader), else None.
    An offensive against armed targets ("against Hamas") or in a sentence that tells an attack by
    arms ("launching air strikes", "bombing towns") is a government's war: it stays ASSAULT."""
    spec = _spec(lexicon)
    if coding is None or coding.type != "ASSAULT" or token.lower_ not in spec["offensive_nouns"]:
        return None
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ != "on" or prep.head.lemma_.lower() not in spec["offensive_verbs"]:
        return None  # "launched an offensive", "the offensive on Kharkiv": a military operation
    sectors = [m.actor.sector if m.actor is not None else None for m in sources]
    if not sectors or any(s not in spec["unarmed_sectors"] for s in sectors):
        return None  # "troops went on the offensive", an unplaced doer
    if any(m.actor is not None and m.actor.sector in spec["armed_targets"] for m in targets):
        return None  # "the government is on the offensive against Hamas"
    violence = lexicon.semantics["precision"].get("violence_words", ())
    if any(t.lemma_.lower() in violence for t in token.sent) or _attack_told(token.sent, spec):
        return None
    return replace(coding, type="ACCUSE", cameo=str(spec["verbal_code"]), rule=coding.rule + "~verbal")


def _attack_told(tokens, spec: dict) -> bool:
    """True when ``tokens`` name an attack by arms ("air strikes", "shelling", "a missile", "bombing
    towns"); a bare "strike" only with a weapon word on it ("air strike", not "the nurses' strike")."""
    words = set(spec["attack_words"])
    for t in tokens:
        if t.lower_ in words or t.lemma_.lower() in words:
            return True
        if t.lemma_.lower() == "strike" and t.pos_ == "NOUN" and \
                any(c.dep_ in ("compound", "amod") and c.lower_ in words | set(spec["strike_kinds"]) for c in t.children):
            return True
    return False


def armed_idiom(token, coding, sources, lexicon: Lexicon) -> bool:
    """True for an attack-in-debate idiom ("took aim at", "tore into", "savaged") told of a physical attack:
    a doer of an armed sector (``armed_doers``: "troops", "a gunman"), a weapon or force as the subject
    ("bullets tore into"), or, for a doer not known unarmed, violence told elsewhere in the sentence
    ("... and opened fire")."""
    spec = _spec(lexicon)
    if coding is None or coding.rule.split("~")[0] not in spec["debate_idioms"]:
        return False
    if any(m.actor is not None and m.actor.sector in spec["armed_doers"] for m in sources):
        return True
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is not None and (subject.lemma_.lower() in spec["weapon_subjects"] or
                                subject.lower_ in spec["weapon_subjects"]):
        return True
    if sources and all(m.actor is not None and m.actor.sector in spec["unarmed_sectors"] for m in sources):
        return False  # "the opposition leader tore into the government over the deaths": criticism of violence
    violence = lexicon.semantics["precision"].get("violence_words", ())
    return any(t.lemma_.lower() in violence for t in token.sent if t.i != token.i)


def merged(events: list[Event], lexicon: Lexicon, sentence=None) -> list[Event]:
    """One sentence's rows with each doerless row of a merged type folded into the rows of that type
    that have a doer: when those rows all name the same doer countries, a doerless row whose victims
    they already name goes, and one whose victims they lack gives its targets to the doer's rows
    that have none (``~merged``), as does one told in a relative clause on the doer's own act noun ("in
    an ambush that killed nine policemen": its victims join the doer's, ``_relative_of_act``). Two doers
    (two acts), a doer that is only a place's country, or victims of its own beside the doer's row's
    victims in another clause ("after a suicide attack killed six policemen"), keep the doerless row."""
    types = set(_spec(lexicon)["merged_types"])
    events = [e for e in events if not _doer_phrase(e, events, types)]
    for type_ in types & {e.type for e in events}:
        doers = [e for e in events if e.type == type_ and any(p.country for p in e.source)]
        if len({frozenset(p.country for p in e.source) for e in doers}) != 1 or \
                any(not p.sector for e in doers for p in e.source):
            continue  # two doers; a place standing in for a doer ("an ambush in Jalisco kills ten")
        named = {(p.country, p.sector) for e in doers for p in e.target}
        for event in [e for e in events if e.type == type_ and not any(p.country for p in e.source)]:
            if sentence is not None and not all(_one_clause(event, e, sentence) for e in doers):
                continue
            victims = {(p.country, p.sector) for p in event.target if p.country}
            if victims and all(_named(victim, named) for victim in victims):
                events = [e for e in events if e is not event]  # "the attack kills seven soldiers"
            elif victims and len(doers) == 1 and _relative_of_act(event, doers[0], sentence, lexicon):
                folded = replace(doers[0], target=_joined(doers[0].target, event.target), rule=doers[0].rule + "~merged")
                events = [folded if e is doers[0] else e for e in events if e is not event]  # "in an ambush that killed"
                doers, named = [folded], named | victims
            elif victims and not named:
                events = [replace(e, target=list(event.target), rule=e.rule + "~merged")
                          if any(e is d for d in doers) else e for e in events if e is not event]  # "... are injured as a bomber blows herself up"
                doers, named = [e for e in events if e.type == type_ and any(p.country for p in e.source)], victims
    return events


def _doer_phrase(event: Event, events: list[Event], types: set) -> bool:
    """True for a row of a merged type with no doer country whose trigger lies inside the source
    words of another row of its type that has one ("a rebel bomb attack kills seven soldiers": the
    attack is the killing's doer phrase, one act; round 31, e92), with no victim the other lacks."""
    if event.type not in types or any(p.country for p in event.source):
        return False
    victims = {p.country for p in event.target if p.country}
    return any(other is not event and other.type == event.type and
               any(p.country and p.start <= event.trigger_start and event.trigger_end <= p.end for p in other.source) and
               victims <= {p.country for p in other.target if p.country}
               for other in events)


def _relative_of_act(event: Event, doer: Event, sentence, lexicon: Lexicon) -> bool:
    """True when the doerless row's trigger is the verb of a relative clause on a noun of the same act
    type that is the doer row's trigger or the object of one of its prepositions ("militants attacked
    troops in an ambush that killed nine policemen": the ambush is the doer's attack, its victims the
    doer's). An act in an "after" clause ("after a suicide attack killed six policemen") is another."""
    if sentence is None:
        return False
    verb = next((t for t in sentence if t.idx == event.trigger_start), None)
    trigger = next((t for t in sentence if t.idx == doer.trigger_start), None)
    if verb is None or trigger is None or verb.dep_ != "relcl":
        return False
    noun = verb.head
    if not any(e.type == event.type for e in lexicon.triggers.get(("noun", noun.lemma_.lower()), ())):
        return False
    return noun.i == trigger.i or (noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.i == trigger.i)


def _joined(first: list, second: list) -> list:
    """``first`` and the participants of ``second`` it lacks (by country, sector and span)."""
    seen = {(p.country, p.sector, p.start) for p in first}
    return [*first, *(p for p in second if (p.country, p.sector, p.start) not in seen)]


def _named(victim: tuple, named: set) -> bool:
    """True when a (country, sector) victim is one the doer's rows name: the same country and sector,
    or one of them has no sector ("seven Kenyan soldiers" is "Kenyan troops"; "six Afghan policemen"
    are not the "Taliban fighters" Afghan forces killed)."""
    country, sector = victim
    return any(c == country and (s == sector or s is None or sector is None) for c, s in named)


def _one_clause(first: Event, second: Event, sentence) -> bool:
    """True when one row's trigger is inside the other's phrase or clause ("are injured as a bomber
    blows herself up", "a bomb attack kills"), not in a clause coordinated with it."""
    tokens = [next((t for t in sentence if t.idx == e.trigger_start), None) for e in (first, second)]
    if None in tokens:
        return False
    left, right = sorted(t.i for t in tokens)
    if any(t.text in (";", ":") for t in sentence.doc[left:right]):
        return False  # "...; the police shoot one": the parser may hang one clause on the other
    for low, high in (tokens, tokens[::-1]):
        current = low
        while current.i != high.i and current.head.i != current.i and \
                current.dep_ not in ("conj", "parataxis", "ccomp"):
            current = current.head
        if current.i == high.i:
            return True
    return False


def condition_act(token, lexicon: Lexicon) -> bool:
    """True for an act in the ``of`` / ``for`` phrase of a noun of condition ("as a precondition of
    lifting the embargo", "a condition for the withdrawal"): an act another depends on, not done."""
    spec = _spec(lexicon)
    if token.dep_ not in ("pobj", "pcomp") or token.head.lower_ not in spec["condition_preps"]:
        return False
    owner = token.head.head
    return owner.pos_ == "NOUN" and owner.lower_ in spec["condition_nouns"] and owner.i != token.i


def cargo_blast(token, lexicon: Lexicon) -> bool:
    """True for a verb of blowing up whose subject is a carrier or store of fuel or munitions with no
    bomb word ("an ammunition truck explodes", "a fuel tanker exploded"): an accident, no attack --
    unless a phrase or clause of the verb tells the attack that set it off ("exploded after a rocket
    attack", "blew up in an air strike")."""
    spec = _spec(lexicon)
    if token.pos_ != "VERB" or token.lemma_.lower() not in spec["blast_verbs"]:
        return False
    subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ not in spec["cargo_carriers"]:
        return False
    words = {t.lower_ for t in subject.subtree}
    if not words & set(spec["cargo_words"]) or words & set(spec["bomb_words"]):
        return False
    return not any(_blast_cause(c, spec) for c in token.children)


def _blast_cause(child, spec: dict) -> bool:
    """True when a phrase or clause of a blast verb tells the attack that set it off: a clause ("after
    being hit by a rocket", "when a drone struck it") with an attack word anywhere in it, or a noun after a
    preposition of cause or time that is the attack itself or has one on it ("after a rocket attack",
    "in an air strike") -- not an attack named deeper as a landmark ("near the site of last year's attack")."""
    causes = set(spec["blast_causes"])

    def told(tokens) -> bool:
        return any(t.lower_ in causes or t.lemma_.lower() in causes or _attack_told([t], spec) for t in tokens)
    if child.dep_ == "advcl":
        return told(child.subtree)
    if child.dep_ != "prep" or child.lower_ not in spec["blast_cause_preps"]:
        return False
    objects = [o for o in child.children if o.dep_ in ("pobj", "pcomp")]
    return any(told(o.subtree) if o.dep_ == "pcomp" else
               told([o, *(m for m in o.children if m.dep_ in ("compound", "amod"))]) for o in objects)


def standing_posture(token, type_: str | None, lexicon: Lexicon) -> bool:
    """True for a MOBILIZE participle that describes forces where they are ("German troops deployed
    in Mali should be replaced", "the soldiers stationed in Kosovo"): a reduced relative clause with
    no agent and no time of its own tells a posture, no deployment. A posture held and told as such
    ("has 70 soldiers deployed in X", optional in the gold) stays."""
    if type_ != "MOBILIZE" or token.tag_ != "VBN" or token.dep_ != "acl" or \
            token.lemma_.lower() not in _spec(lexicon)["posture_participles"]:
        return False
    forces = token.head
    if forces.dep_ == "dobj" and forces.head.lemma_.lower() in _spec(lexicon)["posture_holders"]:
        return False  # "Belgium has 70 soldiers deployed in Afghanistan": the posture is what is told
    for child in token.subtree:
        if child.dep_ in ("agent", "npadvmod", "tmod") or child.ent_type_ in ("DATE", "TIME"):
            return False  # "troops deployed by Russia", "troops deployed last week"
    return True
