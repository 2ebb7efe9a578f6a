"""Going to war as fighting a side, not as a quarrel (round 34 review mend, f88; ``verb:go+war``).

"Chad went to war with Libya", "Pakistan would have to go to war with India unless ..." are a
state's war on a state (ASSAULT 190, or a threat on a condition). The same words also tell a
quarrel ("the mayor has gone to war with the transport unions over fares", "the president went to
war with the EU commission") and people going off to fight ("veterans who went to war in
Afghanistan", "his son went to war in Iraq"): no act of one political actor on another.

:func:`unfought_war` keeps the entry only with a partner named after "with" or "against" that is a
country's state or force (not an IGO, a party, a union or a newspaper), and of another country than
the doer unless it is armed ("went to war with the rebels")."""

from __future__ import annotations

from detente.actors.tables import COUNTRY_CODES
from detente.events.complements import carried_subject

__all__ = ["unfought_war"]


def unfought_war(cand, index, lexicon) -> bool:
    """True for a war entry (``war_partners.entries``) whose partner is no warring side: none named
    after with / against ("went to war in Iraq", "went to war in 2022"), an IGO or a body that is no
    state or force, or a side of the doer's own country that is unarmed ("with his own party")."""
    spec = lexicon.semantics["war_partners"]
    if cand.entry.id not in spec["entries"] or index is None:
        return False
    partners = [m.actor for p in _partner_phrases(cand.token) for t in p.subtree for m in index.at(t)
                if m.actor is not None]
    subject = carried_subject(cand.token)
    doers = {m.actor.country for t in ((subject,) if subject is not None else ()) for m in index.at(t)
             if m.actor is not None}
    return not any(_warring(actor, doers, spec) for actor in partners)


def _warring(actor, doers: set, spec: dict) -> bool:
    """A country's state or force (``state_sectors``, or no sector: "India"), of another country than
    the doer's unless armed (``armed_sectors``)."""
    if actor.sector in spec["armed_sectors"]:
        return True  # an armed group, with or without a country code (al-Qaeda, Islamic State)
    if actor.country not in COUNTRY_CODES or actor.sector not in (None, *spec["state_sectors"]):
        return False
    return actor.country not in doers


def _partner_phrases(token) -> list:
    """The objects of "with" / "against" on the verb or on its "war" ("went to war with X")."""
    heads = [token, *(g for c in token.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj")]
    return [g for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in ("with", "against")
            for g in c.children if g.dep_ == "pobj"]
