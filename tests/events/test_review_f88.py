"""Round 34 review mends (branch f88; gold/events/NOTES-f88.md) of e105's rules.

- bug 3: a participle hung on its doer ("troops moving into X", ``complements.participle_doer``) in a
  clause that asserts no act: the doer negated ("there were no troops"), the content of a denial, the
  object of a nominal modality ("the prospect of troops leaving X"): ``complements.unasserted_doer``;
- bug 4: going to war as a quarrel ("went to war with the unions / the EU commission / his own party")
  or people going to fight ("veterans who went to war in X"): ``wars.unfought_war`` keeps
  ``verb:go+war`` only with a state or force of another country (or an armed one) after with/against;
- bug 6: an act promised "if X requested it" is a service on request, no threat
  (``intents.on_request``).

Each case is made up (the reviewer's probes, never a gold sentence) and coded by the whole pipeline;
the expected set is the text's whole output as ``(type, source country, target country or None)`` rows."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2005-03-01"
CASES = [
    # the intended classes stay: a sighting or report of troops moving, a state's war on a state, a war threatened
    ("Witnesses reported Russian troops moving into South Ossetia.", {("MOBILIZE", "RUS", "GEO")}),
    ("Georgia went to war with Russia in August 2008.", {("ASSAULT", "GEO", "RUS")}),
    ("Pakistan said it would have to go to war with India unless the attacks stopped.", {("THREATEN", "PAK", "IND")}),
    ("The prime minister said Britain would go to war against Iraq if Saddam refused to disarm.",
     {("THREATEN", "GBR", "IRQ")}),
    # a conditional threat whose condition is no request stays a threat
    ("Israel will have to strike Iran's nuclear facilities if diplomacy fails, the minister said.",
     {("THREATEN", "ISR", "IRN")}),
]
NO_ROW = [
    # bug 3: the participle's doer negated, denied, or only in prospect
    "There were no Russian troops moving into Crimea, the ministry said.",
    "Officials denied that there were Russian troops moving into Crimea.",
    "Parliament debated the prospect of British troops leaving Basra.",
    "Damascus warned of the threat of Turkish troops entering Syria.",
    # bug 4: a quarrel, or people going off to fight
    "The mayor of London has gone to war with the transport unions over fares.",
    "The Polish president has gone to war with the EU commission over judicial reforms.",
    "The British prime minister went to war with his own party over Europe.",
    "Veterans who went to war in Afghanistan returned home last year.",
    "The senator, whose son went to war in Iraq, spoke on Tuesday.",
    "Thousands of young Ukrainian men went to war in 2022.",
    # bug 6: a duty done when the other side asks
    "Under the treaty, Greek police would have to arrest the suspects if Turkey requested it.",
    "Under the treaty, Greek police would arrest the suspects if Turkey requested it.",
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "round34f88", DATE)


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c[0][:60] for c in CASES])
def test_case(coded, i):
    assert rows(coded[i]) == CASES[i][1]


@pytest.mark.parametrize("text", NO_ROW)
def test_no_row(text):
    article = code_cases([(text,)], "round34f88-not", DATE)[0]
    assert not article.events, [(e.type, e.rule) for e in article.events]


def test_evidence(coded):
    """The rows the mends keep still name their entry."""
    assert [e.rule for e in coded[0].events] == ["verb:move+into-place"]
    assert [e.rule for e in coded[1].events] == ["verb:go+war"]
    assert [e.rule for e in coded[2].events] == ["verb:go+war~conditional"]
