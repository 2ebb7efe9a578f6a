"""Round-13 event gold (issue 13, round 24, branch g13b), annotator b, the items of annotator c's deal coded
twice, blind (deal.json["b"]["twice"]): the hand-written records (fragment locating the sentence, trigger, type,
source, target, flags), coded from the texts alone, without running detente and without reading c's files.
`python gold/events/round13/source/b_twice.py` writes parts/b.twice.jsonl."""
import sys; sys.path.insert(0, __import__('os').path.dirname(__file__))
from write_b import write
A = lambda **k: k
ann = {
 "wcep-2012-12-03-003": [
  ("re-establishes control over Goma", "re-establishes control", "ASSAULT", ("COD", "GOV", "The Congolese government"),
   ("COD", "REB", "M23 rebels"), A(alts=[{"type": "MOBILIZE"}], note="retaking a city from rebels (as a recapture); the text does not say how")),
  ("re-establishes control over Goma", "from M23 rebels", "RETREAT", ("COD", "REB", "M23 rebels"), ("COD", "GOV", "The Congolese government"),
   A(opt=True, note="the rebels' loss of the city, implicit"))],
 "wcep-2013-09-10-012": [],
 "wcep-2025-02-04-013": [
  ("Djiboutian armed forces execute a drone strike", "execute a drone strike", "ASSAULT", ("DJI", "MIL", "Djiboutian armed forces"),
   ("DJI", "REB", "eight members of what the government described as a \"terrorist group\""),
   A(alts=[{"target": None}, {"target": "ETH"}], note="unnamed militants: the place's country, REB, null alternative (round 12 D9); near the Ethiopian border")),
  ("Djiboutian armed forces execute a drone strike", "described as a \"terrorist group\"", "ACCUSE", ("DJI", "GOV", "the government"),
   ("DJI", "REB", "a \"terrorist group\""), A(opt=True, alts=[{"target": None}], note="a characterisation of the target")),
  ("The attack also injured an unknown number of civilians", "injured", "ASSAULT", ("DJI", "MIL", None), ("DJI", "CVL", "civilians"),
   A(repeat=0, note="the same strike's civilian victims"))],
 "wcep-2022-01-27-003": [
  ("Jordanian troops kill 27", "kill", "ASSAULT", ("JOR", "MIL", "Jordanian troops"), ("SYR", None, "27 \"armed smugglers\""),
   A(alts=[{"target": None}], note="armed smugglers crossing from Syria: the country they come from, null alternative")),
  ("Several other smugglers", "were wounded", "ASSAULT", ("JOR", "MIL", None), ("SYR", None, "Several other smugglers"),
   A(repeat=0, rep=True, alts=[{"target": None}], note="the same clash, told by the military")),
  ("Several other smugglers", "supported by other armed groups", "SUPPORT", (None, "REB", "other armed groups"),
   ("SYR", None, "Several other smugglers"), A(opt=True, rep=True, note="stative, a characterisation (round 12 D13)"))],
}
if __name__ == "__main__":
    write("twice", ann)
