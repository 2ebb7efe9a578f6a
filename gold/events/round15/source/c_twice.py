"""Round-15 event gold (issue 13, round 25, branch g15c), annotator c, the 4 items of annotator d's deal coded
blind a second time (deal.json["c"]["twice"]), from the texts alone, without running detente.
`python gold/events/round15/source/c_twice.py` writes parts/c.twice.jsonl."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from write_c import write  # noqa: E402


def A(**k):
    return k


ann = {
 "wcep-2024-04-27-007": [],
 "wcep-2025-04-28-006": [
  ("Russian president Vladimir Putin declares a three-day ceasefire", "declares a three-day ceasefire", "RETREAT",
   ("RUS", "GOV", "Russian president Vladimir Putin"), ("UKR", None, "Ukraine"), A(alts=[{"type": "AGREE"}],
   note="ceasefire declared = RETREAT (CONVENTIONS), though it starts later (announced: AGREE alternative); the war's "
   "other side, Ukraine, is the target"))],
 "wcep-2012-09-17-017": [
  ("United States and Japanese government officials agree", "agree to put", "AGREE", ("USA", "GOV", "United States"),
   ("JPN", "GOV", "Japanese government officials"), A(alts=[{"type": "COOPERATE"}],
   note="a bilateral agreement on a future deployment; AGREE matches either way round, so one record"))],
 "wcep-2013-01-06-007": [],
}
if __name__ == "__main__":
    write("twice", ann)
