"""Round 31 review (r31a) of branch e92's guards, mended on branch f71 (gold/events/NOTES-f71.md).

Each guard of e92 dropped real acts of a class it was not written for; every case below is made up
(the review's own probes) and coded by the whole pipeline, the expected set being the text's whole
output as ``(type, source country, target country or None)`` rows:

- ``descriptions.endangered_thing``: a threat made against an actor whose noun can also name a thing
  (a service, businesses, positions, a coast), or against a thing an actor modifier names as a
  state's (its independence, its sovereignty), is a threat;
- ``spurious.raided_store``: a raid by police, troops or soldiers is a raid whatever it entered (a
  reserve, the Treasury, a cellar);
- ``hypotheticals.charged_content``: a relative clause on a person or group the charge names
  ("for sheltering fighters who attacked a convoy") is the writer's statement, not the charge;
- ``guards.lone_session``: plural "they" is not the body that reports it;
- ``hypotheticals.predicted_act``: an actor's own hedged announcement is announced;
- ``hypotheticals.plan_part``: a timetable announced or published is an act announced;
- ``hypotheticals.resolved_act`` (latent): committing troops or ships to an act allocates them."""

from __future__ import annotations

import pytest

from detente.events import hypotheticals
from detente.events.lexicon import load_lexicon
from tests.events.conftest import code_cases, rows

DATE = "2005-03-01"
CASES = [
    # bug 1: threats against actors named by nouns that can name things
    ("Al-Qaeda threatened the Saudi intelligence service in a video released on Tuesday.", {("THREATEN", "AQ", "SAU")}),
    ("Taliban militants threatened businesses in Kandahar that stay open during the election.",
     {("THREATEN", "AFG", "AFG")}),
    ("Hezbollah threatened Israeli positions along the border on Monday.", {("THREATEN", "LBN", "ISR")}),
    ("Chinese warships threatened the coast of Taiwan, the defence ministry said.", {("THREATEN", "CHN", "TWN")}),
    ("Serbia threatened the independence of Kosovo, the Kosovar prime minister said.", {("THREATEN", "SRB", "XKX")}),
    # bug 2: raids by police or troops
    ("Kenyan troops raided a game reserve near the Somali border where al-Shabaab fighters were hiding.",
     {("COERCE", "KEN", "SOM")}),
    ("Police raided the Treasury in Monrovia on Tuesday, seizing documents.", {("COERCE", "LBR", "LBR")}),
    ("Iraqi soldiers raided a cellar in Baghdad where insurgents held two hostages.", {("COERCE", "IRQ", "IRQ")}),
    # bug 3: a relative clause on the person or group a charge names is told as fact
    ("The UN Security Council condemned Iran for supporting Houthi rebels who fired missiles at Saudi Arabia "
     "on Monday.", {("ACCUSE", "UN", "IRN"), ("ASSAULT", "YEM", "SAU")}),
    ("Russia expelled two Georgian diplomats for spying on Russian troops that shelled Georgian villages.",
     {("SANCTION", "RUS", "GEO"), ("ASSAULT", "RUS", "GEO")}),
    # bug 4: "they" is not the body
    ("Israeli and Palestinian negotiators briefed the Israeli cabinet on Sunday, and the cabinet announced they "
     "would meet again in Cairo on Friday.", {("AGREE", "ISR", "PSE")}),
    # bug 5: an actor's own hedged announcement
    ("Syria will possibly withdraw its troops from Lebanon by April, the Syrian president told the Arab League.",
     {("CONCEDE", "SYR", "LBN")}),
    ("Iran will perhaps resume talks with the EU in March, Iranian negotiator Hassan Rowhani said on Monday.",
     {("AGREE", "IRN", "EU")}),
    # bug 6: a timetable or programme announced or published
    ("Syria announced a timetable for the withdrawal of its troops from Lebanon on Monday.", {("RETREAT", "SYR", "LBN")}),
    ("The programme for President Bush's visit to Moscow was published on Monday.", {("CONSULT", "USA", "RUS")}),
]


@pytest.fixture(scope="module")
def coded():
    return code_cases(CASES, "round31f71", DATE)


@pytest.mark.parametrize("i", range(len(CASES)), ids=[c[0][:60] for c in CASES])
def test_case(coded, i):
    assert rows(coded[i]) == CASES[i][1]



@pytest.mark.parametrize(("text", "word", "resolved"), [
    ("Britain committed two warships to the naval blockade of the ports.", "blockade", False),
    ("France devoted 2,000 troops to the assault on rebel bases.", "assault", False),
    ("The opposition is committed to the withdrawal of the troops.", "withdrawal", True),
    ("The government committed itself to the withdrawal of the troops.", "withdrawal", True),
])
def test_resolved_act(nlp, text, word, resolved):
    token = next(t for t in nlp(text) if t.text == word)
    assert hypotheticals.resolved_act(token) is resolved


@pytest.mark.parametrize(("text", "word", "foretold"), [
    ("Analysts said the minister will probably reject the offer.", "reject", True),
    # a side of the act as reporter needs the article's actors (round31_f75's cases): without them it stays a guess
    ("The minister will probably reject the offer, the Kenyan president said.", "reject", True),
])
def test_predicted_act_speaker(nlp, text, word, foretold):
    token = next(t for t in nlp(text) if t.text == word)
    assert hypotheticals.predicted_act(token, "REJECT", load_lexicon()) is foretold
