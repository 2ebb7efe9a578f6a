"""Round-6 event gold, check half (held out: aggregates only): the hand-written records (fragment
locating the sentence, trigger, type, source, target, flags). `python gold/events/round6/source/check.py`
writes check.jsonl."""
import sys; sys.path.insert(0, __import__('os').path.dirname(__file__))
from write import write
A = lambda **k: k
ann = {
 "wcep-2010-11-09-001": [
  ("A bomb explosion kills", "A bomb explosion kills", "ASSAULT", None, ("AFG", "GOV", "Ali Abadi, governor of Shwak district in Afghanistan's eastern province of Paktia"),
   A(alts=[{"source": "AFG"}], note="bombers not named; a district governor killed"))],
 "wcep-2012-06-22-003": [
  ("two successive bombings", "bombings", "ASSAULT", None, ("IRQ", "CVL", "At least 14 people"),
   A(alts=[{"target": None}, {"source": "IRQ"}], note="bombers not named; Baghdad = Iraq (world knowledge); two bombings, one triple"))],
 "wcep-2014-01-12-001": [
  ("A car bombing at a bus station", "A car bombing", "ASSAULT", None, ("IRQ", "CVL", "at least nine people"),
   A(alts=[{"target": None}, {"source": "IRQ"}], note="bombers not named; Baghdad = Iraq (world knowledge)"))],
 "wcep-2017-03-10-007": [
  ("Subsequent riots in Seoul", "riots", "PROTEST", ("KOR", "CVL", None), None,
   A(alts=[{"source": None}, {"target": "KOR"}, {"type": "ASSAULT"}, {"type": "ASSAULT", "target": "KOR"}],
     note="riots = PROTEST; rioters and their target not named (Seoul = South Korea, world knowledge)"))],
 "wcep-2019-11-02-002": [
  ("A bomb blast kills nine children", "A bomb blast kills", "ASSAULT", None, ("AFG", "CVL", "nine children"),
   A(alts=[{"target": None}, {"source": "AFG"}], note="bombers not named; Takhar Province = Afghanistan (world knowledge)"))],
 "wcep-2020-04-29-001": [
  ("A suicide bombing in Char Asiab", "A suicide bombing", "ASSAULT", None, ("AFG", "CVL", "three civilians"),
   A(alts=[{"target": None}, {"source": "AFG"}], note="bomber not named; Kabul Province = Afghanistan (world knowledge); \"No group has claimed responsibility\": no event"))],
 "wcep-2020-07-05-004": [
  ("civil unrest in Oromia Region", "civil unrest", "PROTEST", ("ETH", "CVL", None), None,
   A(alts=[{"target": "ETH"}, {"type": "ASSAULT", "target": "ETH"}], note="unrest = riots/demonstrations; their target not named")),
  ("civil unrest in Oromia Region", "including 11 security personnel", "ASSAULT", ("ETH", None, None), ("ETH", "COP", "11 security personnel"),
   A(opt=True, alts=[{"source": None}], note="deaths of security personnel in the unrest: implicit violence")),
  ("More than 1,000 people have been arrested", "have been arrested", "COERCE", ("ETH", "COP", None), ("ETH", "CVL", "More than 1,000 people"),
   A(alts=[{"source": None}], note="a passive arrest is done by the police, which the context fixes (Ethiopia from the item)"))],
 "wcep-2020-10-18-002": [
  ("A car bombing kills 12 people", "A car bombing kills", "ASSAULT", None, ("AFG", "CVL", "12 people"),
   A(alts=[{"source": "AFG"}], note="bombers not named"))],
}
write("check", ann)
