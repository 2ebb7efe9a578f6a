"""Issue 13 round 21 (branch e60): full-row precision, wrong types and non-events on the tune halves of
the judged-row sets. Each case is made up and coded by the whole pipeline; the expected set is the
text's whole output as ``(type, source country, target country or None)``.

- ``conditions.put_off_visit``: a visit, trip or summit put off is neither held nor a sanction
  (PETRARCH2's ``postpone * VISIT`` CAMEO 160 is no SANCTION of the conventions); cancelling a visit
  stays a sanction (``verb:cancel+visit``), and the other putting-off patterns stay (a bill's plans
  put off under protests is a concession);
- ``triggers.tsv verb:ink+agreement`` / ``verb:conclude+agreement``: AGREE 057, as signing one is;
- ``triggers.tsv noun:release+press``: a press, news or album release is a publication, no one freed;
  the release of prisoners stays RETREAT;
- ``conditions.conditional_need``: "should be ready to X if the UN decides" is no demand; a condition on
  the addressee's own wish ("must stop if it wants talks") and an unconditional "must" stay demands;
- ``conditions.meeting_to_come``: a meeting to be held under a scheduling verb ("agree to hold a summit")
  is AGREE (intended), not a meeting held; one an envoy "tried to arrange" is no act; "a summit
  meeting" is one meeting; a summit held and talks agreed stay as they were;
- ``conditions.agreed_sanction``: "agreed (to) new sanctions against X" is the sanction decided
  (SANCTION), not an AGREE with X; an agreement with a named partner, lifting sanctions and an
  agreement still to come stay AGREE."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2010-03-01"
CASES = [
    # a visit put off is no sanction
    ("The White House postponed a state visit by the Spanish king because of the flu outbreak.", set()),
    ("The Sudanese president delayed his visit to China without explanation.", set()),
    ("Iran delayed the summit with Iraq because of the floods.", set()),
    # control: a cancelled visit is a sanction
    ("The French minister cancelled his visit to Algeria in protest at the arrests.", {("SANCTION", "FRA", "DZA")}),
    ("Hong Kong's leader announced that he will postpone plans for the unpopular security bill after huge protests.",
     {("CONCEDE", "HKG", "HKG")}),
    # inking an agreement is AGREE, as signing one is
    ("The European Union and Japan inked a new trade agreement on Monday.", {("AGREE", "EU", "JPN")}),
    ("Canada signed a trade agreement with Chile on Friday.", {("AGREE", "CAN", "CHL")}),
    # an obligation on a condition is no demand
    ("The French president said that Iran should be ready to stop enrichment if the United Nations decides on "
     "action.", set()),
    # controls: a condition on the addressee's wish, and no condition
    ("The French president said that Iran must stop enrichment if it wants talks.", {("REQUEST", "FRA", "IRN")}),
    ("The French president said that Iran must stop enrichment.", {("REQUEST", "FRA", "IRN")}),
    # a press release frees no one
    ("Britain's Home Office issued a press release on Monday.", set()),
    ("Britain's Home Office announced a review of the asylum rules via press release.", set()),
    # control: prisoners released
    ("The Israeli army announced the release of 20 Palestinian prisoners.", {("RETREAT", "ISR", "PSE")}),
    # a meeting to come is not held
    ("Norway's prime minister and Sweden's prime minister agree to hold a third summit in Oslo.",
     {("AGREE", "NOR", "SWE")}),
    ("The Greek envoy tried to arrange a meeting between the Turkish president and the Cypriot president.", set()),
    ("Austria expressed its interest in hosting the planned summit meeting between the United States and Cuba.",
     {("AGREE", "USA", "CUB")}),
    # controls: a summit held, talks agreed
    ("The leaders of Japan and China held a summit in Beijing.", {("CONSULT", "JPN", "CHN")}),
    ("Japan and China agreed to hold talks next month.", {("AGREE", "JPN", "CHN")}),
    # agreeing sanctions is the sanction decided
    ("EU foreign ministers agreed new sanctions against Belarus.", {("SANCTION", "EU", "BLR")}),
    ("The European Union agrees to new sanctions against Iran including an asset freeze.", {("SANCTION", "EU", "IRN")}),
    ("The European Union agreed to impose new sanctions on Iran on Monday.", {("SANCTION", "EU", "IRN")}),
    # controls: a partner named, sanctions lifted
    ("France and Germany agreed with Britain on sanctions against Iran.",
     {("AGREE", "FRA", "GBR"), ("AGREE", "DEU", "GBR"), ("AGREE", "FRA", "IRN"), ("AGREE", "DEU", "IRN")}),
    ("The US agreed to lift sanctions on Cuba.", {("AGREE", "USA", "CUB")}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "r21e60", DATE)


@pytest.mark.parametrize("i", range(len(CASES)))
def test_round21_e60(coded, i):
    assert rows(coded[i]) == CASES[i][1], CASES[i][0]


def test_rule_names(coded):
    rules = {e.rule for article in coded for e in article.events}
    assert "verb:agree>noun:sanction~agreed" in rules
    assert "verb:ink+agreement" in rules
