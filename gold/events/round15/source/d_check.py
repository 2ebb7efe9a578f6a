"""Round-15 event gold (issue 13, round 25, branch g15d), annotator d, own check items (deal.json["d"]["check"]):
the hand-written records, coded from the texts alone, without running detente.
`python gold/events/round15/source/d_check.py` writes parts/d.check.jsonl."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from write_d import write  # noqa: E402


def A(**k):
    return k


IK = "India and Pakistan have engaged"
MEG = "Lawyers for the Lockerbie bomber"
ann = {
 "wcep-2012-09-17-017": [
  ("agree to put a second missile defence system", "agree", "AGREE", ("USA", "GOV", "United States"),
   ("JPN", "GOV", "Japanese government officials"), A(alts=[{"type": "COOPERATE"}], note="an agreement between the two "
   "governments (symmetric type: one record for the pair)"))],
 "wcep-2013-01-06-007": [],
 "wcep-2023-06-11-006": [
  ("Honduras opens its first embassy", "opens its first embassy", "COOPERATE", ("HND", "GOV", "Honduras"),
   ("CHN", "GOV", "China"), A(alts=[{"type": "SUPPORT"}], note="opening an embassy = establishing diplomatic relations "
   "(diplomatic cooperation)")),
  ("Honduras opens its first embassy", "breaking off relations", "SANCTION", ("HND", "GOV", None), ("TWN", "GOV", "Taiwan"),
   A(note="cutting ties = SANCTION (CONVENTIONS); named doer, three months earlier, the cause of the news act "
   "(round 4: required)"))],
 "wcep-2024-08-02-001": [
  ("Thirty-eight people are killed", "mass shooting and suicide bombing", "ASSAULT",
   ("SOM", "REB", "al-Shabaab militants"), ("SOM", "CVL", "Thirty-eight people"),
   A(note="al-Shabaab coded SOM REB as detente's table; the shooting and the bombing are one attack, one record per "
   "(type, source, target)"))],
 "wcep-2004-11-19-008": [
  ("orders an investigation", "orders an investigation", "ACCUSE", ("ISR", "MIL", "The commander of the Israeli Defense Force, Moshe Yaalon"),
   ("ISR", "MIL", "IDF troops"), A(note="an investigation = ACCUSE (CONVENTIONS); of the troops the claims accuse")),
  ("orders an investigation", "claims", "ACCUSE", ("ISR", "MED", "the Yediot Ahronot newspaper"),
   ("ISR", "MIL", "IDF troops"), A(note="a newspaper's accusation; named doer, recent, the object of the news act "
   "(round 4: required)")),
  ("orders an investigation", "abused", "ASSAULT", ("ISR", "MIL", "IDF troops"), ("PSE", "CVL", "Palestinian corpses"),
   A(opt=True, rep=True, alts=[{"type": "COERCE"}], note="the alleged abuse, told only as the content of the claims "
   "(hedged, on dead bodies): optional"))],
 "wcep-2008-10-17-004": [],
 "wcep-2020-02-21-002": [
  (IK, "exchanged fire", "ASSAULT", ("IND", "MIL", "Indian"), ("PAK", "MIL", "Pakistani forces"),
   A(alts=[{"source": "PAK", "target": "IND"}], note="two-sided clash = one record; direction toward the side that "
   "lost a soldier (next sentence), the other direction an alternative")),
  ("One Pakistani soldier died", "exchange of fire", "ASSAULT", ("IND", "MIL", None), ("PAK", "MIL", "One Pakistani soldier"),
   A(repeat=0, alts=[{"source": "PAK", "target": "IND"}], note="the same clash, its toll"))],
 "wcep-2009-08-14-015": [
  (MEG, "abandoning his second appeal", "CONCEDE", ("LBY", None, "the Lockerbie bomber, Abdelbaset al-Megrahi"),
   ("GBR", "JUD", None), A(rep=True, alts=[{"type": "RETREAT"}, {"target": None}],
   note="a legal challenge withdrawn = CONCEDE, RETREAT alternative (round 12 b check, the UK dropping its ICC "
   "challenge); told by his lawyers (reported); Libyan by 'sent home to Libya'; the Scottish court not named "
   "(text null, null alternative)")),
  (MEG, "appeal", "ACCUSE", ("LBY", None, "Abdelbaset al-Megrahi"), ("GBR", "JUD", None),
   A(rep=True, alts=[{"target": None}], note="the appeal itself, standing until now (round 12 D4: required ACCUSE)")),
  (MEG, "his request to be sent home", "REQUEST", ("LBY", None, "his"), ("GBR", "GOV", "Scottish officials"),
   A(note="a prisoner's request to the Scottish government (Scotland coded GBR); 'consider' is no act")),
  (MEG, "conviction", "COERCE", ("GBR", "JUD", None), ("LBY", None, "his"),
   A(opt=True, alts=[{"source": None}], note="the conviction, background (2001), court not named")),
  (MEG, "December 1988 attack", "ASSAULT", ("LBY", None, "the Lockerbie bomber"), (None, None, None),
   A(opt=True, alts=[{"target": "GBR"}], note="background (1988)"))],
 "wcep-2016-07-11-001": [
  ("At least 10 Somali Armed Forces soldiers", "fighting", "ASSAULT", ("SOM", "REB", "12 Al-Shabaab militants"),
   ("SOM", "MIL", "At least 10 Somali Armed Forces soldiers"), A(note="two-sided clash = one record (militants -> army, "
   "as NOTES' North Waziristan); both sides Somali"))],
 "wcep-2017-04-15-001": [
  ("A car bomb strikes a convoy", "A car bomb strikes", "ASSAULT", (None, None, None),
   ("SYR", "CVL", "a convoy of buses"), A(alts=[{"source": "SYR"}], note="unnamed car bomb: null source, the place's "
   "country an alternative (round 12 D9); evacuees from Syrian towns")),
  ("Over 100 people are killed", "killed", "ASSAULT", (None, None, None), ("SYR", "CVL", "Over 100 people"),
   A(repeat=0, alts=[{"source": "SYR"}], note="the bombing's toll"))],
}
if __name__ == "__main__":
    write("check", ann)
