"""Round-12 event gold (issue 13, round 24, branch g12b), annotator b, the items of annotator c's deal coded
twice, blind (deal.json["b"]["twice"]): the hand-written records (fragment locating the sentence, trigger, type,
source, target, flags), coded from the texts alone, without running detente and without reading c's files.
`python gold/events/round12/source/b_twice.py` writes parts/b.twice.jsonl."""
import sys; sys.path.insert(0, __import__('os').path.dirname(__file__))
from write_b import write
A = lambda **k: k
ann = {
 "wcep-2025-04-08-001": [
  ("confirms the presence of Ukrainian troops", "presence of Ukrainian troops", "MOBILIZE", ("UKR", "MIL", "Ukrainian troops"),
   ("RUS", None, "Russia's"), A(rep=True, alts=[{"type": "ASSAULT"}], note="troops on the enemy's soil, confirmed by the president"))],
 "wcep-2010-02-22-003": [
  ("China throws a surprise 86th birthday party", "throws a surprise 86th birthday party", "CONSULT", ("CHN", "GOV", "China"),
   ("ZWE", "GOV", "President Robert Mugabe"), A(alts=[{"type": "SUPPORT"}], note="hosting the president at the embassy (CAMEO host a visit)")),
  ("China throws a surprise 86th birthday party", "visited", "CONSULT", ("ZWE", "GOV", "Mugabe"), ("CHN", "GOV", None),
   A(repeat=0, note="the visit, same act")),
  ("China throws a surprise 86th birthday party", "won independence", "RETREAT", (None, None, None), ("ZWE", None, "Zimbabwe"),
   A(opt=True, note="1980, background"))],
 "wcep-2007-02-19-001": [
  ("are killed execution-style", "are killed execution-style", "ASSAULT", (None, None, None),
   ("SLV", "LEG", "Three Salvadoran deputies to the Central American Parliament from the ruling ARENA party"),
   A(alts=[{"source": "GTM"}], note="political killing, killers unnamed (round 5: required, source null)"))],
 "wcep-2006-10-30-005": [
  ("walks out of court", "walks out of court", "PROTEST", ("IRQ", "CVL", "Saddam Hussein's chief lawyer, Khalil al-Duleimi"),
   ("IRQ", "JUD", "court"), A(alts=[{"type": "ACCUSE"}], note="walk-out in protest (round 9: resigning in protest = PROTEST)")),
  ("walks out of court", "were rejected", "REJECT", ("IRQ", "JUD", None), ("IRQ", "CVL", "his"),
   A(note="the court refusing the defence's requests")),
  ("walks out of court", "requests", "REQUEST", ("IRQ", "CVL", "his"), ("IRQ", "JUD", None),
   A(opt=True, note="the requests, named only as rejected")),
  ("walks out of court", "appoints other attorneys", "COERCE", ("IRQ", "JUD", "the chief judge"),
   ("IRQ", None, "the deposed President of Iraq"), A(opt=True, note="court-imposed defence: no convention decides it"))],
 "wcep-2023-10-13-009": [
  ("Human Rights Watch accuses", "accuses", "ACCUSE", ("HRW", "NGO", "Human Rights Watch"),
   ("ISR", "MIL", "the Israeli Defense Forces"), A()),
  ("Human Rights Watch accuses", "military operation", "ASSAULT", ("ISR", "MIL", "the Israeli Defense Forces"),
   ("PSE", None, "the Gaza area"), A(rep=True, alts=[{"target": None}], note="the operation, with white phosphorus as alleged")),
  ("Human Rights Watch accuses", "military operation", "ASSAULT", ("ISR", "MIL", "the Israeli Defense Forces"),
   ("LBN", None, "Lebanon"), A(rep=True))],
 "wcep-2005-01-14-007": [
  ("has approved the second suggested cabinet", "has approved", "SUPPORT", ("SOM", "LEG", "Somalian transitional parliament"),
   ("SOM", "GOV", "prime minister Ali Mohammed Ghedi"), A(alts=[{"type": "AGREE"}], note="vote of confidence = SUPPORT (round 10)")),
  ("They rejected his earlier suggested cabinet", "rejected", "REJECT", ("SOM", "LEG", "They"), ("SOM", "GOV", "his"),
   A(note="four weeks earlier, doer named: required back-reference (round 4)"))],
}
if __name__ == "__main__":
    write("twice", ann)
