"""Round-15 event gold (issue 13, round 25, branch g15c), annotator c, own tune items (deal.json["c"]["tune"]):
the hand-written records (fragment locating the sentence, trigger, type, source, target, flags), coded from the
texts alone, without running detente. `python gold/events/round15/source/c_tune.py` writes parts/c.tune.jsonl."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from write_c import write  # noqa: E402


def A(**k):
    return k


ann = {
 "wcep-2021-03-31-019": [
  ("At least four people are killed and another injured", "mass shooting", "ASSAULT", ("USA", "CVL", None),
   ("USA", "CVL", "At least four people"), A(opt=True, alts=[{"source": None}],
   note="civilian-only violence (a US mass shooting) is optional (events/NOTES.md); the attacker is unnamed")),
  ("The attacker is shot and wounded by responding security forces", "shot and wounded", "ASSAULT",
   ("USA", "COP", "responding security forces"), ("USA", "CVL", "The attacker"), A(alts=[{"type": "COERCE"}],
   note="security forces (police) shooting an attacker: ASSAULT, COERCE alternative, as round 14's police shooting"))],
 "wcep-2009-11-11-011": [
  ("South Korean troops are put on high alert", "put on high alert", "MOBILIZE", ("KOR", "MIL", "South Korean troops"),
   ("PRK", None, "North Korea"), A(note="raised alert posture against an expected retaliation (CAMEO 15x: MOBILIZE)")),
  ("South Korean troops are put on high alert", "a naval clash", "ASSAULT", ("KOR", "MIL", "South Korean troops"),
   ("PRK", "MIL", "North Korea"), A(alts=[("ASSAULT", "PRK", "KOR")],
   note="yesterday's clash, the cause of the alert (recent back-reference: required, round 4); a two-sided clash is "
   "one record, either direction accepted"))],
 "wcep-2011-07-25-017": [],
 "wcep-2005-09-29-001": [
  ("95 people die following a series of Insurgent attacks", "Insurgent attacks", "ASSAULT", ("IRQ", "REB", "Insurgent"),
   ("IRQ", "CVL", "95 people"), A(alts=[{"source": None}, {"target": None}],
   note="insurgents in Iraq's conflict coded IRQ REB; the dead are the target"))],
 "wcep-2004-03-13-001": [
  ("people march in 24 rallies across Taiwan", "march in 24 rallies", "PROTEST", ("TWN", "CVL", "people"),
   ("TWN", "PTY", "Lien Chan"), A(opt=True, alts=[{"type": "SUPPORT"}],
   note="campaign rallies in support of a candidate: demonstrations (PROTEST) in favour, not against anyone; "
   "optional because an election rally is ordinary campaigning (SUPPORT alternative)"))],
 "wcep-2014-09-13-006": [
  ("The government of Qatar asks exiled leaders", "asks", "REQUEST", ("QAT", "GOV", "The government of Qatar"),
   ("EGY", "OPP", "exiled leaders of Egypt's Muslim Brotherhood"), A(alts=[{"type": "COERCE"}, {"type": "SANCTION"}],
   note="asking exiled leaders to leave the country: a request with force behind it (expulsion: COERCE alternative); "
   "the Brotherhood, ousted and banned in Egypt by 2014, coded EGY OPP"))],
 "wcep-2006-01-06-005": [],
 "wcep-2016-02-27-007": [],
 "wcep-2008-08-22-014": [
  ("Russian troops say they are leaving Georgia", "leaving", "CONCEDE", ("RUS", "MIL", "Russian troops"),
   ("GEO", None, "Georgia"), A(rep=True, alts=[{"type": "RETREAT"}],
   note="withdrawal announced by the troops (CONCEDE by CONVENTIONS; RETREAT alternative, the pull-out is under way); "
   "the saying is not itself an event type"))],
 "wcep-2011-08-06-002": [
  ("al-Shabaab rebels in Somalia pull out of the capital", "pull out of", "RETREAT", ("SOM", "REB", "al-Shabaab rebels"),
   ("SOM", None, "Mogadishu"), A(alts=[{"type": "CONCEDE"}, {"target": None}],
   note="an actual military pull-out (RETREAT; CONCEDE alternative); the capital stands for the country's side"))],
}
if __name__ == "__main__":
    write("tune", ann)
