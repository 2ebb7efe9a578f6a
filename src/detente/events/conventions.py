"""PLOVER type conventions that need the sides or the governing words of an act (issue 13, round 15).

CAMEO 082 "ease political dissent" is the dissenters' own act: protesters who end, suspend, halt or
abandon their protest or hunger strike (``verb:end+protest`` and its siblings in ``triggers.tsv``).
The same words with the state's forces as subject ("police halted the march") tell a protest
stopped by force, no concession: such a row is dropped (the stopping itself is left to the
coercion entries).

CAMEO 191 "impose blockade, restrict movement" is the state's (or an armed group's) act; people outside
the state who block a port, a road or a border obstruct passage, a protest (PROTEST 144, mode
``obstruct``): ``civil_blockade``. A protest noun held or staged ("lawyers held a protest outside the
court") is a demonstration, never a diplomatic protest (``staged_protest``, used by
``context.diplomatic``). A clash with armed people ("students clashed with riot police") is no
verbal clash (``armed_other_side``, used by ``precision.retyped``). An agentless passive
investigation or charge takes the state of the place it happened in as its doer, as an arrest does
(``legal_passive``, used by ``coder.code_trigger``). Control of a place won in a vote, or taken by a party, a
company or civilians, is no attack (``control_won``, round 25 review). Word lists: ``conventions`` in ``semantics.yaml``.
"""

from __future__ import annotations

from dataclasses import replace

from detente.events.lexicon import Lexicon
from detente.events.third_parties import requesters_only
from detente.events.triggers import Candidate, Coding

DISSENT_ENDED = frozenset({"verb:end+protest", "verb:halt+protest", "verb:suspend+protest", "verb:abandon+protest"})
"""Lexicon entries of a protest ended by its doers."""

STATE_SECTORS = frozenset({"GOV", "COP", "MIL", "JUD", "SPY"})
"""Sectors of the state: they end other people's protests, not their own."""


def ended_by_force(coding: Coding, sources: list) -> bool:
    """True for eased dissent (a protest-ending entry) whose doer is the state
    ("police halted the sit-in"); an opposition, a union or protesters keep the concession."""
    if coding.type != "CONCEDE" or coding.rule.split(">")[0].split("~")[0] not in DISSENT_ENDED:
        return False
    return any(getattr(m.actor, "sector", None) in STATE_SECTORS for m in sources if getattr(m, "actor", None))


def control_won(coding: Coding, sources: list, cand: Candidate, lexicon: Lexicon) -> bool:
    """True for control of a place taken (``verb:take+control-place`` and siblings, ``control_entries``) that is no
    attack: won in a vote ("gained control of Istanbul in the local elections", ``vote_words``), or by a named
    doer that takes no place by force ("the AfD took control of the town", ``control_unarmed_sectors``; a doer read
    off the place, ``~place``, is no such doer). Round 25 review (f70)."""
    spec = lexicon.semantics["conventions"]
    if not coding.rule.split("~")[0].endswith(tuple(spec["control_entries"])):
        return False
    if any(t.dep_ == "pobj" and t.lemma_.lower() in spec["vote_words"] and t.head.lower_ in spec["vote_prepositions"]
           for t in cand.token.subtree):
        return True
    return "~place" not in coding.rule and \
        any(getattr(m.actor, "sector", None) in spec["control_unarmed_sectors"] for m in sources if getattr(m, "actor", None))


def no_act(coding: Coding, sources: list, cand: Candidate, lexicon: Lexicon) -> bool:
    """True for a coding that is no act of its doers: eased dissent ended by force, control won (above),
    an act whose only doers found asked for it ("freed at the request of the government": round 34)."""
    return ended_by_force(coding, sources) or control_won(coding, sources, cand, lexicon) or \
        requesters_only(sources, cand.token)


def civil_blockade(coding: Coding, sources: list, lexicon: Lexicon) -> Coding:
    """``coding`` recoded PROTEST 144 (``~obstruct``) for a blockade whose doers all have an unarmed,
    non-state sector ("French farmers blockaded the port of Calais"), else unchanged."""
    spec = lexicon.semantics["conventions"]
    if coding.type != "COERCE" or coding.cameo not in spec["blockade_codes"] or coding.mode == "intend" or not sources:
        return coding
    sectors = [getattr(m.actor, "sector", None) for m in sources]
    if not all(s in spec["unarmed_sectors"] for s in sectors):
        return coding  # the state, rebels, or a country with no sector: a blockade imposed
    return replace(coding, type="PROTEST", cameo=str(spec["obstruct_cameo"]), mode="obstruct",
                   rule=coding.rule + "~obstruct")


def staged_protest(cand: Candidate, lexicon: Lexicon) -> bool:
    """True for a protest noun that is the object of a verb of staging ("held a protest", "staged
    protests outside the embassy"): a demonstration, whoever its doers are."""
    token = cand.token
    return token.pos_ == "NOUN" and token.dep_ in ("dobj", "nsubjpass") and \
        token.head.lemma_.lower() in lexicon.semantics["conventions"]["staging_verbs"]


def armed_other_side(token, lexicon: Lexicon) -> bool:
    """True when a clash verb's ``with`` object is armed people ("clashed with riot police",
    "clashed with government troops"): a physical clash."""
    armed = lexicon.semantics["conventions"]["armed_nouns"]
    return any(g.lemma_.lower() in armed or g.lower_ in armed
               for c in token.children if c.dep_ == "prep" and c.lower_ == "with"
               for g in c.children if g.dep_ == "pobj")


def legal_passive(cand: Candidate, lexicon: Lexicon) -> bool:
    """True for an agentless passive investigation or charge ("was put under investigation in
    Italy", "was indicted in Spain"): like an arrest, the state of the place it happened in is the
    doer (the place rule, ``events.doers``). Other accusations keep no place doer ("was criticised
    in Britain")."""
    token = cand.token
    return cand.entry.id in lexicon.semantics["conventions"]["legal_place_entries"] and token.tag_ == "VBN" and \
        any(c.dep_ == "auxpass" for c in token.children)
