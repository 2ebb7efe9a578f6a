"""Round 31 review mends (branch f73; gold/events/NOTES-f73.md): the bugs a read-only review proved in
the round's merged code (e93's delegations, envoys' hosts and tours, e94's commitments and bare promises).

1. A delegation going somewhere for a meeting meets its partner, not the host: the meeting is the row
   (``triggers.link_inner`` does not nest it under the delegation verb; ``journeys.meeting_purpose``).
2. A mention that holds the envoy himself ("the ambassador in Kabul") is not his host.
3. An envoy to an international body has no host state (``envoys.host_state``).
4. The host's code follows its new sector (TURGOV, not TURCVL).
5. A commitment to a side is an act only as the object of a verb of affirming it
   (``guards.unaffirmed_commitment``).
6. A bare promise keeps its beneficiary ("pledged $200 million to help Indonesia rebuild"); only the
   promised content's own subject and an apposition of the thing promised are no side
   (``pledges.content_sides``).
7. A tour of duty or of a building is no journey (``noun:tour+duty``), a tour needs a partner
   (``partner_entries``), and a carrying clause's destination is not the neighbour of its "with" phrase.

Each case is made up (the review's own made-up probes and variants) and coded by the whole pipeline;
the expected set is the text's whole output as ``(type, source country, target country or None)`` rows.
"""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2010-05-01"
CASES = [
    # 1. delegations: the talks keep their partner, the journey gives no row
    ("The Iranian delegation travelled to Vienna for talks with the IAEA.", {("CONSULT", "IRN", "IAEA")}),
    ("Israeli negotiators headed to Washington for talks with Palestinian officials.", {("CONSULT", "ISR", "PSE")}),
    ("A Taliban delegation arrived in Doha to meet US envoys.", {("CONSULT", "AFG", "USA")}),
    ("A Sudanese government delegation flew to Addis Ababa for talks with rebels.", set()),
    ("A Kenyan delegation flew to Oslo to negotiate with Norwegian officials.", {("CONSULT", "KEN", "NOR")}),
    # control: a delegation with no meeting named visits its host
    ("A North Korean delegation headed by a senior general arrived in Seoul.", {("CONSULT", "PRK", "KOR")}),
    # 2. the envoy's own mention is no host
    ("The ambassador in Kabul was expelled on Monday.", set()),
    ("Several diplomats based in Caracas were expelled, the Venezuelan government said.", set()),
    # 3. an envoy to a body has no host state
    ("The US ambassador to the United Nations was summoned to Moscow.", set()),
    ("Russia's ambassador to NATO was summoned over the missile tests.", set()),
    # controls: a country's host
    ("The British ambassador to Iran was summoned on Tuesday.", {("ACCUSE", "IRN", "GBR")}),
    ("The French ambassador was summoned in Ankara over the remarks.", {("ACCUSE", "TUR", "FRA")}),
    # 5. a commitment without a verb of affirming it
    ("Analysts doubt Washington's commitment to Taiwan.", set()),
    ("The French president said France's commitment to Mali would end.", set()),
    ("The Australian prime minister reaffirmed Australia's commitment to the United States.",
     {("SUPPORT", "AUS", "USA")}),
    # 6. a bare promise keeps its beneficiary
    ("Japan pledged $200 million to help Indonesia rebuild after the tsunami.", {("AGREE", "JPN", "IDN")}),
    ("Britain pledged £50m to help Kenya fight drought.", {("AGREE", "GBR", "KEN")}),
    ("The US president pledged to protect Taiwan.", {("AGREE", "USA", "TWN")}),
    # ... but a named thing promised whose side was read from its apposition is no side
    ("The Turkish president pledged converting Hagia Irene, once a Greek church, into a mosque.",
     {("AGREE", "TUR", None)}),
    # 7. tours
    ("British marines began a six-month tour of duty in Helmand that will take them to the front lines.", set()),
    ("US marines will begin their tour of duty in Iraq next week.", set()),
    ("The mayor gave the visiting Chinese ministers a tour of the police headquarters.", set()),
    ("The Indian prime minister completed a tour that took him to the border with Pakistan.", set()),
    ("The Chinese president left on Sunday for a tour of Africa that will take him to Kenya, Ghana and Senegal.",
     {("AGREE", "CHN", "KEN"), ("AGREE", "CHN", "GHA"), ("AGREE", "CHN", "SEN")}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "round31f73", DATE)


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c[0][:60] for c in CASES])
def test_case(coded, i):
    assert rows(coded[i]) == CASES[i][1]


def test_host_code_follows_its_sector(coded):
    """4. "summoned in Ankara": the host is Turkey's government, coded TURGOV (not the city's TURCVL)."""
    i = next(i for i, c in enumerate(CASES) if "Ankara" in c[0])
    (event,) = coded[i].events
    assert [(s.country, s.sector, s.code) for s in event.source] == [("TUR", "GOV", "TURGOV")]
    assert event.rule.startswith("verb:summon+ambassador~host")


def test_commitment_ended_is_no_support(coded):
    """5. "France's commitment to Mali ended": no SUPPORT row (the troops' withdrawal stays)."""
    article = code_cases([("France's commitment to Mali ended with the withdrawal of its troops.",)],
                         "round31f73-ended", DATE)[0]
    assert not [e for e in article.events if e.type == "SUPPORT"]
