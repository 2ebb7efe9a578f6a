"""Acts told in another verb's complement, and who does them (issue 13, round 33, e100;
gold/events/NOTES-e100.md).

Two chains carry a doer down to an act the parse leaves without one (a third, a document's
purpose infinitive, "signed a letter to impeach", was dropped: it made wrong rows where the
noun was no document; NOTES-e100 section 3):

- **a reported wrongdoing whose doer is a bare state noun** (:func:`row_doers`): "the rebel leader
  claims that the army has broken a ceasefire": ``rules.reported_wrongdoing`` codes the claim as
  ACCUSE against the doer of the reported act, and when that doer is a noun naming no country
  ("the army", "government troops") the target is the doer the event coder itself found for the
  same verb (the ASSAULT row of "broken a ceasefire", placed from the story), so the claim and the
  act it reports agree on who did it. No such row, no claim row.

- **a subject carried down** (:func:`carried_subject`): a trigger that needs its subject's words
  (``subj=troops|...``) reads the controller of its infinitive or gerund ("troops began to leave
  X") or, for a pronoun subject of a reported clause, the speaker ("the army says it is leaving X").

>>> row_doers((0, 5), [], [])
[]
"""

from __future__ import annotations

__all__ = ["carried_subject", "participle_doer", "row_doers", "unasserted_doer"]


def row_doers(span: tuple[int, int], speakers: list, rows: list) -> list:
    """The sources of the sentence's rows whose trigger starts at ``span`` (the reported verb),
    less any side of the speaker's own country and sector: the wrongdoer the event coder found for
    a reported act whose subject names no actor ("claims that the army has broken a ceasefire")."""
    own = {(p.country, p.sector) for p in speakers}
    state = {p.country for p in speakers if p.sector in STATE_SECTORS}
    found = [p for row in rows if row.trigger_start == span[0] for p in row.source
             if (p.country, p.sector) not in own and p.country is not None
             and (p.country not in state or p.sector in CHALLENGER_SECTORS)]
    return list({(p.country, p.sector, p.start): p for p in found}.values())


STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD"})
"""Sectors of a state body: such a speaker does not accuse its own country's forces or people of a
wrong its sentence pins on an unnamed doer ("Sudan's ministry said soldiers had violated ..."): the
doer's country then only echoes the speaker's story (round 33 review, f83)."""

CHALLENGER_SECTORS = frozenset({"REB", "OPP", "PTY"})
"""Sectors a state body does accuse at home: rebels, the opposition, a party ("the defence minister
said the guerrillas had broken the truce")."""


REPORTED_PRONOUNS = frozenset({"it", "they", "we"})
"""Subject pronouns of a reported clause that stand for the speaker ("the army says it is leaving")."""

REPORTING_LEMMAS = frozenset({"say", "tell", "announce", "state", "confirm", "insist", "add", "declare"})
"""Verbs of saying whose pronoun subject below is the speaker; a verb of thinking or denial (doubt,
fear, hope, deny) does not carry its subject down ("troops doubt they will leave": no act)."""


def participle_doer(token):
    """The noun a present participle modifies, which is its doer: "sources report troops and tanks
    moving into the province", "columns of soldiers advancing on the capital" (the parse hangs the
    participle on the noun as ``acl``, with no subject of its own); else None. Read by a trigger that
    needs its subject's words ('subj=troops|...'), as :func:`carried_subject` (issue 13 round 34, e105)."""
    if token.dep_ != "acl" or token.tag_ != "VBG" or token.head.i == token.i or token.head.pos_ not in ("NOUN", "PROPN"):
        return None
    return None if any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children) else token.head


def unasserted_doer(token, lexicon) -> bool:
    """True when the noun a participle hangs on stands in a clause that asserts no act (round 34
    review, f88): the checks that read a verb's own clause never see it, as the participle has none.
    Negated ("there were no troops moving into X", "nobody saw troops moving"), the object of a
    nominal modality ("the prospect of troops leaving X", "the threat of ...": ``unasserting_nouns``)
    or the content of a denial ("denied that there were troops moving ...": ``denial_verbs``).
    Reports and sightings stay acts ("reports of troops moving into X")."""
    noun = participle_doer(token)
    if noun is None:
        return False
    spec = lexicon.semantics["participle_doers"]
    negation = lexicon.words["negation"]
    current = noun
    for _ in range(3):  # "the prospect of troops", "fears of reports of troops": the nouns holding it
        if any(c.dep_ in ("det", "neg") and c.lower_ in negation for c in current.children):
            return True
        if current.dep_ != "pobj" or current.head.head.i == current.head.i:
            break
        holder = current.head.head
        if holder.lemma_.lower() in spec["unasserting_nouns"] or holder.lower_ in spec["unasserting_nouns"]:
            return True
        if holder.pos_ not in ("NOUN", "PROPN"):
            break
        current = holder
    verb = current.head if current.dep_ in ("dobj", "attr", "nsubj", "nsubjpass", "pobj") else current
    own_predicate = current.dep_ in ("nsubj", "nsubjpass")  # "troops occupying Crimea will not withdraw"
    for _ in range(3):  # the verb of the noun's clause and the verbs it is the complement of
        if not own_predicate and any(
                c.dep_ == "neg" or (c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in spec["negative_subjects"])
                for c in verb.children):
            return True  # a negated predicate of the doer denies its own act, not the participle's
        own_predicate = False
        if verb.lemma_.lower() in spec["denial_verbs"]:
            return True
        if verb.dep_ not in ("ccomp", "conj") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def carried_subject(token):
    """The subject a verb with none of its own, or with a pronoun, takes from the verb above it:
    the controller of an infinitive or gerund complement ("Russian troops began to leave / started
    leaving Georgia": the troops), and the speaker for a pronoun subject of a reported clause
    ("Russian soldiers said they were leaving Georgia", "the army says it is leaving"); else the
    verb's own subject, or None. Read by a trigger that needs its subject's words ('subj=troops|...')."""
    current = token
    for _ in range(4):
        subject = next((c for c in current.children if c.dep_ == "nsubj"), None)
        if (subject is not None and subject.lower_ in REPORTED_PRONOUNS and current.dep_ == "ccomp"
                and current.head.lemma_ in REPORTING_LEMMAS):
            current = current.head  # "says it is leaving": the speaker
            continue
        if subject is not None or current.dep_ != "xcomp" or current.head.i == current.i:
            return subject
        current = current.head  # "began to leave": the controller
    return None
