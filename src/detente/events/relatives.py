"""Relative clauses that perform the nominal act they hang on: "the airstrikes the United States
carried out in Yemen against al-Qaeda", "the raids that Turkish jets launched" (issue 13 round 30).

The clause's verb is a light verb (semantics ``light_verbs``: carry out, launch, conduct, stage)
whose object is the noun itself: the clause has no object of its own, only its gap or a relative
pronoun, and is not negated. Its subject is the act's doer (``doers.relative_doers``) and the
objects of its target prepositions are the act's targets (``targets.targets_of``). The clause may
hang on the quantity the act is counted by ("hundreds of airstrikes the US made").
"""

from __future__ import annotations

RELATIVE_PRONOUNS = frozenset({"WDT", "WP", "WP$"})
"""Tags of a relative pronoun ("that", "which", "who"): the clause's gap, never its doer."""


def performing_clauses(token, light_verbs: frozenset[str]) -> list:
    """The relative clauses on the nominal act ``token`` (or on the noun that counts it) whose
    light verb performs it."""
    nouns = [token]
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ in ("NOUN", "NUM"):
        nouns.append(token.head.head)
    return [clause for noun in nouns for clause in noun.children if clause.dep_ == "relcl" and
            {clause.lemma_.lower(), clause.lower_} & light_verbs and not any(
                _not_performing(c) for c in clause.children)]


def _not_performing(child) -> bool:
    """A child that shows the clause's gap is not the light verb's own object: a negation, an
    object of its own, a complement or label the gap belongs to ("the attacks X has had to
    endure", "the protests X called illegal"), or a stranded preposition ("the strikes X paid
    for"); review r30b, f70."""
    if child.dep_ == "neg" or (child.dep_ == "dobj" and child.tag_ not in RELATIVE_PRONOUNS):
        return True
    if child.dep_ in ("xcomp", "ccomp", "oprd", "acomp"):
        return True
    return child.dep_ == "prep" and not any(c.dep_ in ("pobj", "pcomp") for c in child.children)
