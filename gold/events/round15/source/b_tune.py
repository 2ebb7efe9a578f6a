"""Round-15 event gold (issue 13, round 25, branch g15b), annotator b, own tune items (deal.json["b"]["tune"]):
the hand-written records (fragment locating the sentence, trigger, type, source, target, flags), coded from the
texts alone, without running detente. `python gold/events/round15/source/b_tune.py` writes parts/b.tune.jsonl."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from write_b import write  # noqa: E402


def A(**k):
    return k


ann = {
 "wcep-2023-11-06-008": [
  ("The United Nations expresses concern", "heavy fighting", "ASSAULT", (None, None, None), ("MMR", None, None),
   A(alts=[{"source": "MMR"}], note="the fighting is asserted (the object of the concern, not reported); no side named, "
   "a two-sided clash is one record; the place's country as alternative source (round 14 pattern)")),
  ("The United Nations expresses concern", "expresses concern", "ACCUSE", ("UN", "IGO", "The United Nations"),
   ("MMR", None, None), A(opt=True, alts=[{"target": None}], note="concern about fighting: weak implicit criticism, "
   "no addressee named (optional)"))],
 "wcep-2014-12-08-005": [
  ("The United Nations seeks $16.4 billion", "seeks $16.4 billion", "REQUEST", ("UN", "IGO", "The United Nations"),
   (None, None, None), A(note="an appeal for funds; the donors are not named (empty target)")),
  *[("The United Nations seeks $16.4 billion", "to fund humanitarian assistance programs", "AGREE",
     ("UN", "IGO", "The United Nations"), (c, "CVL", n), A(opt=True, alts=[{"type": "AID"}],
     note="planned aid for 2015 to the areas of greatest need (future, conditional on the funds): optional AGREE, "
     "AID alternative; one record per coordinated target"))
    for c, n in (("SYR", "Syria"), ("IRQ", "Iraq"), ("SDN", "Sudan"), ("SSD", "South Sudan"))]],
 "wcep-2009-10-17-008": [
  ("Iran frees Newsweek reporter", "frees", "RETREAT", ("IRN", "GOV", "Iran"),
   ("IRN", "MED", "Newsweek reporter Maziar Bahari"), A(alts=[{"target": "USA"}], note="release of a detainee = "
   "RETREAT (bail); the reporter detained in Iran coded IRN, the paper's country (USA) as alternative")),
  ("Iran frees Newsweek reporter", "detention", "COERCE", ("IRN", "GOV", "Iran"),
   ("IRN", "MED", "Newsweek reporter Maziar Bahari"), A(opt=True, alts=[{"target": "USA"}],
   note="the four months' detention, a passing back-reference to the cause of the release"))],
 "wcep-2008-12-29-002": [],
 "wcep-2015-03-20-004": [
  ("An ambush on Mexican police", "An ambush", "ASSAULT", (None, None, "the gunmen"), ("MEX", "COP", "Mexican police"),
   A(alts=[{"source": "MEX"}], note="unnamed gunmen: no country fixed by the text, the place's country as alternative")),
  ("An ambush on Mexican police", "apprehended", "COERCE", ("MEX", "COP", None), (None, None, "the gunmen"),
   A(neg=True, alts=[{"target": "MEX"}], note="no gunman arrested: negated"))],
 "wcep-2013-05-16-002": [
  ("Many people are killed in two suicide bombings", "targeted a convoy", "ASSAULT",
   ("AFG", "REB", "a suicide bomber from Hizb-i-Islami"), (None, "MIL", "foreign troops"),
   A(alts=[{"target": "NATO"}], note="Hizb-i-Islami, an Afghan militant group (Taliban affiliate): AFG REB; the foreign "
   "troops' nationality is not given (NATO/ISAF the defensible alternative)")),
  ("Many people are killed in two suicide bombings", "two suicide bombings", "ASSAULT", (None, None, None),
   ("AFG", None, "Many people"), A(alts=[{"source": "AFG"}], note="the other bombing, no doer named: null source, "
   "the place's country as alternative; the victims unspecified, coded by the place"))],
 "wcep-2005-01-07-010": [
  ("Seven U.S. soldiers are killed", "a bomb attack", "ASSAULT", (None, None, None), ("USA", "MIL", "Seven U.S. soldiers"),
   A(alts=[{"source": "IRQ"}], note="the attack is the news, no doer named: null source, the place's country an "
                                      "alternative (round 12 D9)"))],
 "wcep-2007-12-06-005": [
  ("George W. Bush outlines a plan", "outlines a plan to freeze mortgage rates", "AGREE",
   ("USA", "GOV", "United States President George W. Bush"), ("USA", "CVL", "homeowners"),
   A(opt=True, alts=[{"type": "AID"}], note="a domestic economic relief plan announced: an offer to homeowners at "
   "best (AGREE, AID alternative); no convention types policy plans, so optional"))],
 "wcep-2018-10-20-009": [],
 "wcep-2005-09-12-014": [
  ("Israel withdraws the last of its troops", "withdraws the last of its troops", "RETREAT", ("ISR", "GOV", "Israel"),
   ("PSE", None, "the Gaza Strip"), A(alts=[{"type": "CONCEDE"}, {"target": None}],
   note="a withdrawal carried out = RETREAT with CONCEDE alternative (round 12 D5); Gaza coded PSE"))],
}
if __name__ == "__main__":
    write("tune", ann)
