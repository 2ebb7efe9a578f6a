"""Review r35a, mended on branch f93 (gold/events/NOTES-f93.md): four findings in the rules of e106,
e107 and e108, each with its failing shape and a near miss the original rule was built for.

1. ``voice.subject_head``: a passive infinitive hands its subject down as the one acted on only to
   itself and its conjuncts ("to have been shot and killed"), never to an act hung below it ("to have
   been used to bomb X", "involved in shelling X", "killed while attacking X": the subject does it).
2. ``partners.cause_targets``: the domestic widening (e106) takes the after-clause's doer (its subject,
   or a passive's "by" object), never the passive's subject: the ones arrested are no target.
3. ``@forces`` (e108): only forces of the orderer's own country release the ordered act; another
   state's forces are asked something (REQUEST ``verb:order+to``).
4. ``@own``: an order to one's own agent ("its ambassador in X", "his staff") gives no row.

Every sentence is made up; the expected set is the text's whole output as ``(type, source country,
target country or None)`` rows.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2023-03-14"
CASES = [
    # 1: the doer of an act below the passive infinitive is the raised subject ...
    ("Greek jets are said to have been used to bomb Albanian positions in Kosovo.", "ASSAULT", "GRC", "verb:bomb"),
    ("Serbian soldiers are believed to have been involved in shelling Bosnian villages.", "ASSAULT", "SRB",
     "verb:shell"),
    ("Two Indian soldiers are reported to have been killed while attacking a Pakistani post.", "ASSAULT", "IND",
     "verb:attack+@actor"),
    # 3: another state's forces ordered to do something are asked to
    ("The UN Security Council ordered Ethiopian troops to withdraw from Somalia.", "REQUEST", None,
     "verb:order+to"),
    ("Peru ordered Chilean police to stop the raids.", "REQUEST", "PER", "verb:order+to"),
    # 3, near miss: one's own army ordered to act does the act (e108)
    ("The Peruvian president ordered the Peruvian army to capture the Chilean town of Arica.", "ASSAULT", "PER",
     "verb:capture+village"),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "f93", DATE)


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c[0][:60] for c in CASES])
def test_doer_and_entry(coded, i):
    text, type_, source, rule = CASES[i]
    found = {(e.type, s.country) for e in coded[i].events for s in e.source}
    assert any(t == type_ and (source is None or s == source) for t, s in found), (text, rows(coded[i]))
    assert any(e.rule.split(">")[0].split("~")[0] == rule for e in coded[i].events), \
        [e.rule for e in coded[i].events]  # an order's rule names the ordered act after ">"


def test_passive_infinitive_doer_is_no_target(coded):
    """The bombers are not the bombed (finding 1's jets case gave them as the target)."""
    assert all(t is None or t.country != "GRC" for e in coded[0].events for t in e.target or [None])


def test_foreign_forces_ordered_target(coded):
    assert ("REQUEST", "PER", "CHL") in rows(coded[4])
    assert not any(e.type == "RETREAT" for e in coded[4].events)  # the raids were only ordered to stop


CONTROLS = [
    # 1, near miss: the passive infinitive itself and its conjunct still hand down the one acted on (e107)
    ("Three Bolivian soldiers are reported to have been shot and killed near the border.", set()),
    ("Two Iraqi soldiers are believed to have been kidnapped near Mosul.", {("ASSAULT", None, "IRQ")}),
    # 2: a domestic victim of a passive after-clause is no target ...
    ("The Zambian opposition staged a protest after Zambian journalists were arrested.", {("PROTEST", "ZMB", None)}),
    ("The Zambian opposition began a hunger strike after Zambian police were attacked.",
     {("PROTEST", "ZMB", None), ("ASSAULT", None, "ZMB")}),  # the attack itself: an unnamed doer's row
    # 2, near miss: ... the domestic doer of an active after-clause is (e106)
    ("The Zambian opposition began a hunger strike after the Zambian president vetoed the bill.",
     {("PROTEST", "ZMB", "ZMB")}),
    # 4: an order to one's own agent asks nothing of the country it is posted in or the sentence names
    ("Peru ordered its ambassador in Santiago to return to Lima.", set()),
    ("Brazil instructed its embassy in Paris to stop issuing visas.", set()),
    ("Mr Lula ordered his staff to prepare a plan for Venezuela.", set()),
]


@pytest.mark.parametrize("i", range(len(CONTROLS)), ids=[c[0][:60] for c in CONTROLS])
def test_controls(i):
    text, expected = CONTROLS[i]
    article = code_cases([(text,)], f"f93-c{i}", DATE)[0]
    assert rows(article) == expected, [(e.type, e.rule) for e in article.events]


def test_own_agent_reading(nlp):
    """``ordered.own_agent``: a possessive pronoun owns the object; a resolved actor of another country
    is no own agent."""
    from detente.events.arguments import MentionIndex
    from detente.events.ordered import own_agent

    doc = nlp("Peru ordered its ambassador to return. Peru ordered the ambassador to return.")
    verbs = [t for t in doc if t.lemma_ == "order"]
    objects = [next(t for t in v.children if t.dep_ == "dobj") for v in verbs]
    index = MentionIndex(doc, [])  # no mention: only the possessive makes the object one's own
    assert own_agent(verbs[0], objects[0], index)
    assert not own_agent(verbs[1], objects[1], index)
