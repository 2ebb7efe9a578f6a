"""Round-12 event gold (issue 13, round 24), annotator a (branch g12a), the items coded twice (blind, for
inter-annotator agreement: the first 3 tune and first 3 check items of annotator b's deal): the hand-written
records, coded from the texts alone before detente was run on them and without reading annotator b's files.
`python gold/events/round12/source/a_twice.py` writes parts/a.twice.jsonl."""
import sys; sys.path.insert(0, __import__('os').path.dirname(__file__))
from write import write
A = lambda **k: k
ann = {
 "wcep-2023-08-24-012": [
  ("A German federal court rejects an appeal", "rejects an appeal", "REJECT", ("DEU", "JUD", "A German federal court"),
   ("DEU", "MIL", "a military officer"), A(alts=[{"type": "COERCE"}], note="a court ruling against an appeal = REJECT (round 9)")),
  ("A German federal court rejects an appeal", "an appeal", "ACCUSE", ("DEU", "MIL", "a military officer"),
   ("DEU", "JUD", None), A(opt=True, note="the earlier legal appeal, named in passing")),
  ("A German federal court rejects an appeal", "was convicted", "COERCE", ("DEU", "JUD", None), ("DEU", "MIL", "a military officer"),
   A(opt=True, note="the earlier conviction, background")),
  ("A German federal court rejects an appeal", "plotting to attack prominent politicians", "ASSAULT", ("DEU", "MIL", "a military officer"),
   ("DEU", "GOV", "prominent politicians"), A(opt=True, note="a plot never carried out, background"))],
 "wcep-2006-07-08-007": [
  ("Israeli forces withdraw from the northern Gaza Strip", "withdraw", "RETREAT", ("ISR", "MIL", "Israeli forces"),
   ("PSE", None, "the northern Gaza Strip"), A(alts=[{"type": "CONCEDE"}], note="a withdrawal done")),
  ("Israeli forces withdraw from the northern Gaza Strip", "an intensive two-day operation", "ASSAULT", ("ISR", "MIL", "Israeli forces"),
   ("PSE", None, "the northern Gaza Strip"), A(note="the two-day operation just ended")),
  ("Israeli forces withdraw from the northern Gaza Strip", "firing rockets", "ASSAULT", ("PSE", "REB", "Hamas militants"),
   ("ISR", None, "Israel"), A(opt=True, note="the ongoing rocket fire, named in a purpose clause")),
  ("Israeli armoured company enters the Gaza Strip", "enters", "ASSAULT", ("ISR", "MIL", "Israeli armoured company"),
   ("PSE", None, "the Gaza Strip"), A(alts=[{"type": "MOBILIZE"}], note="an armoured incursion into hostile territory (CAMEO 192)")),
  ("Israeli Air Force carries out numerous strikes", "strikes", "ASSAULT", ("ISR", "MIL", "Israeli Air Force"),
   ("PSE", "REB", "militants"), A())],
 "wcep-2007-09-08-012": [
  ("claims that Government troops have broken a ceasefire", "claims", "ACCUSE", ("COD", "REB", "General Laurent Nkunda"),
   ("COD", "MIL", "Government troops"), A(alts=[{"source": None, "target": None}],
   note="the country is not named in the text ('the country'): DR Congo by world knowledge, null alternative")),
  ("claims that Government troops have broken a ceasefire", "have broken a ceasefire", "ASSAULT", ("COD", "MIL", "Government troops"),
   ("COD", "REB", None), A(rep=True, alts=[{"source": None, "target": None}], note="the alleged ceasefire breach"))],
 "wcep-2024-07-18-016": [
  ("The Southwark Crown Court sentences five Just Stop Oil activists", "sentences", "COERCE", ("GBR", "JUD", "The Southwark Crown Court"),
   ("GBR", "NGO", "five Just Stop Oil activists"), A()),
  ("The Southwark Crown Court sentences five Just Stop Oil activists", "protests", "PROTEST", ("GBR", "NGO", "five Just Stop Oil activists"),
   None, A(opt=True, alts=[{"target": "GBR"}], note="the 2022 motorway protests, background"))],
 "wcep-2010-01-10-011": [],
 "wcep-2013-07-22-001": [
  ("are killed and another eleven wounded in a series of militant attacks", "militant attacks", "ASSAULT", ("EGY", "REB", "militant"),
   ("EGY", "MIL", "army officers"), A(alts=[{"source": None}], note="unnamed militants in Sinai")),
  ("are killed and another eleven wounded in a series of militant attacks", "militant attacks", "ASSAULT", ("EGY", "REB", "militant"),
   ("EGY", "COP", "policemen"), A(alts=[{"source": None}]))],
}
if __name__ == "__main__":
    write("a", "twice", ann)
