"""Round-12 event gold (issue 13, round 24, branch g12c), annotator c, the "twice" items of deal.json["c"]
(annotator a's first three tune and first three check items, coded blind for agreement): the hand-written
records, coded from the texts alone before detente was run on them and without reading annotator a's part.
`python gold/events/round12/source/c_twice.py` writes parts/c.twice.jsonl."""
import sys; sys.path.insert(0, __import__('os').path.dirname(__file__))
from write_c import write
A = lambda **k: k
ann = {
 "wcep-2021-10-31-014": [
  ("he will not step down", "will not step down", "REJECT", ("SDN", "GOV", "Sudanese Prime Minister Abdalla Hamdok"),
   ("SDN", "MIL", None), A(note="refusing to yield to the coup's pressure (CAMEO 124 refuse to yield); the military named "
                                 "in 'the military coup'; see the negated CONCEDE beside it")),
  ("he will not step down", "will not step down", "CONCEDE", ("SDN", "GOV", "Sudanese Prime Minister Abdalla Hamdok"),
   ("SDN", "MIL", None), A(neg=True, note="the same words read as a resignation refused")),
  ("he will not step down", "under house arrest", "COERCE", ("SDN", "MIL", None),
   ("SDN", "GOV", "Sudanese Prime Minister Abdalla Hamdok"), A(note="ongoing detention by the coup's military")),
  ("he will not step down", "the military coup", "ASSAULT", ("SDN", "MIL", "the military"), ("SDN", "GOV", None),
   A(opt=True, alts=[{"type": "COERCE"}], note="the coup of six days before, passing back-reference")),
 ],
 "wcep-2019-03-14-006": [],
 "wcep-2016-11-29-023": [],
 "wcep-2020-11-27-004": [
  ("Four Christians are killed", "are killed", "ASSAULT", ("IDN", "REB", "militants"),
   ("IDN", "CVL", "Four Christians"), A(alts=[{"source": "IS"}],
   note="killings and house burnings, one record; perpetrator MIT (next sentence), an Indonesian group linked to IS")),
  ("The police believes that attacks was carried out", "was carried out", "ASSAULT",
   ("IDN", "REB", "East Indonesia Mujahideen (MIT)"), ("IDN", "CVL", None),
   A(rep=True, repeat=0, alts=[{"source": "IS"}], note="the police's attribution, repeat of the attack with the perpetrator")),
 ],
 "wcep-2019-08-06-003": [
  ("vows to fight India's unilateral decision", "vows to fight", "ACCUSE", ("PAK", "GOV", "Pakistani Prime Minister Imran Khan"),
   ("IND", "GOV", "India's"), A(alts=[{"type": "THREATEN"}, {"type": "REJECT"}],
   note="vowed opposition through the UN = criticism; no force threatened")),
  ("vows to fight India's unilateral decision", "revoke Indian-administered Kashmir's autonomy", "COERCE",
   ("IND", "GOV", "India's"), ("IND", None, "Indian-administered Kashmir's"),
   A(opt=True, note="revoking a region's autonomy the day before: no convention decides the type; optional")),
  ("stated this move is a breach of international law", "is a breach of international law", "ACCUSE",
   ("PAK", "GOV", "Khan"), ("IND", "GOV", None), A(repeat=0, note="the same criticism, second sentence; the splitter cuts after 'Mr.'")),
 ],
 "wcep-2021-08-01-019": [
  ("Five high-ranking army officers and several police officers are arrested", "are arrested", "COERCE",
   ("MDG", "COP", None), ("MDG", "MIL", "Five high-ranking army officers"),
   A(alts=[{"source": None}], note="arrests by the (unnamed) Malagasy authorities")),
  ("Five high-ranking army officers and several police officers are arrested", "are arrested", "COERCE",
   ("MDG", "COP", None), ("MDG", "COP", "several police officers"), A(alts=[{"source": None}])),
  ("Five high-ranking army officers and several police officers are arrested", "a failed attempt to assassinate", "ASSAULT",
   ("MDG", "MIL", None), ("MDG", "GOV", "the country's president"),
   A(alts=[{"source": None}], note="failed assassination attempt = ASSAULT; the plotters as the arrests name them (officers)")),
 ],
}
if __name__ == "__main__":
    write("twice", ann)
