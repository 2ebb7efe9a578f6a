"""Round-15 event gold (issue 13, round 25, branch g15b), annotator b, the "twice" items (deal.json["b"]["twice"], c's items coded blind for agreement):
the hand-written records (fragment locating the sentence, trigger, type, source, target, flags), coded from the
texts alone, without running detente. `python gold/events/round15/source/b_twice.py` writes parts/b.twice.jsonl."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from write_b import write  # noqa: E402


def A(**k):
    return k

ann = {
 "wcep-2021-03-31-019": [
  ("The attacker is shot and wounded", "shot and wounded", "ASSAULT", ("USA", "COP", "responding security forces"),
   ("USA", "CVL", "The attacker"), A(alts=[{"type": "COERCE"}], note="security forces shoot an attacker (round 5/14: "
   "ASSAULT, COERCE alternative); the mass shooting itself has no political actor on either side: no record"))],
 "wcep-2009-11-11-011": [
  ("South Korean troops are put on high alert", "put on high alert", "MOBILIZE", ("KOR", "MIL", "South Korean troops"),
   ("PRK", None, "North Korea"), A(alts=[{"target": None}], note="alert against a possible North Korean retaliation; "
   "the retaliation itself is hypothetical (no record)")),
  ("South Korean troops are put on high alert", "a naval clash", "ASSAULT", ("KOR", "MIL", None), ("PRK", "MIL", "North Korea"),
   A(alts=[{"source": "PRK"}, {"target": "KOR"}], note="yesterday's clash, recent, the cause of the alert: required; a "
   "two-sided clash is one record, either direction"))],
 "wcep-2025-11-23-008": [],
 "wcep-2004-01-15-001": [
  ("The United Nations sides with the United States", "sides with", "SUPPORT", ("UN", "IGO", "The United Nations"),
   ("USA", "GOV", "the United States"), A(note="public backing of the US position on voting in Iraq")),
  ("Secretary-General Kofi Annan and other UN officials", "call direct elections in advance of July 2004 impractical",
   "REJECT", ("UN", "IGO", "Secretary-General Kofi Annan"), (None, None, None),
   A(opt=True, alts=[{"target": "IRQ"}], note="declining a proposal (direct elections) whose proposers are not named; "
   "an assessment more than a refusal, so optional; the same stance as the first sentence's support"))],
}
if __name__ == "__main__":
    write("twice", ann)
