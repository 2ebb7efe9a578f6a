"""Issue 13 round 19b (branch e56): event recall on Wikinews news no rule was written on (the round-8
tune half, ``gold/events/round8/``). Each case is made up and coded by the whole pipeline; the
expected set is the text's whole output as ``(type, source country, target country or None)``.

- ``blame.authorship_claims``: authorship laid at someone's door in a clause a speaker's verb
  governs is an accusation: "said Ugandan soldiers were involved in the attack", "said the crash
  was Iran's doing", "claimed violent protesters were sent by the government" (``semantics.yaml
  blame``); not for talks or aid, not negated, not for a neutral subject ("the aid was sent by");
- ``triggers.tsv verb:release+person`` and ``context.context_targets``: a suspect or a man released
  by the police (RETREAT), the person noun an entry requires being the people acted on (domestic);
- ``triggers.tsv verb:expect+from`` / ``verb:expect+from-owed`` and ``triggers._complement``: "expects
  an apology from Russia", "We expect from Iran assurances" (a second object the parser hangs on
  the preposition) are demands; "expect growth" is none;
- ``triggers.tsv verb:help+chances``: "help X's chances" is no aid;
- ``intents.conditional_threat``: an undergone act told as the author's hypothetical ("if the
  parliament votes to impeach him, he would face trial") is no threat; one a speaker warns of is;
- ``context.APOLOGY_CODES``: an apology (SUPPORT 055) to people ("apologised to the people of his
  country") has them as its domestic addressee; other partner types keep a political partner;
- ``agentless.legal_release`` (``semantics.yaml legal_release``) and ``arguments.shared_passive_subject``:
  a release "on bail" / "from custody" with no agent is done by the story country's courts, also when
  the verb shares its passive subject with the verb before it ("X, who was arrested ..., was released
  on bail"); a bare "was released" (a hostage's release) gets no state doer;
- ``context.nominal_argument``: the grounds named beside a passive subject ("was arrested by police on
  suspicion of murder") are no one acted on, as beside a direct object (round 19);
- ``agentless.passive_attacker`` (``semantics.yaml passive_attack``): an agentless passive attack on a
  political actor ("the security minister was stabbed") has an unnamed doer with no country."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2020-01-13"
CASES = [
    # authorship laid at someone's door in reported speech
    ("The Kenyan minister said Ugandan soldiers were involved in the attack.", {("ACCUSE", "KEN", "UGA")}),
    ("The Ukrainian president said the attack was Russia's doing.", {("ACCUSE", "UKR", "RUS")}),
    ("The Kenyan minister said the attack was orchestrated by Ugandan intelligence.", {("ACCUSE", "KEN", "UGA")}),
    ("Kenyan police said the gunmen were paid by Somali militants.", {("ACCUSE", "KEN", "SOM")}),
    ("Serbian police arrested 71 people in Belgrade on Friday. Some members of opposition parties have claimed "
     "violent protesters were sent by the government.", {("COERCE", "SRB", "SRB"), ("ACCUSE", "SRB", "SRB")}),
    # controls: talks, aid, a negated claim
    ("The Kenyan minister said Ugandan officials were involved in the negotiations.", set()),
    ("The Ukrainian president said the attack was not Russia's doing.", set()),
    ("The Kenyan minister said the blankets were sent by Uganda.", set()),
    # a suspect released by the police
    ("Kenyan police released a suspect on Tuesday.", {("RETREAT", "KEN", "KEN")}),
    ("Kenyan police released the men on Tuesday.", {("RETREAT", "KEN", "KEN")}),
    # controls: a thing released
    ("Kenyan police released a statement on Tuesday.", set()),
    ("Kenyan police released the man's name on Tuesday.", set()),
    # expecting a thing owed from an actor is a demand
    ("The Ukrainian president said he expects an apology from Russia.", {("REQUEST", "UKR", "RUS")}),
    ("Ukrainian President Volodymyr Zelenskyy said, \"We expect from Iran assurances of a full investigation\".",
     {("REQUEST", "UKR", "IRN")}),
    # controls: an expectation, a negated one
    ("The Ukrainian president said he expects Russia to win the vote.", set()),
    ("The Ukrainian president does not expect an apology from Russia.", set()),
    # helping one's chances is no aid
    ("The Kenyan president travelled to Mombasa in order to help Ruto's chances in the election.", set()),
    ("The Ukrainian government helped the Polish army.", {("AID", "UKR", "POL")}),
    # the author's hypothetical is no threat; a speaker's warning is
    ("If the Kenyan parliament votes to impeach President Ruto, he would then face trial in the Senate.", set()),
    ("The Kenyan president warned that opposition leaders would face charges if they held the rally.",
     {("THREATEN", "KEN", "KEN")}),
    # an apology to people: its addressee need not be a political partner
    ("After the finance minister failed to buy enough tests, the Slovak prime minister apologised to the people "
     "of his country.", {("SUPPORT", "SVK", "SVK")}),
    ("The Slovak prime minister apologised to the families of the victims.", {("SUPPORT", "SVK", "SVK")}),
    # controls: no addressee; a company's apology; a meeting's partner stays political
    ("The Slovak prime minister apologised for the delay.", set()),
    ("Kenya Airways apologised to passengers for the delay.", set()),
    # a legal release with no agent is the story state's (courts), also for a verb sharing its passive subject
    ("Kenyan police arrested two men in Nairobi on Saturday. One man was released on bail on Monday.",
     {("COERCE", "KEN", "KEN"), ("RETREAT", "KEN", "KEN")}),
    ("Kenyan police said on Monday that another man, who was arrested on Saturday, was released on bail.",
     {("RETREAT", "KEN", "KEN")}),
    # controls: a release with no legal wording; hostages freed by their kidnappers
    ("Kenyan police arrested two men in Nairobi on Saturday. The man was later released.", {("COERCE", "KEN", "KEN")}),
    ("Gunmen kidnapped two men in Nairobi on Saturday. The men were released on Monday.", {("ASSAULT", None, "KEN")}),
    # the grounds of a passive legal act are no one acted on: the passive subject is
    ("A man was arrested by Kenyan police on suspicion of murder.", {("COERCE", "KEN", "KEN")}),
    # control: an active arrest on the same grounds
    ("Kenyan police arrested a man on suspicion of murder.", {("COERCE", "KEN", "KEN")}),
    # an agentless passive attack on a political actor: an unnamed doer with no country
    ("Yesterday, Indonesia's security minister Wiranto was stabbed, according to government authorities.",
     {("ASSAULT", None, "IDN")}),
    ("The Kenyan opposition leader was attacked on Monday.", {("ASSAULT", None, "KEN")}),
    # controls: a death that may be an accident; an attacker named
    ("A Kenyan police officer was killed in a crash on Monday.", set()),
    ("A Kenyan police officer was shot dead by gunmen on Monday.", {("ASSAULT", None, "KEN")}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "r19e56", DATE)


@pytest.mark.parametrize("i", range(len(CASES)))
def test_round19_e56(coded, i):
    assert rows(coded[i]) == CASES[i][1], CASES[i][0]


def test_rule_names(coded):
    """The evidence convention: each new row names its rule."""
    assert {e.rule.split("~")[0] for e in coded[0].events} == {"blame:involve"}
    assert {e.rule.split("~")[0] for e in coded[1].events} == {"blame:doing"}
    assert {e.rule.split("~")[0] for e in coded[8].events} == {"verb:release+person"}
    assert {e.rule.split("~")[0].split(">")[0] for e in coded[13].events} == {"verb:expect+from-owed"}
