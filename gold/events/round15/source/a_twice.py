"""Round-15 event gold (issue 13, round 25), annotator a (branch g15a), the twice items: the first 2 tune and
first 2 check items of annotator b's deal (deal.json["a"]["twice"]), coded blind from the texts alone (for the
agreement), without running detente or reading b's records.
`python gold/events/round15/source/a_twice.py` writes parts/a.twice.jsonl."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from write import write  # noqa: E402


def A(**k):
    return k


ann = {
 "wcep-2023-11-06-008": [
  ("The United Nations expresses concern", "expresses concern", "ACCUSE", ("UN", "IGO", "The United Nations"), ("MMR", None, None),
   A(alts=[{"target": None}], note="concern voiced at fighting (round 11: 'expressed his concerns' ACCUSE); the fighters are not "
   "named, Shan State fixes Myanmar (null alternative)")),
  ("The United Nations expresses concern", "heavy fighting", "ASSAULT", (None, None, None), None,
   A(opt=True, alts=[{"source": "MMR"}, {"target": "MMR"}, {"source": "MMR", "target": "MMR"}],
   note="fighting with no side named, the object of the concern (round 12 D1): optional; the displacement is no act"))],
 "wcep-2014-12-08-005": [
  ("The United Nations seeks $16.4 billion", "seeks $16.4 billion", "REQUEST", ("UN", "IGO", "The United Nations"), None,
   A(note="an appeal for humanitarian funds, donors not named: target null; the aid itself is future (no AID)"))],
 "wcep-2018-06-24-009": [],  # voters go to the polls: no event
 "wcep-2015-08-19-010": [
  ("The United States announces that it is proposing sanctions", "proposing sanctions", "THREATEN", ("USA", "GOV", "The United States"),
   ("SSD", None, "those connected to the South Sudan conflict"), A(alts=[{"type": "SANCTION"}, {"type": "REQUEST"}, {"target": None}],
   note="sanctions 'unless a ceasefire is reached promptly': an ultimatum (CONVENTIONS THREATEN), SANCTION and REQUEST "
   "(the ceasefire) alternatives; the targets are the warring parties, government and rebels, so no sector")),
  ("The United States announces that it is proposing sanctions", "the South Sudan conflict", "ASSAULT", ("SSD", None, None),
   ("SSD", None, None), A(opt=True, note="the ongoing war named in passing: optional"))],
}

if __name__ == "__main__":
    write("a", "twice", ann)
