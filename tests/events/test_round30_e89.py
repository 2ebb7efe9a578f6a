"""Issue 13, round 30 (branch e89): rows that should not exist (gold/events/NOTES-e89.md).

General classes of spurious rows counted on tune material, each dropped (or recoded) by one rule of
``events.hypotheticals`` or ``events.descriptions``:

- an act of anyone, or a cooperation or refusal of anything ("any minister would offer",
  "would reject any agreement");
- a visit placed ahead of the sentence's own act (scheduled: AGREE, not CONSULT);
- a meeting or cooperation told as a practice ("meet regularly", "regular meetings");
- an inquiry into an accident ("investigate the cause of the crash");
- an act judged worth doing ("was worth fighting"), an act made up ("made up a phone call").

Controls: an act offered on a condition ("would send aid if ..."), acts told as done or with a date,
an inquiry into a death, a conflictual act on a condition (a threat), an annual summit attended.

Each case is made up (never a gold sentence) and coded by the whole pipeline; the expected set is
the text's whole output as ``(type, source country, target country or None)`` rows. The name guard
(``descriptions.named_event``) is tested on parses: no made-up wording made the pipeline code a name."""

from __future__ import annotations

import pytest

from detente.events import descriptions
from tests.events.conftest import code_cases, rows

DATE = "2021-06-16"
CASES = [
    # controls: one's own act offered on a condition is an offer (AGREE), with "would" or "will"
    ("Turkish officials said they would send aid to Syria if the fighting stopped.", {("AGREE", "TUR", "SYR")}),
    ("Turkish officials said they will send aid to Syria if the fighting stops.", {("AGREE", "TUR", "SYR")}),
    # control: a conflictual act on a condition stays a threat
    # (round 31, e94: the clause's subject is the warner's own state, the doer; the one threatened is Syria)
    ("Turkey would invade Syria if the Kurdish militias advanced, Ankara warned.", {("THREATEN", "TUR", "SYR")}),
    # anyone's act, a refusal of anything: no act; a refusal of a proposal made: kept
    ("Any prime minister would use the summit to offer concessions to France.", set()),
    ("The Iraqi council would reject any agreement that allowed foreign bases in Iraq.", set()),
    # ... but in reported speech "would" is the past of "will": a refusal announced (round 30 review, f67)
    ("The Iraqi council said it would reject any agreement that allowed foreign bases in Iraq.", {("REJECT", "IRQ", None)}),
    ("Iraq rejected the American proposal on foreign bases on Monday.", {("REJECT", "IRQ", "USA")}),
    # control: "would" of a reported plan with no condition and no "any"
    ("Kenya's president said he would meet the French president in Paris on Monday.", {("AGREE", "KEN", "FRA")}),
    # a visit ahead of the sentence's act: scheduled (AGREE), not held
    ("Greek police arrested six protesters in Athens ahead of a visit by the Turkish president.",
     {("COERCE", "GRC", "GRC"), ("AGREE", "TUR", "GRC")}),
    # a practice: no act; control: a meeting on a day, an annual summit attended
    ("The Greek foreign minister works with his Turkish counterpart every day.", set()),
    ("The Greek and Turkish foreign ministers meet regularly in Brussels.", set()),
    ("The trip to Ankara is part of regular meetings between Greek and Turkish ministers.", set()),
    ("The Greek foreign minister met his Turkish counterpart in Ankara on Monday.", {("CONSULT", "GRC", "TUR")}),
    ("The Greek and Turkish leaders attended the annual summit in Brussels.", {("CONSULT", "GRC", "TUR")}),
    # an inquiry into an accident: no accusation; control: an inquiry into a death, into finances
    ("Greek authorities investigate the cause of the helicopter crash near Athens.", set()),
    ("Greek prosecutors opened an investigation into the ferry accident.", set()),
    ("The Greek police will investigate the death of the Turkish journalist.", {("ACCUSE", "GRC", "TUR")}),
    # an act judged worth doing, an act made up: no act; controls: the act done
    ("Most Americans said in a poll that the war in Iraq was worth fighting.", set()),
    ("American troops are fighting the militants in northern Iraq.", {("ASSAULT", "USA", "IRQ")}),
    ("White House aides admit that the president made up a phone call from the Chinese leader.", set()),
    ("The American president made a phone call to the Chinese leader on Monday.", {("CONSULT", "USA", "CHN")}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "round30e89", DATE)


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c[0][:60] for c in CASES])
def test_case(coded, i):
    assert rows(coded[i]) == CASES[i][1]



@pytest.mark.parametrize(("text", "word", "named"), [
    ("The president thanked the members of the House Committee on the January 6 Attack for their work.", "Attack", True),
    ("The senators questioned the chair of the Commission on the Harbour Bombing on Tuesday.", "Bombing", True),
    ("Unrest in Kenya: Protests erupt in the capital over the new tax law on Monday.", "Protests", False),
    ("The army said the attack on the base had been planned for weeks by the rebels.", "attack", False),
    ("Attack on a convoy kills three soldiers near the border town on Friday.", "Attack", False),
])
def test_named_event(nlp, text, word, named):
    token = next(t for t in nlp(text) if t.text == word)
    assert descriptions.named_event(token) is named
