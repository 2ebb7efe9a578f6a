"""People harmed in a nominal attack (events round 15, recall).

News tells most attacks from the side of their victims: "Two Afghan policemen were killed in a US
airstrike", "Five Hezbollah fighters die during Israeli strikes", "three others were injured in a
raid by Israeli soldiers". The attack noun names its doer (a modifier, a possessor, a ``by`` agent,
"launched by"), the harm verb's subject names the people it hit. Before this module the noun found
its doer but no target (the victims are the verb's, not the noun's) and was dropped as an
interaction with an unattached actor, and the verb found no doer at all.

- ``harm_verb``: the harm verb ("kill", "wound", "injure", "die" ...) a nominal act is the
  ``in``/``during`` object of.
- ``attack_doers``: the doers named inside the attack's own noun phrase: a country, armed body or
  international body modifying it ("a US drone attack", "NATO airstrikes", "IDF strikes"); never
  a place ("a Baghdad bombing", "the Kandahar attack": the capital or town it happened in).
- ``harmed``: the victims, the resolved actors among the subjects of the harm verb and of the harm
  verbs coordinated with it, placed by their own words ("Afghan policemen", "Palestinians"), not
  by the story's country (the gold leaves "civilians" of an unplaced story without a target).
- ``verb_doers``: for the harm verb itself, the doers of the attack it names, so that "were killed
  in a US airstrike" is the airstrike's row, not an unnamed doer's.
"""

from __future__ import annotations

from detente.events.arguments import MentionIndex, actors_under, is_place_name
from detente.events.homes import PLACE_HOME
from detente.events.lexicon import Lexicon
from detente.events.triggers import Candidate
from detente.records import Mention

_OF = frozenset({"of", "to"})
"""The clash's other side is its own words ("militants of X", "gunmen loyal to X": review r32e), never
a place phrase ("near Goma")."""

OWN_WORDS = frozenset({"home:name", PLACE_HOME})
"""Placements read off a mention's own words (``coder.NAMED_HOMES``)."""


def _words(lexicon: Lexicon) -> dict:
    return lexicon.semantics["victims"]


def harm_verb(token, lexicon: Lexicon):
    """The harm verb whose ``in``/``during`` object the noun ``token`` is: "were killed in a US
    airstrike" -> killed; "three others injured during a raid" -> injured (a participle); also
    through a noun that counts or spans it ("killed in a series of raids")."""
    words = _words(lexicon)
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.dep_ == "pobj" and \
            token.head.head.lemma_.lower() in lexicon.semantics["series_nouns"]:
        token = token.head.head  # "were killed following a series of attacks" (issue 13 round 30)
    if token.dep_ != "pobj" or token.head.lower_ not in words["harm_preps"]:
        return None
    verb = token.head.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in words["harm_verbs"]:
        return None
    return verb


def _place(mention: Mention) -> bool:
    """A place named before the act ("a Baghdad bombing", "the Kirkuk attack"): where, not who."""
    return is_place_name(mention) or (mention.actor is not None and mention.actor.entry == PLACE_HOME)


def attack_doers(token, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """The doers an attack noun under a harm verb names as its modifiers, directly or through the
    nouns of its compound ("a US drone attack": US; "IDF strikes"; "an Israeli artillery attack")."""
    if harm_verb(token, lexicon) is None:
        return []
    found: list[Mention] = []
    frontier = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod")]
    while frontier:
        child = frontier.pop(0)
        mentions = [m for m in index.at(child) if m.actor is not None and not _place(m)]
        found.extend(m for m in mentions if m.actor.country or m.actor.sector)
        if not mentions and child.pos_ == "NOUN":  # "drone", "artillery", "missile": look inside
            frontier.extend(c for c in child.children if c.dep_ in ("compound", "amod", "nmod"))
    return found


def _harm_group(verb, lexicon: Lexicon) -> list:
    """A harm verb with the harm verbs told with it: "two people are killed and 14 injured in ...",
    "two are killed and three others injured during a raid" (a participle on the conjoined noun)."""
    verbs = _words(lexicon)["harm_verbs"]

    def harm(token) -> bool:
        return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in verbs

    root = verb
    if verb.dep_ == "conj" and harm(verb.head):
        root = verb.head
    elif verb.dep_ == "acl" and verb.head.dep_ == "conj" and harm(verb.head.head):
        root = verb.head.head
    group = [root]
    for conj in (c for c in root.children if c.dep_ == "conj"):
        group += [conj] if harm(conj) else [c for c in conj.children if c.dep_ == "acl" and harm(c)]
    return group


def _harm_subjects(verb, lexicon: Lexicon) -> list:
    """The subjects of a harm verb and of the harm verbs told with it; a participle's noun
    ("three others injured during a raid")."""
    subjects = []
    for clause in _harm_group(verb, lexicon):
        subjects += [c for c in clause.children if c.dep_ in ("nsubjpass", "nsubj")]
        if clause.dep_ == "acl" and clause.tag_ == "VBN":
            subjects.append(clause.head)
    return subjects


def harmed(cand: Candidate, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """The victims of a nominal attack named under a harm verb, as its targets: "Two Afghan
    policemen were killed in a US airstrike" -> the policemen. Only for an attack whose doer is
    named, and only actors placed by their own words; places are no victims."""
    if cand.entry.type not in _words(lexicon)["attack_types"]:
        return []
    verb = harm_verb(cand.token, lexicon)
    if verb is None or not _own_doers(cand.token, index, lexicon):
        return []  # an unnamed doer's attack keeps the place rules ("killed in an ambush near Basra")
    found = [m for s in _harm_subjects(verb, lexicon) for m in actors_under(s, index, max_depth=2)]
    return [m for m in found if m.actor is not None and m.actor.country and not _place(m) and
            index.placed.get((m.start, m.end), "home:name") in OWN_WORDS]


def clash_sides(cand: Candidate, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """The sides of a two-sided clash that its dead name: "Ten Somali soldiers and twelve al-Shabaab
    militants are killed in fighting near Afgooye" -> the soldiers and the militants, one mention
    per side (``coder.code_trigger`` reads them as "between X and Y"). Only when the dead are of two
    sides or more and the clash names no doer of its own."""
    words = _words(lexicon)
    if cand.entry.pos != "noun" or cand.token.lemma_.lower() not in words["clash_nouns"]:
        return []
    verb = harm_verb(cand.token, lexicon)
    if verb is None or _own_doers(cand.token, index, lexicon):
        return []
    sides: dict[tuple, Mention] = {}
    for subject in _harm_subjects(verb, lexicon):
        for m in actors_under(subject, index, max_depth=2):
            if m.actor is not None and m.actor.country and not _place(m) and \
                    index.placed.get((m.start, m.end), "home:name") in OWN_WORDS:
                sides.setdefault((m.actor.country, m.actor.sector), m)
    return list(sides.values()) if len(sides) > 1 else []


def verb_doers(cand: Candidate, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """The doers of the attack a harm verb names as what its people were harmed in: "were killed
    in a US airstrike" -> US; "died during airstrikes launched by the United States"."""
    token = cand.token
    if cand.entry.pos != "verb" or cand.entry.type not in _words(lexicon)["attack_types"]:
        return []
    if token.lemma_.lower() not in _words(lexicon)["harm_verbs"]:
        return []
    words = _words(lexicon)
    attacks = [p for clause in _harm_group(token, lexicon) for c in clause.children
               if c.dep_ == "prep" and c.lower_ in words["harm_preps"]
               for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in words["attack_nouns"]]
    for attack in attacks:
        if found := _own_doers(attack, index, lexicon):
            return found
    return []


def fought_with(cand: Candidate, index: MentionIndex, lexicon: Lexicon) -> tuple[list[Mention], list[Mention]]:
    """The other side of the clash a harm verb's people died in, as its doers, and the dead, as its
    targets (issue 13, round 32): "Syrian soldiers were killed in fighting with Islamic State
    militants" -> the militants did it to the soldiers; "ten policemen died in clashes against the
    rebels". The ``with``/``against`` object of a clash noun (``clash_nouns``) that is the harm
    verb's ``in``/``during`` object; none when it names the dead's own side ("in fighting with their
    own comrades") or a place, and never read through a place phrase ("a battle with rebels near
    Goma": unresolved rebels give no doer, not the town; round 32 review, f78)."""
    words = _words(lexicon)
    if cand.entry.pos != "verb" or cand.entry.type not in words["attack_types"] or \
            cand.token.lemma_.lower() not in words["harm_verbs"]:
        return [], []
    clashes = [p for clause in _harm_group(cand.token, lexicon) for c in clause.children
               if c.dep_ == "prep" and c.lower_ in words["harm_preps"]
               for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in words["clash_nouns"]]
    if any(c.dep_ in ("nsubj", "dobj") and v.lemma_.lower() not in ("die", "perish")
           for v in _harm_group(cand.token, lexicon) for c in v.children):
        return [], []  # active "X killed Y in clashes with Z": its subject is a killer, not the dead (r32a)
    dead = [m for s in _harm_subjects(cand.token, lexicon) for m in actors_under(s, index, max_depth=2)
            if m.actor is not None and m.actor.country and not _place(m)]
    sides = {(m.actor.country, m.actor.sector) for m in dead}
    for clash in clashes:
        preps = ("against",) if any(c.dep_ == "prep" and c.lower_ == "against" for c in clash.children) \
            else ("with", "against")  # "joint fighting with allies against X": only X (r32a)
        others = [m for c in clash.children if c.dep_ == "prep" and c.lower_ in preps
                  for p in c.children if p.dep_ == "pobj" for m in actors_under(p, index, prepositions=_OF)
                  if m.actor is not None and m.actor.country and not _place(m)]
        if others and not any((m.actor.country, m.actor.sector) in sides for m in others):
            return others, dead
    return [], []


def doer_phrases(act, modifiers: tuple[str, ...] = (), participles: bool = False):
    """The heads of the phrases an attack's own words name its doer with, in the order of its
    children, as ``(head, agent)``: its modifiers of the labels ``modifiers`` ("a Turkish
    airstrike", "Russia's attack"; ``agent`` False) and the objects of its ``by`` phrase ("an
    airstrike by the army", "was struck by gunfire") or, with ``participles``, of the ``by`` phrase
    of a past participle on it ("airstrikes launched by the US"; ``agent`` True). Shared by this
    module's ``~inattack`` rule and ``named_doers`` (``~named``)."""
    for child in act.children:
        if child.dep_ in modifiers:
            yield child, False
        elif child.dep_ in ("agent", "prep") and child.lower_ == "by":
            yield from ((p, True) for p in child.children if p.dep_ == "pobj")
        elif participles and child.dep_ == "acl" and child.tag_ == "VBN":
            yield from ((p, True) for g in child.children if g.dep_ == "agent" for p in g.children if p.dep_ == "pobj")


def _own_doers(attack, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """Modifier doers, a possessor or a ``by`` agent (also of a participle: "launched by") of an
    attack noun."""
    if found := attack_doers(attack, index, lexicon):
        return found
    for head, _ in doer_phrases(attack, ("poss",), participles=True):
        if found := actors_under(head, index):
            return found
    return []


def harmed_tokens(sentence, lexicon: Lexicon, trigger=None) -> set[int]:
    """Indices of the words naming who a harm verb of the sentence says was harmed: the passive
    subject of "killed", "wounded", "injured" ("eight Iraqi soldiers are killed", its adjective and
    compound words included), or the subject of "died". An armed force so named is the attack's
    victim, never the context that fixes its unnamed doer (round 28, e80; NOTES-e80.md); militants
    among the dead may have fought, so the caller keeps this to the state's forces (MIL). With a
    ``trigger``, a harm verb in a clause of its own opened by "after", "before", "since" (the trigger
    outside it) is left out: "exploded in Kabul, a day after three aid workers were killed in Herat"
    tells another act's dead (f58)."""
    harm = set(lexicon.semantics["recall14"]["harm_verbs"])
    marks = frozenset(lexicon.semantics["recall14"]["harm_sequence_marks"])
    out: set[int] = set()
    for verb in sentence:
        if verb.lemma_.lower() not in harm or verb.pos_ not in ("VERB", "AUX"):
            continue
        if trigger is not None and _in_sequence_clause(verb, trigger, marks):
            continue
        for subject in verb.children:
            if subject.dep_ == "nsubjpass" or (subject.dep_ == "nsubj" and verb.lemma_.lower() in ("die", "perish")):
                out |= {t.i for t in subject.subtree if t.i <= subject.i}
    return out


def _in_sequence_clause(verb, trigger, marks) -> bool:
    """True when ``verb`` sits in a clause opened by a sequence word (``marks``: "after", "since")
    that does not hold ``trigger``: the clause's mark, or a preposition governing it ("after" +
    pcomp), on the way up from the verb to the lowest word whose subtree holds the trigger."""
    node, steps = verb, 0
    while steps < 12 and not (node.left_edge.i <= trigger.i <= node.right_edge.i):
        if any(c.dep_ == "mark" and c.lower_ in marks for c in node.children):
            return True
        if node.dep_ in ("pcomp", "pobj") and node.head.lower_ in marks:
            return True
        if node.head.i == node.i:
            break
        node, steps = node.head, steps + 1
    return False


def harmed_abroad(token, own: set, index: MentionIndex, lexicon: Lexicon) -> list[Mention]:
    """The mentions naming who a harm verb of the sentence says was killed or wounded ("five
    Pakistani soldiers are killed and one is injured by a blast in Jammu") when they are of a country
    other than the place's (``own``): the attack hit them, not the place where it struck (round 28,
    e80)."""
    found = [m for i in sorted(harmed_tokens(token.sent, lexicon, token)) for m in index.by_token.get(i, ())
             if m.actor is not None and m.actor.country and m.actor.country not in own]
    out: list[Mention] = []
    for m in found:
        if all((m.start, m.end) != (o.start, o.end) for o in out):
            out.append(m)
    return out
