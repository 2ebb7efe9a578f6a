"""Round-5 event gold, tune half: the hand-written records (fragment locating the sentence,
trigger, type, source, target, flags). `python gold/events/round5/source/tune.py` writes tune.jsonl."""
import sys; sys.path.insert(0, __import__('os').path.dirname(__file__))
from write import write
A = lambda **k: k
ann = {
 "wcep-2003-02-07-003": [
  ("A car bomb at an upscale club", "A car bomb", "ASSAULT", None, ("COL", "CVL", "an upscale club in Bogotá, Colombia"),
   A(note="bombers not named; the news itself (\"the worst attack in many years\" is the same act)"))],
 "wcep-2003-12-01-009": [
  ("faces scrutiny by the Defense Department", "faces scrutiny by", "ACCUSE", ("USA", "GOV", "the Defense Department"), ("USA", "BUS", "the company"),
   A(alts=[{"source": None, "target": None}, {"target": None}, {"source": None}],
     note="an ongoing inquiry by a named body, the setting of the news: investigation = ACCUSE; Boeing and the Defense Department = USA (world knowledge)")),
  ("faces scrutiny by the Defense Department", "answers questions about", "ACCUSE", None, ("USA", "BUS", "the company"),
   A(opt=True, alts=[{"source": "USA"}, {"target": None}], note="questioning by unnamed askers: passing"))],
 "wcep-2003-12-14-004": [
  ("A car bomb explodes at a police station", "A car bomb explodes at", "ASSAULT", None, ("IRQ", "COP", "a police station in Khaldiyah"),
   A(note="bombers not named; west of Baghdad = Iraq"))],
 "wcep-2010-01-29-013": [
  ("appoints five new Senators", "appoints", "SUPPORT", ("CAN", "GOV", "Canadian Prime Minister Stephen Harper"), ("CAN", "LEG", "five new Senators"),
   A(opt=True, note="an appointment: no event by the conventions, a system coding it is not wrong"))],
 "wcep-2010-04-10-018": [
  ("Thousands of people protest", "protest against", "PROTEST", ("GBR", "CVL", "Thousands of people"), ("GBR", "GOV", None),
   A(alts=[{"target": None}], note="protest against (the government's) public sector cuts; London = UK"))],
 "wcep-2012-09-12-018": [
  ("will \"not reconsider\"", "will \"not reconsider\"", "REJECT", ("JPN", "GOV", "The Japanese Foreign Minister Kōichirō Gemba"), None,
   A(alts=[{"target": "CHN"}],
     note="refusing to reconsider = refusing a demand (REJECT, not a negated act); whose demand is not written (China's over the islands, world knowledge)"))],
 "wcep-2014-02-10-001": [
  ("A car bomb detonates prematurely", "A car bomb detonates prematurely", "ASSAULT", ("IRQ", "REB", None), ("IRQ", None, "Baghdad, Iraq"),
   A(alts=[{"source": None}, {"target": None}, {"source": None, "target": None}],
     note="a failed bomb attempt that killed 21 militants, by implication its own makers; no target named beyond the city")),
  ("a car bomb hits a convoy", "a car bomb hits", "ASSAULT", None, ("IRQ", "LEG", "a convoy transporting Usama al-Nujayfi"),
   A(alts=[{"target": None}], note="bombers not named; al-Nujayfi = Iraqi parliament speaker (world knowledge), Iraq from the item"))],
 "wcep-2016-07-18-013": [
  ("Melania Trump is accused of plagiarizing", "is accused of", "ACCUSE", None, ("USA", "PTY", "Melania Trump"),
   A(alts=[{"source": "USA"}], note="accusers unnamed; the news itself; a speech at the party convention (USA from the names and the convention). The campaign's reply (\"absurd\") denies a claim: no event"))],
 "wcep-2017-01-09-014": [
  ("Talks between top Donald Trump advisers", "Talks between", "CONSULT", ("USA", "GOV", "top Donald Trump advisers"), ("USA", "LEG", "Speaker Paul Ryan"),
   A(note="the incoming administration's advisers and the Speaker: talks between different bodies, not an internal meeting"))],
 "wcep-2017-12-31-006": [
  ("Guterres calls for global unity", "calls for global unity", "REQUEST", ("UN", "IGO", "Guterres"), None,
   A(note="an appeal with no addressee named; the \"red alert\" warns of dangers, not of harm by the UN: no THREATEN"))],
 "wcep-2018-06-05-009": [
  ("losing the no-confidence vote", "losing the no-confidence vote", "ACCUSE", ("ESP", "LEG", None), ("ESP", "GOV", "Former Prime Minister Mariano Rajoy"),
   A(opt=True, alts=[{"type": "SANCTION"}, {"type": "COERCE"}], note="a parliamentary vote removing a prime minister, as a back-reference: optional (the resignation is no event); Spain from the names"))],
 "wcep-2018-08-14-011": [
  ("concedes defeat", "concedes defeat", "CONCEDE", ("USA", "GOV", "Incumbent Governor of Kansas Jeff Colyer"), ("USA", "PTY", "Republican challenger Kris Kobach"),
   A(opt=True, note="conceding an election: elections are no events, a system coding it is not wrong"))],
 "wcep-2018-09-17-003": [
  ("Several missiles are launched", "are launched from the sea at", "ASSAULT", None, ("SYR", None, "the coastal city of Latakia"),
   A(alts=[{"target": None}], note="launcher unknown (the next sentence says so); Latakia = Syria (world knowledge, the text names no country)")),
  ("Several missiles are launched", "are destroyed by", "ASSAULT", ("SYR", "MIL", "air defence systems"), None,
   A(opt=True, alts=[{"source": None}], note="interception of the missiles: defensive, no actor targeted")),
  ("It is not immediately clear who was behind the attack", "the attack", "ASSAULT", None, ("SYR", None, None),
   A(opt=True, repeat=0, note="the same attack"))],
 "wcep-2018-11-29-014": [
  ("after accusations of sexual misconduct", "accusations of", "ACCUSE", None, ("USA", "PTY", "Bauman"),
   A(opt=True, alts=[{"source": "USA"}], note="back-reference, accusers unnamed (the staff and activists are the victims named, not the accusers); the resignation is no event"))],
 "wcep-2018-12-12-003": [
  ("Two police officers are injured", "throws a grenade at", "ASSAULT", ("RUS", None, "a man"), ("RUS", "COP", "Two police officers"),
   A(alts=[{"source": None}], note="the attacker's country from the place (Ingushetia, Russia)")),
  ("The attacker and his accomplice are later shot dead", "are later shot dead", "ASSAULT", ("RUS", "COP", None), ("RUS", None, "The attacker and his accomplice"),
   A(alts=[{"source": None}, {"type": "COERCE"}], note="passive, shooters not named: the security forces by context"))],
 "wcep-2019-01-19-001": [
  ("A car bomb explodes outside a courthouse", "A car bomb explodes outside", "ASSAULT", ("GBR", "REB", None), ("GBR", "JUD", "a courthouse in Londonderry, Northern Ireland"),
   A(alts=[{"source": None}], note="the bombers are named in the third sentence (the New IRA)")),
  ("The bomb exploded as the area was being evacuated", "was being evacuated", "AID", ("GBR", "COP", None), ("GBR", "CVL", "the area"),
   A(opt=True, alts=[{"source": None}], note="an evacuation by the (unnamed) police: weak")),
  ("Investigations currently point responsibility", "point responsibility for the attack towards", "ASSAULT", ("GBR", "REB", "the New IRA dissident organisation"), ("GBR", "JUD", None),
   A(rep=True, repeat=0, note="the attack attributed")),
  ("Investigations currently point responsibility", "Investigations", "ACCUSE", ("GBR", "COP", None), ("GBR", "REB", "the New IRA dissident organisation"),
   A(opt=True, alts=[{"source": None}], note="an investigation pointing at a group; investigators not named"))],
 "wcep-2019-02-24-009": [
  ("British MPs will vote", "will vote on the latest Brexit deal", "AGREE", ("GBR", "GOV", "Prime Minister Theresa May"), ("GBR", "LEG", "British MPs"),
   A(opt=True, alts=[{"type": "CONCEDE"}], note="a vote promised to MPs by a date: weak implicit pledge; the vote itself is no event"))],
 "wcep-2019-05-22-004": [
  ("Armed militias kill over 30 civilians", "kill", "ASSAULT", (None, "REB", "Armed militias"), (None, "CVL", "over 30 civilians"),
   A(alts=[{"source": "CAF", "target": "CAF"}], note="the text names no country (the Central African Republic, world knowledge only)")),
  ("Armed militias kill over 30 civilians", "a peace deal was reached", "AGREE", None, None,
   A(opt=True, alts=[{"source": "CAF", "target": "CAF"}], note="background (February), parties not named"))],
 "wcep-2019-07-24-004": [
  ("Theresa May visits Queen Elizabeth II", "visits", "CONSULT", ("GBR", "GOV", "Theresa May"), ("GBR", "GOV", "Queen Elizabeth II"),
   A(opt=True, note="the formal audience to resign: constitutional formality, no event required")),
  ("Theresa May visits Queen Elizabeth II", "recommend her replacement", "SUPPORT", ("GBR", "GOV", "Theresa May"), None,
   A(opt=True, note="recommending a successor (not named): as an appointment"))],
 "wcep-2020-05-09-001": [
  ("LNA forces loyal to military commander Khalifa Haftar fired", "fired multiple rockets toward", "ASSAULT", ("LBY", "MIL", "LNA forces loyal to military commander Khalifa Haftar"), ("LBY", None, "Mitiga International Airport"),
   A(rep=True, note="reported by the oil corporation; Tripoli = Libya (the corporation is Libya's)"))],
 "wcep-2021-03-16-009": [
  ("announces a five-day nationwide lockdown", "announces a five-day nationwide lockdown", "COERCE", ("SRB", "GOV", "Serbian prime minister Ana Brnabić"), ("SRB", "BUS", "all non-essential shops"),
   A(opt=True, alts=[{"target": None}], note="a public-health lockdown: a restriction, doubtful as an event"))],
 "wcep-2021-12-15-022": [
  ("after an arson attack", "an arson attack at", "ASSAULT", None, ("GBR", "CVL", "a four-storey block of flats in Reading, England"),
   A(opt=True, note="crime with no political side named")),
  ("A suspect has been arrested", "has been arrested", "COERCE", ("GBR", "COP", None), ("GBR", "CVL", "A suspect"),
   A(alts=[{"source": None}], note="arrest by the (unnamed) police"))],
 "wcep-2021-12-17-020": [
  ("during an arson attack", "an arson attack at", "ASSAULT", None, ("JPN", "CVL", "a medical clinic in Osaka, Japan"),
   A(opt=True, note="crime with no political side named"))],
 "wcep-2022-04-13-024": [
  ("The suspect in yesterday's mass shooting", "is arrested", "COERCE", ("USA", "COP", None), ("USA", "CVL", "The suspect"),
   A(alts=[{"source": None}], note="arrest by the (unnamed) police; New York = USA")),
  ("The suspect in yesterday's mass shooting", "mass shooting and smoke bomb attack at", "ASSAULT", ("USA", "CVL", "The suspect"), ("USA", "CVL", "the New York City Subway"),
   A(opt=True, alts=[{"source": None}], note="yesterday's attack: back-reference, crime with no political side named"))],
 "wcep-2022-05-14-003": [
  ("Six people are killed during an attack", "an attack in", "ASSAULT", None, ("BFA", "CVL", "Six people"),
   A(alts=[{"target": None}], note="attackers not named; Markoye = Burkina Faso (place name, world knowledge)"))],
 "wcep-2025-02-05-017": [
  ("has signed a decree modifying", "has signed a decree modifying", "COERCE", ("ARG", "GOV", "the President Javier Milei"), ("ARG", "CVL", "people under the age of 18"),
   A(opt=True, rep=True, alts=[{"target": None}], note="a decree restricting access to care: a policy, doubtful as an event; announced by the spokesperson"))],
}
write("tune", ann)
