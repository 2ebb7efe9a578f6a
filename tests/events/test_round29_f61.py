"""Review r29a of round 29's merged code (branch f61, gold/events/NOTES-f61.md): the bugs the review
proved, each on made-up wording, with the intended behaviour beside it as a control.

- B1: the attack-in-debate idioms ("took aim at", "tore into", "laid into", "savaged") told of a
  physical attack -- an armed doer, a weapon as subject, violence in the sentence -- give no ACCUSE.
- B2: harm foretold with a modal ("would undermine", "could jeopardise", "would pose a threat") is
  no reported wrongdoing.
- B3: the possessor of an act it suffers ("the prime minister's assassination") is its victim, not
  the doer of the harm the act did.
- B4: harm a doer does to himself ("endangered their own lives to save ...") is no accusation.
- B5: "nor" negates only the conjunct it joins, not one joined later by "but" or "and".
- B6: "recommended higher charges on imports" (fees) is no legal accusation; a party's own lawyer
  is no legal authority, and an advised act with its own agent ("by a judge") is advice.

Each case is coded by the whole pipeline; the expected set is the case's rows of the named type as
``(type, source country, target country or None)``."""

from __future__ import annotations

import pytest

from tests.events.conftest import code_cases, rows

DATE = "2021-06-16"
CASES = [
    # B1: physical attacks
    ("A gunman took aim at police officers outside the parliament in Ottawa and opened fire.", "ACCUSE", set()),
    ("Syrian troops took aim at Turkish soldiers across the border.", "ACCUSE", set()),
    ("Israeli tanks tore into the Palestinian town of Rafah on Sunday.", "ACCUSE", set()),
    ("Israeli bullets tore into Palestinian protesters near the Gaza border fence.", "ACCUSE", set()),
    ("Israeli soldiers savaged the Palestinian protesters with clubs.", "ACCUSE", set()),
    # ... the verbal sense kept
    ("The Conservative leader took aim at the Labour government over its budget.", "ACCUSE", {("ACCUSE", "GBR", "GBR")}),
    ("The German chancellor tore into Russia over the war.", "ACCUSE", {("ACCUSE", "DEU", "RUS")}),
    ("Britain took aim at Russia over its policy in Syria.", "ACCUSE", {("ACCUSE", "GBR", "RUS")}),
    ("The Kenyan opposition leader took aim at the Kenyan government over the deaths of protesters.", "ACCUSE",
     {("ACCUSE", "KEN", "KEN")}),
    # B2: harm foretold
    ("The German chancellor said a Russian invasion of Ukraine would undermine European security.", "ACCUSE", set()),
    ("The Chinese foreign ministry said the Japanese prime minister's visit could jeopardise relations.",
     "ACCUSE", set()),
    ("Iran said a US attack on its nuclear sites would pose a grave threat to the region.", "ACCUSE", set()),
    # ... harm done kept
    ("The German chancellor said Russia's remarks had undermined the peace talks.", "ACCUSE", {("ACCUSE", "DEU", "RUS")}),
    # B3: an act suffered
    ("The UN envoy said the Lebanese prime minister's assassination had jeopardised the peace process.",
     "ACCUSE", set()),
    # B4: self-sacrifice
    ("The Pakistani prime minister said Indian soldiers had endangered their own lives to save the climbers.",
     "ACCUSE", set()),
    ("The US secretary of state said Chinese doctors had jeopardised their careers to warn the world.",
     "ACCUSE", set()),
    # B5: "nor" before a "but" / "and" conjunct
    ("Syria did not attack Turkey nor threaten it, but it expelled the Turkish ambassador on Monday.",
     "SANCTION", {("SANCTION", "SYR", "TUR")}),
    ("The Russian president neither confirmed nor denied the report, but he criticised the Ukrainian government.",
     "ACCUSE", {("ACCUSE", "RUS", "UKR")}),
    ("The French president did not criticise Germany, nor did he mention the debt crisis, but he praised Italy.",
     "SUPPORT", {("SUPPORT", "FRA", "ITA")}),
    ("Iran rejected the proposal and denounced the United States, nor did it respond to the European offer.",
     "ACCUSE", {("ACCUSE", "IRN", "USA")}),
    # B6: charges as fees; a party's lawyer; an advised act with its own agent
    ("The European Commission recommended higher charges on Chinese steel imports.", "ACCUSE", set()),
    ("The Kenyan police recommended charges against the opposition leader.", "ACCUSE", {("ACCUSE", "KEN", "KEN")}),
    ("The former Egyptian president's defence attorney recommended that the Egyptian interior minister be "
     "questioned over the killings.", "ACCUSE", set()),
    ("The Kenyan senator's defence counsel recommended that the police officers be investigated by an "
     "independent judge.", "ACCUSE", set()),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "round29f61", DATE)


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c[0][:60] for c in CASES])
def test_case(coded, i):
    assert {r for r in rows(coded[i]) if r[0] == CASES[i][1]} == CASES[i][2]
