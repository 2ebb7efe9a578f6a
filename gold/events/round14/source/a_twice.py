"""Round-14 event gold (issue 13, round 25), annotator a (branch g14a): annotator b's first 2 tune and first 2
check items, coded blind from the texts alone (for the agreement), before detente was run on them.
`python gold/events/round14/source/a_twice.py` writes parts/a.twice.jsonl."""
import sys; sys.path.insert(0, __import__('os').path.dirname(__file__))
from write import write
A = lambda **k: k
ann = {
 "wcep-2012-07-28-002": [
  ("Two NATO service members are killed", "attack", "ASSAULT", (None, None, None), ("NATO", "MIL", "Two NATO service members"),
   A(alts=[{"source": "AFG"}], note="an attack with casualties in an insurgency area, no doer named: required, source null, the "
   "place's country as alternative (round 5, round 12 D9)"))],
 "wcep-2023-06-04-009": [
  ("Anti-government protests erupt across Poland", "protests", "PROTEST", ("POL", "CVL", "an estimated 500,000 demonstrators"),
   ("POL", "GOV", None), A(note="anti-government demonstrations; the government is not named (text null); the mayor only gives "
   "the estimate"))],
 "wcep-2022-04-29-004": [
  ("Six soldiers and four Coalition of Patriots", "shootout", "ASSAULT", ("CAF", "REB", "four Coalition of Patriots for Change rebels"),
   ("CAF", "MIL", "Six soldiers"), A(alts=[{"source": "CAF", "target": "CAF"}], note="a two-sided clash: one record, told from "
   "the rebels' side (a shootout at a military outpost); both sides CAF, so the direction gives the same triple"))],
 "wcep-2013-06-28-006": [
  ("Fifteen people are killed in attacks", "attacks targeting", "ASSAULT", (None, None, None), ("IRQ", "COP", "Iraqi police"),
   A(alts=[{"source": "IRQ"}, {"source": "AQ"}], note="attacks with casualties, no doer named: source null (round 5, round 12 D9); "
   "the place's country and al-Qaeda (implied by 'anti-Al-Qaeda militiamen') as alternatives")),
  ("Fifteen people are killed in attacks", "attacks targeting", "ASSAULT", (None, None, None), ("IRQ", None, "anti-Al-Qaeda militiamen"),
   A(alts=[{"source": "IRQ"}, {"source": "AQ"}], note="one record per coordinated target (FORMAT); the pro-government "
   "militiamen are Iraqi (no sector fixed); same triple as the police record"))],
}

if __name__ == "__main__":
    write("a", "twice", ann)
