"""Round-15 event gold (issue 13, round 25, branch g15c), annotator c, own check items (deal.json["c"]["check"]):
the hand-written records (fragment locating the sentence, trigger, type, source, target, flags), coded from the
texts alone, without running detente. `python gold/events/round15/source/c_check.py` writes parts/c.check.jsonl."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from write_c import write  # noqa: E402


def A(**k):
    return k


ann = {
 "wcep-2025-11-23-008": [],
 "wcep-2004-01-15-001": [
  ("The United Nations sides with the United States", "sides with", "SUPPORT", ("UN", "IGO", "The United Nations"),
   ("USA", "GOV", "the United States"), A(note="taking a state's side in a dispute (CAMEO 05x: SUPPORT)")),
  ("Kofi Annan and other UN officials call direct elections", "call direct elections in advance of July 2004 impractical",
   "REJECT", ("UN", "IGO", "Secretary-General Kofi Annan"), ("IRQ", None, "Iraq"),
   A(opt=True, alts=[{"target": None}], note="judging a proposal (direct elections) impractical: a weak implicit "
   "rejection; the proposers are not named, Iraq the place of the vote; optional (an opinion more than an act)"))],
 "wcep-2007-11-21-022": [
  ("The Indian Army is deployed in Kolkata", "is deployed", "MOBILIZE", ("IND", "MIL", "The Indian Army"),
   ("IND", "CVL", None), A(alts=[{"target": None}, {"type": "COERCE"}],
   note="troops deployed in a city to quell a riot: MOBILIZE against the rioters (unnamed, Indian by context)")),
  ("The Indian Army is deployed in Kolkata", "a riot", "PROTEST", ("IND", "CVL", None),
   ("BGD", "CVL", "Bangladeshi feminist writer Taslima Nasreen"), A(alts=[{"type": "ASSAULT"}],
   note="a riot against a writer (riots are PROTEST, CONVENTIONS); the recent cause of the deployment (required, "
   "round 4); it turned violent (ASSAULT alternative); rioters unnamed, Kolkata's people"))],
 "wcep-2014-05-29-002": [
  ("A Ukrainian military helicopter is shot down over Sloviansk", "shot down", "ASSAULT", (None, None, None),
   ("UKR", "MIL", "A Ukrainian military helicopter"), A(alts=[{"source": "UKR"}],
   note="the attack is the news, no doer named: null source, the place's country an alternative (round 12 D9)"))],
 "wcep-2015-09-26-004": [
  ("is reportedly killed in Tripoli by Italian special forces", "killed", "ASSAULT",
   ("ITA", "MIL", "Italian special forces"), ("LBY", "REB", "A prominent Libyan Zuwarah militia leader"),
   A(rep=True, alts=[{"type": "COERCE"}], note="reportedly: reported; a militia leader (REB) who is also a smuggler")),
  ("The EU recently approved military action", "approved military action", "MOBILIZE", ("EU", "IGO", "The EU"),
   ("LBY", "CVL", "people smuggling networks operating out of Libya"),
   A(opt=True, alts=[{"type": "THREATEN"}, {"type": "ASSAULT"}, {"target": None}],
   note="background ('recently'), an authorised use of force against smugglers based in Libya: optional"))],
 "wcep-2015-10-25-001": [
  ("Israeli border police shoot dead a 17-year-old girl", "shoot dead", "ASSAULT", ("ISR", "COP", "Israeli border police"),
   ("PSE", "CVL", "a 17-year-old girl"), A(alts=[{"type": "COERCE"}],
   note="police kill a Palestinian in Hebron (West Bank: PSE), as round 14's police shootings; COERCE alternative"))],
 "wcep-2008-06-09-015": [
  ("George W. Bush commences the last visit to Europe", "commences the last visit", "CONSULT",
   ("USA", "GOV", "The President of the United States George W. Bush"), (None, None, "Europe"),
   A(alts=[{"target": "EU"}], note="a visit under way (CAMEO 042: CONSULT); the hosts are a continent, no country"))],
 "wcep-2012-09-17-026": [
  ("Protests continue at a Chinese co-owned copper mine", "Protests continue", "PROTEST", ("MMR", "CVL", None),
   ("CHN", "BUS", "a Chinese co-owned copper mine"), A(alts=[{"target": "MMR"}],
   note="protesters (political actors) against a mine's owners over land grabbing; Burmese by place; the mine is "
   "co-owned, so Myanmar as the target's alternative country"))],
 "wcep-2019-06-19-009": [
  ("The House Democrats vote to repeal the Authorization", "vote to repeal", "REJECT", ("USA", "LEG", "The House Democrats"),
   ("USA", "GOV", None), A(opt=True, alts=[{"type": "COERCE"}, {"target": None}],
   note="a legislative vote to take back the executive's war authority: weak implicit act against the executive "
   "(unnamed); optional"))],
 "wcep-2021-08-21-002": [
  ("announces that the United States has evacuated 17,000 people", "evacuated", "AID", ("USA", "GOV", "the United States"),
   (None, "CVL", "17,000 people"), A(rep=True, alts=[{"target": "USA"}],
   note="evacuations are AID (CONVENTIONS); the evacuees' country is not given (2,500 of them Americans: USA "
   "alternative); announced by a general: reported"))],
}
if __name__ == "__main__":
    write("check", ann)
