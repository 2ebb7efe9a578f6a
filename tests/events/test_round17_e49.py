"""Precision round 17 (branch e49): wrong-row classes read off the wrong-row cause table
(``evaluate/wrongs.py``) and the tune material. Each case is made up and coded by the whole
pipeline; the expected set is the sentence's whole output as ``(type, source country, target
country or None)`` rows.

- ``arguments.headline_passive``: a bare past participle with a subject, no auxiliary and no
  object ("Two soldiers killed in an attack", "Protesters arrested in X, police said") is the
  passive of headline and agency style: its subject is the one acted on, not the doer.
- ``sources.unplaced_attackers``: the state's forces (MIL) of the place among the row's targets
  ("Egyptian soldiers were killed in an attack in Sinai") do not fix the unnamed doer's country:
  they were hit, they did not attack (militants among the dead still do).
- ``partners.pairs_of``: a mutual act's (AGREE, CONSULT, COOPERATE) target that is only a place of
  one of its joint sources' own countries ("agreed to a ceasefire for the Gaza Strip") is no third
  party; the sources are each other's partners.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2024-03-01"
CASES = [
    # the victims of a headline passive are no doers
    ("Malian soldiers killed in an attack blamed on jihadists, the army said.", set()),
    ("Russian troops killed in the attack on the base, Ukraine said.", set()),
    ("Two Pakistani police officers wounded in a blast in Quetta.", {("ASSAULT", None, "PAK")}),
    ("Five Kenyan soldiers killed as al-Shabaab fighters attack a base.", {("ASSAULT", "SOM", "KEN")}),
    # controls: an active past tense with an object keeps its subject as the doer; a full passive
    # is coded as before, with or without its agent
    ("Russian troops killed dozens of Ukrainian soldiers in the attack.", {("ASSAULT", "RUS", "UKR")}),
    ("Malian soldiers were killed in an attack blamed on jihadists, the army said.", set()),
    ("Two Kenyan soldiers were killed by Somali gunmen near the border.", {("ASSAULT", "SOM", "KEN")}),
    ("Russia agreed to resume talks with Ukraine.", {("AGREE", "RUS", "UKR")}),
    # soldiers killed at a place do not make the place's country the attacker's
    ("Egyptian soldiers were killed in an attack in Sinai.", {("ASSAULT", None, "EGY")}),
    ("Two Pakistani soldiers were wounded in a blast in Quetta.", {("ASSAULT", None, "PAK")}),
    # controls: an armed group of the place named beside the victims still fixes it from context,
    # and so do militants among the dead (they may have fought)
    ("Twelve people, mostly al-Shabaab fighters, were killed in attacks on army bases near Kismayo.",
     {("ASSAULT", "SOM", "SOM")}),
    ("Taliban fighters were blamed for an attack in Kandahar that killed ten Afghan soldiers.",
     {("ASSAULT", "AFG", "AFG")}),
    # a joint party's own place is no third party of a mutual act
    ("Israel and Hamas agreed to a ceasefire for the Gaza Strip.", {("AGREE", "ISR", "PSE")}),
    # controls: a third party with a sector, and a third country, stay targets
    ("France and Germany met with French farmers in Paris.", {("CONSULT", "FRA", "FRA"), ("CONSULT", "DEU", "FRA")}),
    ("France and Germany agreed to send aid to Ukraine.", {("AGREE", "FRA", "UKR"), ("AGREE", "DEU", "UKR")}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "r17e49", DATE)


@pytest.mark.parametrize("i", range(len(CASES)))
def test_round17_e49(coded, i):
    assert rows(coded[i]) == CASES[i][1], CASES[i][0]


def test_headline_passive_subject_is_the_target(coded):
    """The wounded officers are the row's target words, not its source."""
    [event] = coded[2].events
    assert [p.text for p in event.target] == ["Pakistani police officers"]
    assert all("officers" not in p.text for p in event.source)


def _parsed(words, tags, deps, heads, ents=()):
    """A hand-built parse (the parser's own tags can differ from run to run of the model)."""
    import spacy
    from spacy.tokens import Doc

    pos = ["VERB" if t.startswith("VB") else "ADP" if t == "IN" else "NOUN" for t in tags]
    doc = Doc(spacy.blank("en").vocab, words=words, tags=tags, pos=pos, deps=deps, heads=heads)
    for start, end, label in ents:
        doc.ents = [*doc.ents, doc.char_span(doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), label=label)]
    return doc


def test_headline_passive_needs_a_bare_participle_with_no_phrasal_particle():
    from detente.events.arguments import headline_passive, subject_head

    # "Soldiers killed in attack": the subject is the one acted on
    doc = _parsed(["Soldiers", "killed", "in", "attack"], ["NNS", "VBN", "IN", "NN"],
                  ["nsubj", "ROOT", "prep", "pobj"], [1, 1, 1, 2])
    assert headline_passive(doc[1]) and subject_head(doc[1]) == (None, doc[0])
    # "Soldiers killed on Monday": a date after the verb is no phrasal particle
    doc = _parsed(["Soldiers", "killed", "on", "Monday"], ["NNS", "VBN", "IN", "NNP"],
                  ["nsubj", "ROOT", "prep", "pobj"], [1, 1, 1, 2], ents=[(3, 4, "DATE")])
    assert headline_passive(doc[1])
    # controls: an active verb the parser tagged VBN with a phrasal particle ("A spokesman called on
    # X"), an object, an auxiliary, a past tense
    doc = _parsed(["Spokesman", "called", "on", "Smith"], ["NN", "VBN", "IN", "NNP"],
                  ["nsubj", "ROOT", "prep", "pobj"], [1, 1, 1, 2])
    assert not headline_passive(doc[1]) and subject_head(doc[1]) == (doc[0], None)
    doc = _parsed(["Troops", "killed", "rebels"], ["NNS", "VBN", "NNS"], ["nsubj", "ROOT", "dobj"], [1, 1, 1])
    assert not headline_passive(doc[1])
    doc = _parsed(["Troops", "have", "killed"], ["NNS", "VBP", "VBN"], ["nsubj", "aux", "ROOT"], [2, 2, 2])
    assert not headline_passive(doc[2])
    doc = _parsed(["Troops", "killed", "in", "attack"], ["NNS", "VBD", "IN", "NN"],
                  ["nsubj", "ROOT", "prep", "pobj"], [1, 1, 1, 2])
    assert not headline_passive(doc[1])
