"""Round-13 event gold (issue 13, round 24, branch g13c), annotator c, the "twice" items of deal.json["c"]
(annotator a's first two tune and first two check items, coded blind for agreement): the hand-written
records, coded from the texts alone before detente was run on them and without reading annotator a's part.
`python gold/events/round13/source/c_twice.py` writes parts/c.twice.jsonl."""
import sys; sys.path.insert(0, __import__('os').path.dirname(__file__))
from write_c import write
A = lambda **k: k
ann = {
 "wcep-2004-08-01-005": [
  ("says that France will deploy 200 soldiers", "will deploy 200 soldiers", "AGREE", ("FRA", "GOV", "France"),
   ("TCD", "GOV", "Chad's"), A(rep=True, alts=[{"type": "MOBILIZE"}, {"type": "COOPERATE"}],
                              note="an announced deployment to help a state secure its border: a pledge (AGREE), as "
                                   "round 1's troops committed to Saudi Arabia; the ambassador speaks for France")),
  ("The troops will also bring humanitarian aid", "will also bring humanitarian aid", "AGREE",
   ("FRA", "MIL", "The troops"), ("SDN", "CVL", "tens of thousands of Darfur refugees"),
   A(alts=[{"type": "AID"}, {"target": "TCD"}], note="announced future aid = AGREE (AID alternative); Darfur refugees "
                                                     "coded SDN, the host country as alternative")),
 ],
 "wcep-2012-09-01-013": [
  ("The summit is closed with accepting", "accepting a 600-page final document", "AGREE",
   (None, None, "The summit"), (None, None, None),
   A(opt=True, alts=[{"source": "IRN"}], note="a summit of over 100 countries adopting its final document: no side "
                                              "has a country the text fixes (host IRN as alternative)")),
  ("A Chinese state commentary qualifies", "qualifies the summit as an", "SUPPORT",
   ("CHN", "MED", "A Chinese state commentary"), ("IRN", "GOV", "Iran"),
   A(alts=[{"type": "SUPPORT", "target": None}], note="state media praising Iran's hosting ('important accomplishment')")),
  ("A Chinese state commentary qualifies", "having hosted", "CONSULT", ("IRN", "GOV", "Iran"),
   (None, None, "leaders and delegates of over 100 countries"),
   A(opt=True, note="hosting the summit just held, told inside the praise (characterisation)")),
 ],
 "wcep-2012-03-31-004": [
  ("Around 30 people are killed in clashes", "clashes", "ASSAULT",
   ("AQ", "REB", "suspected Al-Qaeda militants"), ("YEM", "MIL", "the army"),
   A(alts=[{"source": "YEM"}, {"source": "YEM", "target": "AQ"}],
     note="a two-sided clash, one record, direction militants -> army (gold/events/NOTES.md); 'Al-Qaeda' as "
          "named coded AQ, the place's country as alternative (round 12 D11 gives AQAP YEM)")),
 ],
 "wcep-2008-12-30-006": [
  ("after a recent coup", "a recent coup", "ASSAULT",
   ("GIN", "MIL", "the ruling military junta of Guinea"), ("GIN", "GOV", None),
   A(opt=True, alts=[{"type": "COERCE"}], note="passing back-reference to the coup (round 12: optional); the "
                                               "appointment of a prime minister is no event")),
 ],
}
if __name__ == "__main__":
    write("twice", ann)
