"""When an act is no retelling of an earlier one (issue 13, round 18, branch e52; tests in
``tests/events/test_disputes_e52.py``).

``context.same_act_targets`` gives a targetless row the target of an earlier row of the article with
its type and source: the same act told again ("Turkey began an offensive into Syria ... Turkey began
the offensive with airstrikes", ``~article``). A verb whose own object is a thing of its own -- a
common noun that is no trigger, no act referred back to, with no owner and no actor in it ("will
also call for religious tolerance", "had voted for a 22-week limit") -- tells a new act with its own
content, not the earlier one: it takes no target from it. An object owned by a pronoun ("criticised
its record") or an act word ("condemned the attack") still refers back.
"""

from __future__ import annotations

from detente.events.arguments import MentionIndex, object_heads
from detente.events.lexicon import Lexicon
from detente.events.triggers import Candidate

CONTENT_PREPS = ("for",)
"""Prepositions whose object is what a verb of asking or choosing is about ("call for", "vote for")."""


def own_content(cand: Candidate, index: MentionIndex, lexicon: Lexicon) -> bool:
    """True when the verb trigger's object is a thing of its own (see the module docstring)."""
    token = cand.token
    if cand.entry.pos != "verb" or token.pos_ != "VERB":
        return False
    acts = lexicon.words["act_anaphors"]
    taken = {t.i for t in cand.parts} | {inner.token.i for inner in cand.inner}
    for obj in object_heads(token, CONTENT_PREPS):
        if obj.i in taken or obj.pos_ != "NOUN" or obj.lemma_.lower() in acts:
            continue
        if lexicon.triggers.get(("noun", obj.lemma_.lower())):
            continue  # "also called for sanctions": an act word, perhaps the earlier act again
        if any(c.dep_ == "poss" for c in obj.children) or any(index.at(t) for t in obj.subtree):
            continue  # "criticised its record": its owner is the earlier side
        return True
    return False
