"""Steps taken to do something: "took steps to widen freedoms", "made efforts to mediate".

Moved unchanged out of ``arguments.py`` (round 34, issue 13), which was at the module size limit.
A step verb ("take", "adopt", "make") with a step noun as its object carries out the noun's "to"
clause, so ``voice.subject_head`` climbs from the infinitive to who took the steps
(``step_object``), and the trigger guards read the clause as what the steps do, not a purpose still
unmet (``steps_taken``), when the steps are asserted as taken (``asserted_step``); their mode is
``light_steps.py``'s.
"""

from __future__ import annotations

STEP_NOUNS = frozenset({"step", "measure", "action", "effort", "move"})
"""Nouns that, as the object of a ``STEP_VERBS`` verb, carry out their to-infinitive: "the
president took steps to widen freedoms" -- the president widens them (round 28, e81); "made efforts
to mediate", "made a move to expel" (round 29, e85; their mode: ``events/light_steps.py``)."""


STEP_VERBS = frozenset({"take", "adopt", "make"})


UNTAKEN_STEP_DETS = frozenset({"no", "any"})
"""Determiners of a step noun that was not taken: "took no action", "has not taken any steps"."""


STEP_FRAMES = frozenset({"xcomp", "advcl", "pcomp", "ccomp", "csubj"})


def asserted_step(verb, noun) -> bool:
    """True when ``verb`` reports steps actually taken: no negation, no modal or future
    auxiliary ("will/could take steps"), no infinitive or gerund hung on another verb ("failed
    to take", "has yet to take", "refused to take", "is considering taking"), and no "no"/"any"
    on the step noun ("took no action"; review r28a B1)."""
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to")) for c in verb.children):
        return False
    if verb.dep_ in STEP_FRAMES and verb.tag_ in ("VB", "VBG") and \
            not any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" for c in verb.children):
        return False  # "said it is taking steps": a progressive of its own is asserted (review r28e)
    return not any(c.dep_ == "det" and c.lower_ in UNTAKEN_STEP_DETS for c in noun.children)


def step_noun(noun) -> bool:
    """A step noun as the object of a step verb ("took measures", "made efforts")."""
    return noun.dep_ == "dobj" and noun.lemma_.lower() in STEP_NOUNS and noun.head.lemma_.lower() in STEP_VERBS


def step_object(noun, infinitive, asserted: bool = True) -> bool:
    """True when ``noun`` is a step noun taken by its verb and ``infinitive`` its "to" clause
    (the parser hangs it as ``acl`` or ``relcl``), the steps asserted as taken (any steps when
    ``asserted`` is False)."""
    return step_noun(noun) and infinitive.dep_ in ("acl", "relcl") and infinitive.head.i == noun.i \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children) \
        and (not asserted or asserted_step(noun.head, noun))


def steps_taken(verb, asserted: bool = True) -> bool:
    """True for a step verb with a step noun as its object ("took measures"): its "to" clause,
    when the parser hangs it from the verb, tells what the steps do, not a purpose still unmet.
    Only for steps asserted as taken (``asserted_step``) unless ``asserted`` is False (then
    ``events/light_steps.py`` reads the steps' mode: "will take steps to" intends)."""
    return verb.lemma_.lower() in STEP_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in STEP_NOUNS and (not asserted or asserted_step(verb, c))
        for c in verb.children)
