"""Round-15 event gold (issue 13, round 25, branch g15d), annotator d, the 4 items of annotator a's deal coded twice,
blind (deal.json["d"]["twice"]), from the texts alone, without running detente or reading a's files.
`python gold/events/round15/source/d_twice.py` writes parts/d.twice.jsonl."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from write_d import write  # noqa: E402


def A(**k):
    return k


ann = {
 "wcep-2012-03-25-013": [],
 "wcep-2011-05-29-003": [
  ("NATO kills 14 civilians", "airstrike", "ASSAULT", ("NATO", "MIL", "NATO"), ("AFG", "CVL", "14 civilians"),
   A(note="airstrike killing civilians in Helmand (Afghanistan); NATO forces coded NATO MIL"))],
 "wcep-2009-08-23-002": [
  ("Tens of thousands of people protest", "protest", "PROTEST", ("MLI", "CVL", "Tens of thousands of people"),
   ("MLI", "GOV", None), A(alts=[{"target": None}], note="protest against a new law: aimed at its makers, not named "
   "(the state's law, MLI GOV with text null; null alternative)"))],
 "wcep-2007-08-11-004": [
  ("Hugo Chavez proposes building a gas pipeline", "proposes", "AGREE", ("VEN", "GOV", "The President of Venezuela Hugo Chavez"),
   ("CUB", "GOV", "Cuba"), A(alts=[{"target": None}, {"type": "COOPERATE"}], note="a proposal of economic cooperation "
   "= an offer (CAMEO 03 intent to cooperate: AGREE); the Caribbean states named only by 'such as Cuba'"))],
}
if __name__ == "__main__":
    write("twice", ann)
