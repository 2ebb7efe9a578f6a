"""Issue 13, round 34 (e103): two parse shapes that hold a named target the rules left empty.

- ``attach.purpose_objects``: a deployment's purpose infinitive "to help X do Y" -- the parser makes
  X the subject of the bare infinitive, not the helping verb's object -- names the one helped, X,
  not whom X does Y to ("sent police officers to help Haiti fight the gangs" -> Haiti).
- ``targets.gerund_objects``: an inner act whose object is a gerund clause ("would not rule out
  suspending the delegation") -- the parser hangs the gerund as an open clause (xcomp), so the inner
  act's own objects miss its object; the gerund's object is the target of the outer act.
- ``venues.host_side`` (called in ``coder.code_sentence`` with the learned chooser, before it): talks
  of one country's doers held in another country's capital with no partner named are held with the
  host ("will hold talks in Moscow" -> RUS, rule ``~host``); not with a partner named, not among
  several sides, not in a capital that seats international bodies.

Every sentence is made up. The first case of each block gave the row with an empty target on the
commit before this round (1fde0dd5); the others are controls that kept their target.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2023-03-01"
CASES = [
    # the one helped, as the subject of the helping verb's bare infinitive
    ("Kenya sent 500 police officers to help Haiti fight the gangs.", {("MOBILIZE", "KEN", "HTI")}),
    # controls: the helped one as the helping verb's own object, and a helped act with an object only
    ("Kenya sent 500 police officers to help Haiti.", {("MOBILIZE", "KEN", "HTI")}),
    ("Chad will deploy 200 soldiers to help secure Niger's border.", {("MOBILIZE", "TCD", "NER")}),
    # the object of the inner act's gerund complement
    ("The German chancellor warned that ministers would not rule out suspending the Turkish delegation.",
     {("THREATEN", "DEU", "TUR")}),
    # controls: the inner act's direct object, and a gerund with nobody as its object
    ("The US threatened to stop funding the World Health Organization.", {("THREATEN", "USA", "WHO")}),
    # talks of one country's doers in another country's capital: the host
    ("Iran's president will hold talks in Moscow on Thursday.", {("AGREE", "IRN", "RUS")}),
    ("The Saudi foreign minister met in Cairo on Monday.", {("CONSULT", "SAU", "EGY")}),
    # controls: a partner named, a seat of international bodies, a summit's venue
    ("The Russian envoy held talks with rebel leaders in Damascus.", {("CONSULT", "RUS", "SYR")}),
    ("The Iranian foreign minister held talks in Vienna.", set()),
    ("The Turkish president will attend a summit in Madrid.", {("AGREE", "TUR", None)}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "e103", DATE)


@pytest.mark.parametrize("i", range(len(CASES)))
def test_named_target_is_read(coded, i):
    text, expected = CASES[i]
    assert rows(coded[i]) == expected, text


def test_target_keeps_its_words_and_entry(coded):
    """The filled target is the words that name it; the row keeps its entry as rule."""
    (helped,) = coded[0].events
    assert [p.text for p in helped.target] == ["Haiti"]
    assert helped.rule == "verb:send+more"
    (warned,) = coded[3].events
    assert [p.text for p in warned.target] == ["the Turkish delegation"]
    assert warned.rule.startswith("verb:warn>verb:rule+out")


def test_host_row_says_how(coded):
    """The host target is the capital's words, standing for its government; the rule says ``~host``."""
    (talks,) = coded[5].events
    assert [(p.text, p.sector, p.code) for p in talks.target] == [("Moscow", "GOV", "RUSGOV")]
    assert talks.rule.endswith("~host")
    (envoy,) = coded[7].events
    assert "~host" not in envoy.rule


def test_gerund_objects(nlp):
    from detente.events.targets import gerund_objects

    doc = nlp("Ministers would not rule out scrapping the agency.")
    (verb,) = [t for t in doc if t.text == "rule"]
    assert [t.text for t in gerund_objects(verb)] == ["agency"]
    doc = nlp("Ministers would not rule out a vote.")
    (verb,) = [t for t in doc if t.text == "rule"]
    assert gerund_objects(verb) == []
