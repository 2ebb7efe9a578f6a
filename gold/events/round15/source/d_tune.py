"""Round-15 event gold (issue 13, round 25, branch g15d), annotator d, own tune items (deal.json["d"]["tune"]):
the hand-written records (fragment locating the sentence, trigger, type, source, target, flags), coded from the
texts alone, without running detente. `python gold/events/round15/source/d_tune.py` writes parts/d.tune.jsonl."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from write_d import write  # noqa: E402


def A(**k):
    return k


ann = {
 "wcep-2024-04-27-007": [],
 "wcep-2025-04-28-006": [
  ("declares a three-day ceasefire", "declares a three-day ceasefire", "RETREAT",
   ("RUS", "GOV", "Russian president Vladimir Putin"), ("UKR", None, "Ukraine"),
   A(alts=[{"target": None}], note="ceasefire declared = RETREAT (CONVENTIONS); the war's other side named by the "
     "place 'in Ukraine' (null target an alternative)"))],
 "wcep-2015-10-01-002": [
  ("claims to have recaptured the city of Kunduz", "recaptured", "ASSAULT", ("AFG", "GOV", "The government of Afghanistan"),
   ("AFG", "REB", None), A(rep=True, alts=[{"target": None}, {"type": "MOBILIZE"}],
   note="the recapture is the act, told as the government's claim (reported); the holders of the city are not named: "
   "the place's country with REB, null alternative (round 12 D9); the claim itself is no event"))],
 "wcep-2010-09-16-016": [
  ("Burma bars several areas", "bars", "COERCE", ("MMR", "GOV", "Burma"), ("MMR", "CVL", "several areas of the country"),
   A(alts=[{"target": None}], note="a state excluding areas of its population from a vote: restriction = COERCE; the "
   "quoted ground 'not be free and fair' is the government's reason, no event"))],
 "wcep-2006-01-01-006": [
  ("Gazprom cuts gas supplies to Ukraine", "cuts gas supplies", "SANCTION", ("RUS", "BUS", "Russian natural gas supplier Gazprom"),
   ("UKR", None, "Ukraine"), A(alts=[{"type": "COERCE"}], note="a state-owned supplier cutting supplies to a state in a "
   "price dispute (political, as round 1's HDT): reduced relations / embargo-like, SANCTION with COERCE alternative")),
  ("Gazprom cuts gas supplies to Ukraine", "rejection", "REJECT", ("UKR", None, "Ukraine's"),
   ("RUS", "BUS", "Gazprom"), A(note="refusing a demand (the price increase) = REJECT; recent, named doer, the cause of "
   "the news act (round 4: required); the demand's maker is Gazprom (RUS GOV in the next sentence's offer)")),
  ("President Vladimir Putin had offered", "had offered", "AGREE", ("RUS", "GOV", "President Vladimir Putin"),
   ("UKR", None, "Ukraine"), A(note="an offer = AGREE (CONVENTIONS); recent (before the cut-off of the same dispute)")),
  ("President Vladimir Putin had offered", "was rejected", "REJECT", ("UKR", None, None),
   ("RUS", "GOV", "President Vladimir Putin"), A(note="passive refusal of the offer; the refuser fixed by the text "
   "(Ukraine); a second REJECT act (of the offer), same triple as the first at country level"))],
 "wcep-2010-02-27-010": [
  ("Police in Turkey arrest at least 18 people", "arrest", "COERCE", ("TUR", "COP", "Police in Turkey"),
   ("TUR", None, "at least 18 people"), A(note="arrest = COERCE; the suspects' sector not given (alleged coup plotters, "
   "not said to be soldiers)")),
  ("Police in Turkey arrest at least 18 people", "alleged coup plot", "ACCUSE", ("TUR", "COP", "Police in Turkey"),
   ("TUR", None, "at least 18 people"), A(opt=True, note="the allegation behind the arrests, implicit (weak implicit act)"))],
 "wcep-2013-11-12-007": [
  ("The Senate of Thailand rejects an asylum bill", "rejects", "REJECT", ("THA", "LEG", "The Senate of Thailand"),
   (None, None, None), A(alts=[{"target": "THA"}], note="a chamber voting down a bill = refusing a proposal (REJECT); the "
   "bill's proposers are not named (null target; THA as alternative, the bill being Thailand's own and Thaksin named)"))],
 "wcep-2025-10-29-004": [
  ("The JNIM carries out its first attack in Nigeria", "attack", "ASSAULT", ("MLI", "REB", "The JNIM"),
   ("NGA", "MIL", "a soldier"), A(alts=[{"source": "AQ"}], note="JNIM coded as detente's table codes it (MLI REB), "
   "al-Qaeda affiliate AQ as alternative (round 12 D11); the soldier killed is Nigeria's")),
  ("The JNIM carries out its first attack in Nigeria", "seizing ammunition", "COERCE", ("MLI", "REB", "The JNIM"),
   ("NGA", "MIL", None), A(opt=True, alts=[{"source": "AQ"}, {"target": None}],
   note="seizure during the attack (COERCE per CONVENTIONS), part of the same raid: optional"))],
 "wcep-2007-01-29-003": [
  ("At least two people have been killed, including a Somali police officer", "gunbattle", "ASSAULT",
   ("SOM", "REB", None), ("SOM", "COP", "a Somali police officer"),
   A(alts=[{"source": None}], note="two-sided clash = one record; the headline 'ICU insurgency' fixes the other side as "
   "the Somali insurgents (SOM REB, text null), null source alternative"))],
 "wcep-2013-03-02-001": [
  ("protests continue following the sentencing", "protests continue", "PROTEST", ("BGD", "CVL", None),
   ("BGD", "JUD", None), A(alts=[{"target": None}, {"target": "BGD"}], note="protests against the sentencing; protesters "
   "unnamed, in Bangladesh; the target is the court that sentenced (text null), null alternative")),
  ("protests continue following the sentencing", "sentencing", "COERCE", ("BGD", "JUD", None),
   ("BGD", None, "Delwar Hossain Sayeedi"), A(opt=True, note="the sentence behind the protests, doer not named "
   "(round 12 D1/D3: cause with no doer named = optional)")),
  ("protests continue following the sentencing", "death toll", "ASSAULT", (None, None, None), ("BGD", "CVL", None),
   A(opt=True, note="a death count with no killing act named (round 12 D1: optional)"))],
}
if __name__ == "__main__":
    write("tune", ann)
